using System.Collections.Generic;
using Kiln.Sched;

namespace System.Threading.Tasks
{
    // Where tasks run. Default is the thread pool (ThreadPoolTaskScheduler); Current is the scheduler of the task
    // whose delegate runs on this thread, else Default.
    public abstract class TaskScheduler
    {
        private static readonly TaskScheduler s_default = new ThreadPoolTaskScheduler();
        private static int s_lastId;
        private int _id;

        protected TaskScheduler() { }

        public static TaskScheduler Default => s_default;

        public static TaskScheduler Current => InternalCurrent ?? s_default;

        internal static TaskScheduler InternalCurrent
        {
            get
            {
                Task current = Task.InternalCurrent;
                return current != null && (current.CreationOptions & TaskCreationOptions.HideScheduler) == 0 ? current._scheduler : null;
            }
        }

        public static TaskScheduler FromCurrentSynchronizationContext() => new SynchronizationContextTaskScheduler();

        public int Id
        {
            get
            {
                if (_id == 0)
                {
                    int id;
                    do id = Interlocked.Increment(ref s_lastId); while (id == 0);
                    Interlocked.CompareExchange(ref _id, id, 0);
                }
                return _id;
            }
        }

        public virtual int MaximumConcurrencyLevel => int.MaxValue;

        protected internal abstract void QueueTask(Task task);

        protected abstract bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued);

        protected abstract IEnumerable<Task> GetScheduledTasks();

        protected internal virtual bool TryDequeue(Task task) => false;

        protected bool TryExecuteTask(Task task)
        {
            if (task._scheduler != this)
                throw new InvalidOperationException("ExecuteTask may not be called for a task which was previously queued to a different TaskScheduler.");
            return task.ExecuteEntry();
        }

        // Runs task on this thread if its scheduler agrees (and the stack has room).
        internal bool TryRunInline(Task task, bool taskWasPreviouslyQueued)
        {
            TaskScheduler scheduler = task._scheduler;
            if (scheduler == null) return false;
            if (scheduler != this) return scheduler.TryRunInline(task, taskWasPreviouslyQueued);
            if (!TaskContinuation.HasStackRoom()) return false;
            bool inlined = TryExecuteTaskInline(task, taskWasPreviouslyQueued);
            if (inlined && !task.IsDelegateInvoked && !task.IsCanceled)
                throw new InvalidOperationException("The TryExecuteTaskInline call to the underlying scheduler succeeded, but the task body was not invoked.");
            return inlined;
        }


        // Raised for faulted tasks nobody observed when they are finalized; Kiln has no finalizers, so never.
        public static event EventHandler<UnobservedTaskExceptionEventArgs> UnobservedTaskException { add { } remove { } }
    }

    public class UnobservedTaskExceptionEventArgs : EventArgs
    {
        private readonly AggregateException _exception;
        private bool _observed;

        public UnobservedTaskExceptionEventArgs(AggregateException exception) { _exception = exception; }

        public void SetObserved() => _observed = true;
        public bool Observed => _observed;
        public AggregateException Exception => _exception;
    }

    // The default: the thread pool (LongRunning tasks get a thread of their own). Only a pool thread inlines a
    // queued task in Wait, taking it back from the queue, as .NET's pool inlines from a worker's local queue.
    internal sealed class ThreadPoolTaskScheduler : TaskScheduler
    {
        protected internal override void QueueTask(Task task)
        {
            if ((task.CreationOptions & TaskCreationOptions.LongRunning) != 0)
            {
                new Thread(s => ((Task)s).ExecuteEntry()) { IsBackground = true, Name = ".NET Long Running Task" }.Start(task);
                return;
            }
            WorkQueue.Enqueue(task);
        }

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued)
        {
            if (taskWasPreviouslyQueued && !(Thread.CurrentThread.IsThreadPoolThread && WorkQueue.TryRemove(task))) return false;
            return TryExecuteTask(task);
        }

        protected override IEnumerable<Task> GetScheduledTasks()
        {
            var tasks = new List<Task>();
            foreach (object item in WorkQueue.Snapshot()) if (item is Task t) tasks.Add(t);
            return tasks;
        }
    }

    // FromCurrentSynchronizationContext: posts every task to the context that was current.
    internal sealed class SynchronizationContextTaskScheduler : TaskScheduler
    {
        private readonly SynchronizationContext _context;

        public SynchronizationContextTaskScheduler()
        {
            _context = SynchronizationContext.Current ?? throw new InvalidOperationException("The current SynchronizationContext may not be used as a TaskScheduler.");
        }

        public override int MaximumConcurrencyLevel => 1;

        protected internal override void QueueTask(Task task) => _context.Post(s => ((Task)s).ExecuteEntry(), task);

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
            SynchronizationContext.Current == _context && TryExecuteTask(task);

        protected override IEnumerable<Task> GetScheduledTasks() => null;
    }
}
