using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Kiln.Runtime;
using Kiln.Sched;

namespace System.Threading.Tasks
{
    // Task's static members: completed tasks, Run, Delay, WhenAll/WhenAny, WaitAll/WaitAny, Yield.
    public partial class Task
    {
        // What a synchronously completing async Task method returns, and Task.CompletedTask: one object, as in .NET.
        internal static readonly Task<VoidTaskResult> s_cachedCompleted = new Task<VoidTaskResult>(default(VoidTaskResult));

        public static Task CompletedTask => s_cachedCompleted;

        internal static void StartOn(Task task, TaskScheduler scheduler)
        {
            if (scheduler == null) throw new ArgumentNullException(nameof(scheduler));
            if (task.TryTransition(TaskStatus.Created, TaskStatus.WaitingToRun, scheduler)) task.QueueToScheduler(throwOnFailure: true);
        }

        // ---- Completed tasks ----

        // Cached as .NET caches them: true, false, the ints -1..8, null, and the default of any value type of 1, 2, 4
        // or 8 bytes (0L, 0.0, '\0', default(DateTime)).
        public static Task<TResult> FromResult<TResult>(TResult result)
        {
            if (result == null) return Task<TResult>.s_defaultResultTask;
            if (result is bool b) return (Task<TResult>)(object)(b ? TaskCache.s_true : TaskCache.s_false);
            if (result is int i)
            {
                if ((uint)(i + 1) < 10) return (Task<TResult>)(object)TaskCache.s_int32[i + 1];
            }
            else if (!RuntimeHelpers.IsReferenceOrContainsReferences<TResult>() && IsZero(ref result)) return Task<TResult>.s_defaultResultTask;
            return new Task<TResult>(result);
        }

        private static bool IsZero<T>(ref T value)
        {
            switch (Unsafe.SizeOf<T>())
            {
                case 1: return Unsafe.As<T, byte>(ref value) == 0;
                case 2: return Unsafe.As<T, ushort>(ref value) == 0;
                case 4: return Unsafe.As<T, uint>(ref value) == 0;
                case 8: return Unsafe.As<T, ulong>(ref value) == 0;
                default: return false;
            }
        }

        public static Task FromException(Exception exception) => FromException<VoidTaskResult>(exception);

        public static Task<TResult> FromException<TResult>(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException(nameof(exception));
            var task = new Task<TResult>();
            task.TrySetException(exception);
            return task;
        }

        public static Task FromCanceled(CancellationToken cancellationToken)
        {
            if (!cancellationToken.IsCancellationRequested) throw new ArgumentOutOfRangeException(nameof(cancellationToken));
            return new Task(true, cancellationToken);
        }

        public static Task<TResult> FromCanceled<TResult>(CancellationToken cancellationToken)
        {
            if (!cancellationToken.IsCancellationRequested) throw new ArgumentOutOfRangeException(nameof(cancellationToken));
            return new Task<TResult>(true, cancellationToken);
        }

        // ---- Run ----

        public static Task Run(Action action) => Run(action, default);

        public static Task Run(Action action, CancellationToken cancellationToken)
        {
            if (action == null) throw new ArgumentNullException(nameof(action));
            var task = new Task(action, null, default, TaskCreationOptions.DenyChildAttach, false);
            task.AssignCancellationTokenForRun(cancellationToken);
            StartOn(task, TaskScheduler.Default);
            return task;
        }

        public static Task<TResult> Run<TResult>(Func<TResult> function) => Run(function, default);

        public static Task<TResult> Run<TResult>(Func<TResult> function, CancellationToken cancellationToken)
        {
            if (function == null) throw new ArgumentNullException(nameof(function));
            var task = new Task<TResult>(function, null, default, TaskCreationOptions.DenyChildAttach, false);
            task.AssignCancellationTokenForRun(cancellationToken);
            StartOn(task, TaskScheduler.Default);
            return task;
        }

