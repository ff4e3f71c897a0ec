using System.Collections.Generic;
using Kiln.Sched;

namespace System.Threading.Tasks
{
    // Something a completing task runs: an await's Action (stored as it is), a TaskContinuation (ContinueWith, an
    // await on a captured context or scheduler), or an ITaskCompletionAction (WhenAll, WhenAny, Unwrap: internal
    // bookkeeping that never blocks).
    internal abstract class TaskContinuation
    {
        internal abstract void Run(Task completedTask, bool canInlineContinuationTask);

        // In .NET's order: with inlining allowed, ContinueWith continuations that do not ExecuteSynchronously are
        // queued first, and of the await continuations only the first runs inline, the others go to the pool; then
        // everything left runs in the order it was added. A task made with RunContinuationsAsynchronously queues all.
        internal static void RunAll(Task completed, object continuations)
        {
            bool canInline = (completed._creationOptions & TaskCreationOptions.RunContinuationsAsynchronously) == 0;
            if (!(continuations is List<object> list))
            {
                RunOne(completed, continuations, canInline);
                return;
            }
            int count = list.Count;
            if (canInline)
            {
                bool forceAsync = false;
                for (int i = 0; i < count; i++)
                {
                    object c = list[i];
                    if (c == null) continue;
                    if (c is ContinueWithTaskContinuation cw)
                    {
                        if (!cw.ExecutesSynchronously)
                        {
                            list[i] = null;
                            cw.Run(completed, false);
                        }
                    }
                    else if (!(c is ITaskCompletionAction))
                    {
                        if (forceAsync)
                        {
                            list[i] = null;
                            RunOne(completed, c, false);
                        }
                        forceAsync = true;
                    }
                }
            }
            for (int i = 0; i < count; i++)
            {
                object c = list[i];
                if (c == null) continue;
                list[i] = null;
                RunOne(completed, c, canInline);
            }
        }

        private static void RunOne(Task completed, object continuation, bool canInline)
        {
            if (continuation is Action action) RunAction(action, canInline);
            else if (continuation is TaskContinuation tc) tc.Run(completed, canInline);
            else
            {
                var completion = (ITaskCompletionAction)continuation;
                if (canInline || !completion.InvokeMayRunArbitraryCode) completion.Invoke(completed);
                else WorkQueue.Enqueue(new CompletionActionItem(completion, completed));
            }
        }

        // An await continuation: here (with no task's scheduler current, as .NET) or on the pool.
        internal static void RunAction(Action action, bool canInline)
        {
            if (canInline && IsValidLocationForInlining && HasStackRoom())
            {
                Task previous = Task.t_current;
                if (previous != null) Task.t_current = null;
                action();
                if (previous != null) Task.t_current = previous;
            }
            else WorkQueue.Enqueue(action);
        }

        // No context of its own on this thread: an await continuation may run here.
        internal static bool IsValidLocationForInlining
        {
            get
            {
                SynchronizationContext context = SynchronizationContext.Current;
                if (SynchronizationContext.IsCustom(context)) return false;
                TaskScheduler scheduler = TaskScheduler.InternalCurrent;
                return scheduler == null || scheduler == TaskScheduler.Default;
            }
        }

        // Continuations that complete tasks that have continuations recurse; past a quarter of the stack (16 KiB at
        // least) they go to the pool instead. The main thread's stack is taken to be 64 KiB (kvm's boot stack).
        internal static unsafe bool HasStackRoom()
        {
            Thread t = Scheduler.Current;
            byte probe;
            nuint sp = (nuint)(&probe);
            nuint low = t.Stack != null ? t.Guard + 4096 : t.StackTop - 64 * 1024;
            nuint size = t.StackTop - low;
            nuint reserve = size / 4 > 16 * 1024 ? size / 4 : 16 * 1024;
            return sp > low + reserve;
        }

        private sealed class CompletionActionItem : IThreadPoolWorkItem
        {
            private readonly ITaskCompletionAction _action;
            private readonly Task _completed;
            public CompletionActionItem(ITaskCompletionAction action, Task completed) { _action = action; _completed = completed; }
            public void Execute() => _action.Invoke(_completed);
        }
    }

    internal interface ITaskCompletionAction
    {
        void Invoke(Task completingTask);
        bool InvokeMayRunArbitraryCode { get; }
    }

    // ContinueWith's: starts (or cancels) the continuation task when the antecedent completes.
    internal sealed class ContinueWithTaskContinuation : TaskContinuation
    {
        private readonly Task _task;
        private readonly TaskContinuationOptions _options;
        private readonly TaskScheduler _scheduler;

        public ContinueWithTaskContinuation(Task task, TaskContinuationOptions options, TaskScheduler scheduler)
        {
            _task = task;
            _options = options;
            _scheduler = scheduler;
        }

        internal bool ExecutesSynchronously => (_options & TaskContinuationOptions.ExecuteSynchronously) != 0;

        internal override void Run(Task completedTask, bool canInlineContinuationTask)
        {
            Task task = _task;
            TaskContinuationOptions notOn = completedTask.IsCompletedSuccessfully ? TaskContinuationOptions.NotOnRanToCompletion
                                          : completedTask.IsCanceled ? TaskContinuationOptions.NotOnCanceled
                                          : TaskContinuationOptions.NotOnFaulted;
            bool lazilyCanceled = (_options & TaskContinuationOptions.LazyCancellation) != 0 && task.CancellationToken.IsCancellationRequested;
            if ((_options & notOn) != 0 || lazilyCanceled)
            {
                task.CancelBeforeStart();
                return;
            }
            if (!task.TryTransition(TaskStatus.WaitingForActivation, TaskStatus.WaitingToRun, _scheduler)) return; // canceled meanwhile
            if (canInlineContinuationTask && ExecutesSynchronously)
            {
                if (!_scheduler.TryRunInline(task, false)) task.QueueToScheduler(false);
            }
            else task.QueueToScheduler(false);
        }
    }

    // An await that captured a SynchronizationContext: its continuation is posted there (or runs inline when the
    // task completes on that context).
    internal sealed class SynchronizationContextAwaitContinuation : TaskContinuation
    {
        private readonly SynchronizationContext _context;
        private readonly Action _action;

        public SynchronizationContextAwaitContinuation(SynchronizationContext context, Action action) { _context = context; _action = action; }

        internal override void Run(Task completedTask, bool canInlineContinuationTask)
        {
            if (canInlineContinuationTask && _context == SynchronizationContext.Current && HasStackRoom()) _action();
            else _context.Post(s => ((Action)s)(), _action);
        }
    }

    // An await inside a task that runs on a TaskScheduler other than the default: its continuation goes back there.
    internal sealed class TaskSchedulerAwaitContinuation : TaskContinuation
    {
        private readonly TaskScheduler _scheduler;
        private readonly Action _action;

        public TaskSchedulerAwaitContinuation(TaskScheduler scheduler, Action action) { _scheduler = scheduler; _action = action; }

        internal override void Run(Task completedTask, bool canInlineContinuationTask)
        {
            var task = new Task(_action, null, default, TaskCreationOptions.None, false);
            task.TryTransition(TaskStatus.Created, TaskStatus.WaitingToRun, _scheduler);
            bool inline = canInlineContinuationTask && TaskScheduler.InternalCurrent == _scheduler;
            if (!inline || !_scheduler.TryRunInline(task, false)) task.QueueToScheduler(false);
        }
    }
}
