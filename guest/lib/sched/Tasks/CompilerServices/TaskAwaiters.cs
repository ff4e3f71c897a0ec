using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Kiln.Sched;

namespace System.Runtime.CompilerServices
{
    public interface INotifyCompletion
    {
        void OnCompleted(Action continuation);
    }

    public interface ICriticalNotifyCompletion : INotifyCompletion
    {
        void UnsafeOnCompleted(Action continuation);
    }

    // await task: a completed task goes on at once (the compiler checks IsCompleted); otherwise the rest of the
    // method is the task's continuation. GetResult throws the task's first exception, or the cancellation.
    public readonly struct TaskAwaiter : ICriticalNotifyCompletion
    {
        internal readonly Task m_task;

        internal TaskAwaiter(Task task) { m_task = task; }

        public bool IsCompleted => m_task.IsCompleted;

        public void OnCompleted(Action continuation) => OnCompletedInternal(m_task, continuation, true);

        public void UnsafeOnCompleted(Action continuation) => OnCompletedInternal(m_task, continuation, true);

        [StackTraceHidden]
        public void GetResult() => ValidateEnd(m_task);

        [StackTraceHidden]
        internal static void ValidateEnd(Task task)
        {
            if (!task.IsCompletedSuccessfully) HandleNonSuccess(task);
        }

        [StackTraceHidden]
        private static void HandleNonSuccess(Task task)
        {
            if (!task.IsCompleted) task.InternalWait(Timeout.Infinite, default); // GetResult before completion blocks (async Main)
            if (!task.IsCompletedSuccessfully) task.ThrowForNonSuccess();
        }

        internal static void OnCompletedInternal(Task task, Action continuation, bool continueOnCapturedContext)
        {
            if (continuation == null) throw new ArgumentNullException(nameof(continuation));
            task.SetContinuationForAwait(continuation, continueOnCapturedContext);
        }
    }

    public readonly struct TaskAwaiter<TResult> : ICriticalNotifyCompletion
    {
        private readonly Task<TResult> m_task;

        internal TaskAwaiter(Task<TResult> task) { m_task = task; }

        public bool IsCompleted => m_task.IsCompleted;

        public void OnCompleted(Action continuation) => TaskAwaiter.OnCompletedInternal(m_task, continuation, true);

        public void UnsafeOnCompleted(Action continuation) => TaskAwaiter.OnCompletedInternal(m_task, continuation, true);

        [StackTraceHidden]
        public TResult GetResult()
        {
            TaskAwaiter.ValidateEnd(m_task);
            return m_task.ResultOnSuccess;
        }
    }

    // task.ConfigureAwait(false / options): without a SynchronizationContext or TaskScheduler of its own, false makes no
    // difference; ForceYielding always goes through the pool; SuppressThrowing ends the await without throwing.
    public readonly struct ConfiguredTaskAwaitable
    {
        private readonly ConfiguredTaskAwaiter m_configuredTaskAwaiter;

        internal ConfiguredTaskAwaitable(Task task, ConfigureAwaitOptions options) { m_configuredTaskAwaiter = new ConfiguredTaskAwaiter(task, options); }

        public ConfiguredTaskAwaiter GetAwaiter() => m_configuredTaskAwaiter;

        public readonly struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion
        {
            internal readonly Task m_task;
            internal readonly ConfigureAwaitOptions m_options;

            internal ConfiguredTaskAwaiter(Task task, ConfigureAwaitOptions options) { m_task = task; m_options = options; }

            public bool IsCompleted => (m_options & ConfigureAwaitOptions.ForceYielding) == 0 && m_task.IsCompleted;

            public void OnCompleted(Action continuation) =>
                TaskAwaiter.OnCompletedInternal(m_task, continuation, (m_options & ConfigureAwaitOptions.ContinueOnCapturedContext) != 0);

            public void UnsafeOnCompleted(Action continuation) =>
                TaskAwaiter.OnCompletedInternal(m_task, continuation, (m_options & ConfigureAwaitOptions.ContinueOnCapturedContext) != 0);

            [StackTraceHidden]
            public void GetResult()
            {
                if ((m_options & ConfigureAwaitOptions.SuppressThrowing) == 0) TaskAwaiter.ValidateEnd(m_task);
                else if (!m_task.IsCompleted) m_task.InternalWait(Timeout.Infinite, default);
            }
        }
    }

    public readonly struct ConfiguredTaskAwaitable<TResult>
    {
        private readonly ConfiguredTaskAwaiter m_configuredTaskAwaiter;

        internal ConfiguredTaskAwaitable(Task<TResult> task, ConfigureAwaitOptions options) { m_configuredTaskAwaiter = new ConfiguredTaskAwaiter(task, options); }

        public ConfiguredTaskAwaiter GetAwaiter() => m_configuredTaskAwaiter;

        public readonly struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly Task<TResult> m_task;
            private readonly ConfigureAwaitOptions m_options;

            internal ConfiguredTaskAwaiter(Task<TResult> task, ConfigureAwaitOptions options) { m_task = task; m_options = options; }

            public bool IsCompleted => (m_options & ConfigureAwaitOptions.ForceYielding) == 0 && m_task.IsCompleted;

            public void OnCompleted(Action continuation) =>
                TaskAwaiter.OnCompletedInternal(m_task, continuation, (m_options & ConfigureAwaitOptions.ContinueOnCapturedContext) != 0);

            public void UnsafeOnCompleted(Action continuation) =>
                TaskAwaiter.OnCompletedInternal(m_task, continuation, (m_options & ConfigureAwaitOptions.ContinueOnCapturedContext) != 0);

            [StackTraceHidden]
        public TResult GetResult()
            {
                TaskAwaiter.ValidateEnd(m_task);
                return m_task.ResultOnSuccess;
            }
        }
    }

    // await Task.Yield(): the rest of the method goes to the current SynchronizationContext, the current
    // TaskScheduler, or the pool.
    public readonly struct YieldAwaitable
    {
        public YieldAwaiter GetAwaiter() => default;

        public readonly struct YieldAwaiter : ICriticalNotifyCompletion
        {
            public bool IsCompleted => false;

            public void OnCompleted(Action continuation) => QueueContinuation(continuation);

            public void UnsafeOnCompleted(Action continuation) => QueueContinuation(continuation);

            public void GetResult() { }

            private static void QueueContinuation(Action continuation)
            {
                if (continuation == null) throw new ArgumentNullException(nameof(continuation));
                SynchronizationContext context = SynchronizationContext.Current;
                if (SynchronizationContext.IsCustom(context))
                {
                    context.Post(s => ((Action)s)(), continuation);
                    return;
                }
                TaskScheduler scheduler = TaskScheduler.Current;
                if (scheduler == TaskScheduler.Default) WorkQueue.Enqueue(continuation);
                else Task.Factory.StartNew(continuation, default, TaskCreationOptions.PreferFairness, scheduler);
            }
        }
    }
}