        // An async lambda: the task returned stands for the task the lambda returns.
        public static Task Run(Func<Task> function) => Run(function, default);

        public static Task Run(Func<Task> function, CancellationToken cancellationToken)
        {
            if (function == null) throw new ArgumentNullException(nameof(function));
            if (cancellationToken.IsCancellationRequested) return FromCanceled(cancellationToken);
            var outer = new Task<Task>(function, null, cancellationToken, TaskCreationOptions.DenyChildAttach, false);
            StartOn(outer, TaskScheduler.Default);
            return new UnwrapPromise<VoidTaskResult>(outer, lookForOce: true);
        }

        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function) => Run(function, default);

        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function, CancellationToken cancellationToken)
        {
            if (function == null) throw new ArgumentNullException(nameof(function));
            if (cancellationToken.IsCancellationRequested) return FromCanceled<TResult>(cancellationToken);
            var outer = new Task<Task<TResult>>(function, null, cancellationToken, TaskCreationOptions.DenyChildAttach, false);
            StartOn(outer, TaskScheduler.Default);
            return new UnwrapPromise<TResult>(outer, lookForOce: true);
        }

        // ---- Delay ----

        public static Task Delay(TimeSpan delay) => Delay(delay, default);

        public static Task Delay(TimeSpan delay, CancellationToken cancellationToken)
        {
            long ms = (long)delay.TotalMilliseconds;
            if (ms < -1 || ms > 0xfffffffe)
                throw new ArgumentOutOfRangeException(nameof(delay), "The value needs to translate in milliseconds to -1 (signifying an infinite timeout), 0, or a positive integer less than or equal to the maximum allowed timer duration.");
            return DelayCore(ms, cancellationToken);
        }

        public static Task Delay(int millisecondsDelay) => Delay(millisecondsDelay, default);

        public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken)
        {
            if (millisecondsDelay < -1)
                throw new ArgumentOutOfRangeException(nameof(millisecondsDelay), "The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer.");
            return DelayCore(millisecondsDelay, cancellationToken);
        }

        private static Task DelayCore(long milliseconds, CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested) return FromCanceled(cancellationToken);
            if (milliseconds == 0) return CompletedTask;
            return new DelayPromise(milliseconds, cancellationToken);
        }

        // Completes from a pool thread when its timer entry fires (Kiln.Sched.TimerQueue), or is canceled by its token.
        private sealed class DelayPromise : Task<VoidTaskResult>
        {
            private readonly DelayTimer _timer;
            private readonly CancellationToken _token;
            private CancellationTokenRegistration _registration;

            public DelayPromise(long milliseconds, CancellationToken token)
            {
                _token = token;
                if (milliseconds != Timeout.Infinite)
                {
                    _timer = new DelayTimer(this);
                    TimerQueue.Schedule(_timer, Platform.MonotonicNs() + milliseconds * 1_000_000, 0);
                }
                if (token.CanBeCanceled) _registration = token.UnsafeRegister(s => ((DelayPromise)s).Cancel(), this);
            }

            internal void Elapsed()
            {
                if (TrySetResult(default)) _registration.Unregister();
            }

            private void Cancel()
            {
                if (_timer != null) TimerQueue.Cancel(_timer);
                TrySetCanceled(_token);
            }

            private sealed class DelayTimer : TimerEntry
            {
                private readonly DelayPromise _promise;
                public DelayTimer(DelayPromise promise) { _promise = promise; }
                public override void Execute() => _promise.Elapsed();
            }
        }

        // ---- Yield ----

        public static YieldAwaitable Yield() => default;

        // ---- WhenAll ----

        public static Task WhenAll(params Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            if (tasks.Length == 0) return CompletedTask;
            return new WhenAllPromise(CopyTasks(tasks));
        }

        public static Task WhenAll(IEnumerable<Task> tasks)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            Task[] copy = CopyTasks(tasks);
            return copy.Length == 0 ? CompletedTask : new WhenAllPromise(copy);
        }

        public static Task<TResult[]> WhenAll<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            if (tasks.Length == 0) return FromResult(new TResult[0]);
            return new WhenAllPromise<TResult>(CopyTasks(tasks));
        }

        public static Task<TResult[]> WhenAll<TResult>(IEnumerable<Task<TResult>> tasks)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            Task<TResult>[] copy = CopyTasks(tasks);
            return copy.Length == 0 ? FromResult(new TResult[0]) : new WhenAllPromise<TResult>(copy);
        }

        private static T[] CopyTasks<T>(IEnumerable<T> tasks) where T : Task
        {
            var list = new List<T>(tasks);
            foreach (T task in list)
                if (task == null) throw new ArgumentException("The tasks argument included a null value.", nameof(tasks));
            return list.ToArray();
        }

        // Completes when every task has: Faulted with all their exceptions (in task order) if any faulted, else
        // Canceled like the first canceled one, else RanToCompletion.
        private sealed class WhenAllPromise : Task<VoidTaskResult>, ITaskCompletionAction
        {
            private readonly Task[] _tasks;
            private int _remaining;

            public WhenAllPromise(Task[] tasks)
            {
                _tasks = tasks;
                _remaining = tasks.Length;
                foreach (Task task in tasks)
                    if (task.IsCompleted || !task.AddContinuation(this, false)) Invoke(task);
            }

            public bool InvokeMayRunArbitraryCode => true;

            public void Invoke(Task completingTask)
            {
                if (Interlocked.Decrement(ref _remaining) != 0) return;
                List<Exception> errors = null;
                Task canceled = null;
                foreach (Task task in _tasks)
                {
                    if (task.IsFaulted) (errors ??= new List<Exception>()).AddRange(task.ExceptionList);
                    else if (task.IsCanceled && canceled == null) canceled = task;
                }
                if (errors != null) TrySetExceptions(errors);
                else if (canceled != null) TrySetCanceled(canceled.CancellationToken, canceled.CancellationException);
                else TrySetResult(default(VoidTaskResult));
            }
        }

        private sealed class WhenAllPromise<TResult> : Task<TResult[]>, ITaskCompletionAction
        {
            private readonly Task<TResult>[] _tasks;
            private int _remaining;

            public WhenAllPromise(Task<TResult>[] tasks)
            {
                _tasks = tasks;
                _remaining = tasks.Length;
                foreach (Task task in tasks)
                    if (task.IsCompleted || !task.AddContinuation(this, false)) Invoke(task);
            }

            public bool InvokeMayRunArbitraryCode => true;

            public void Invoke(Task completingTask)
            {
                if (Interlocked.Decrement(ref _remaining) != 0) return;
                List<Exception> errors = null;
                Task canceled = null;
                foreach (Task task in _tasks)
                {
                    if (task.IsFaulted) (errors ??= new List<Exception>()).AddRange(task.ExceptionList);
                    else if (task.IsCanceled && canceled == null) canceled = task;
                }
                if (errors != null) { TrySetExceptions(errors); return; }
                if (canceled != null) { TrySetCanceled(canceled.CancellationToken, canceled.CancellationException); return; }
                var results = new TResult[_tasks.Length];
                for (int i = 0; i < results.Length; i++) results[i] = _tasks[i].ResultOnSuccess;
                TrySetResult(results);
            }
        }

        // ---- WhenAny ----

        public static Task<Task> WhenAny(params Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            return WhenAnyCore<Task>(tasks);
        }

        public static Task<Task> WhenAny(IEnumerable<Task> tasks)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            return WhenAnyCore<Task>(new List<Task>(tasks).ToArray());
        }

        public static Task<Task<TResult>> WhenAny<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            return WhenAnyCore<Task<TResult>>(tasks);
        }

        public static Task<Task<TResult>> WhenAny<TResult>(IEnumerable<Task<TResult>> tasks)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            return WhenAnyCore<Task<TResult>>(new List<Task<TResult>>(tasks).ToArray());
        }

        private static Task<TTask> WhenAnyCore<TTask>(TTask[] tasks) where TTask : Task
        {
            if (tasks.Length == 0) throw new ArgumentException("The tasks argument contains no tasks.", nameof(tasks));
            foreach (TTask task in tasks)
                if (task == null) throw new ArgumentException("The tasks argument included a null value.", nameof(tasks));
            return new WhenAnyPromise<TTask>((TTask[])tasks.Clone());
        }

        // Completes with the first task to complete: the first in array order that had completed already, else the
        // first to complete later; then leaves the others' continuations.
        private sealed class WhenAnyPromise<TTask> : Task<TTask>, ITaskCompletionAction where TTask : Task
        {
            private TTask[] _tasks;
            private int _done;

            public WhenAnyPromise(TTask[] tasks)
            {
                _tasks = tasks;
                foreach (TTask task in tasks)
                {
                    if (IsCompleted) break;
                    if (task.IsCompleted || !task.AddContinuation(this, false))
                    {
                        Invoke(task);
                        break;
                    }
                }
            }

            public bool InvokeMayRunArbitraryCode => true;

            public void Invoke(Task completingTask)
            {
                if (Interlocked.Exchange(ref _done, 1) != 0) return;
                TTask[] tasks = _tasks;
                _tasks = null;
                TrySetResult((TTask)completingTask);
                foreach (TTask task in tasks)
                    if (task != completingTask) task.RemoveContinuation(this);
            }
        }

        // ---- WaitAll / WaitAny ----

        public static void WaitAll(params Task[] tasks) => WaitAllCore(tasks, Timeout.Infinite, default);

        public static void WaitAll(IEnumerable<Task> tasks, CancellationToken cancellationToken = default)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            WaitAllCore(new List<Task>(tasks).ToArray(), Timeout.Infinite, cancellationToken);
        }

        public static bool WaitAll(Task[] tasks, TimeSpan timeout) => WaitAllCore(tasks, TimeoutMilliseconds(timeout), default);

        public static bool WaitAll(Task[] tasks, int millisecondsTimeout) => WaitAllCore(tasks, millisecondsTimeout, default);

        public static void WaitAll(Task[] tasks, CancellationToken cancellationToken) => WaitAllCore(tasks, Timeout.Infinite, cancellationToken);

        public static bool WaitAll(Task[] tasks, int millisecondsTimeout, CancellationToken cancellationToken) =>
            WaitAllCore(tasks, millisecondsTimeout, cancellationToken);

        // Throws an AggregateException of every faulted task's exceptions and a TaskCanceledException per canceled one.
        private static bool WaitAllCore(Task[] tasks, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException(nameof(millisecondsTimeout));
            cancellationToken.ThrowIfCancellationRequested();
            foreach (Task task in tasks)
                if (task == null) throw new ArgumentException("The tasks array included at least one null element.", nameof(tasks));
            long deadline = millisecondsTimeout < 0 ? 0 : Platform.MonotonicNs() + millisecondsTimeout * 1_000_000L;
            foreach (Task task in tasks)
            {
                if (task.IsCompleted) continue;
                int left = Timeout.Infinite;
                if (deadline != 0)
                {
                    long ns = deadline - Platform.MonotonicNs();
                    left = ns <= 0 ? 0 : (int)((ns + 999_999) / 1_000_000);
                }
                if (!task.InternalWait(left, cancellationToken)) return false;
            }
            List<Exception> errors = null;
            foreach (Task task in tasks)
            {
                if (task.IsFaulted) (errors ??= new List<Exception>()).AddRange(task.ExceptionList);
                else if (task.IsCanceled) (errors ??= new List<Exception>()).Add(new TaskCanceledException(task));
            }
            if (errors != null) throw new AggregateException(errors);
            return true;
        }

        public static int WaitAny(params Task[] tasks) => WaitAnyCore(tasks, Timeout.Infinite, default);

        public static int WaitAny(Task[] tasks, TimeSpan timeout) => WaitAnyCore(tasks, TimeoutMilliseconds(timeout), default);

        public static int WaitAny(Task[] tasks, CancellationToken cancellationToken) => WaitAnyCore(tasks, Timeout.Infinite, cancellationToken);

        public static int WaitAny(Task[] tasks, int millisecondsTimeout) => WaitAnyCore(tasks, millisecondsTimeout, default);

        public static int WaitAny(Task[] tasks, int millisecondsTimeout, CancellationToken cancellationToken) =>
            WaitAnyCore(tasks, millisecondsTimeout, cancellationToken);

        private static int WaitAnyCore(Task[] tasks, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException(nameof(millisecondsTimeout));
            cancellationToken.ThrowIfCancellationRequested();
            int first = -1;
            for (int i = 0; i < tasks.Length; i++)
            {
                if (tasks[i] == null) throw new ArgumentException("The tasks array included at least one null element.", nameof(tasks));
                if (first == -1 && tasks[i].IsCompleted) first = i;
            }
            if (first != -1 || tasks.Length == 0) return first;
            var any = new WhenAnyPromise<Task>((Task[])tasks.Clone());
            if (!any.InternalWait(millisecondsTimeout, cancellationToken)) return -1;
            Task winner = any.ResultOnSuccess;
            for (int i = 0; i < tasks.Length; i++) if (tasks[i] == winner) return i;
            return -1;
        }
    }

    // Completed tasks handed out again and again (Task.FromResult, async methods that finish without awaiting).
    internal static class TaskCache
    {
        internal static readonly Task<bool> s_true = new Task<bool>(true);
        internal static readonly Task<bool> s_false = new Task<bool>(false);
        internal static readonly Task<int>[] s_int32 = CreateInt32Tasks();

        private static Task<int>[] CreateInt32Tasks()
        {
            var tasks = new Task<int>[10];
            for (int i = 0; i < tasks.Length; i++) tasks[i] = new Task<int>(i - 1);
            return tasks;
        }
    }

    // Task.Run of an async lambda, and Unwrap: stands for the inner task once the outer one has produced it.
    internal sealed class UnwrapPromise<TResult> : Task<TResult>, ITaskCompletionAction
    {
        private readonly bool _lookForOce;
        private bool _outerDone;

        public UnwrapPromise(Task outer, bool lookForOce)
        {
            _lookForOce = lookForOce;
            if (outer.IsCompleted || !outer.AddContinuation(this, false)) Invoke(outer);
        }

        public bool InvokeMayRunArbitraryCode => true;

        public void Invoke(Task completingTask)
        {
            if (_outerDone)
            {
                TrySetFrom(completingTask, false);
                return;
            }
            _outerDone = true;
            if (!completingTask.IsCompletedSuccessfully)
            {
                TrySetFrom(completingTask, _lookForOce);
                return;
            }
            Task inner = completingTask is Task<Task> t ? t.ResultOnSuccess : ((Task<Task<TResult>>)completingTask).ResultOnSuccess;
            if (inner == null) TrySetCanceled(default);
            else if (inner.IsCompleted || !inner.AddContinuation(this, false)) TrySetFrom(inner, false);
        }

        private void TrySetFrom(Task task, bool lookForOce)
        {
            if (task.IsCanceled) TrySetCanceled(task.CancellationToken, task.CancellationException);
            else if (task.IsFaulted)
            {
                List<Exception> errors = task.ExceptionList;
                if (lookForOce && errors.Count > 0 && errors[0] is OperationCanceledException oce) TrySetCanceled(oce.CancellationToken, oce);
                else TrySetExceptions(new List<Exception>(errors));
            }
            else TrySetResult(task is Task<TResult> typed ? typed.ResultOnSuccess : default);
        }
    }
}
