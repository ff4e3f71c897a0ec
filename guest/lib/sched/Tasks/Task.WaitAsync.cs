using Kiln.Runtime;
using Kiln.Sched;

namespace System.Threading.Tasks
{
    // WaitAsync: a task that ends as this one does, or with a TimeoutException when the timeout comes first, or
    // canceled when the token fires first. This task goes on either way.
    public partial class Task
    {
        public Task WaitAsync(CancellationToken cancellationToken) => WaitAsyncCore(Timeout.Infinite, cancellationToken);

        public Task WaitAsync(TimeSpan timeout) => WaitAsyncCore(WaitAsyncTimeout(timeout), default);

        public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => WaitAsyncCore(WaitAsyncTimeout(timeout), cancellationToken);

        internal static long WaitAsyncTimeout(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > 0xfffffffe)
                throw new ArgumentOutOfRangeException(nameof(timeout), "The value needs to translate in milliseconds to -1 (signifying an infinite timeout), 0, or a positive integer less than or equal to the maximum allowed timer duration.");
            return ms;
        }

        private Task WaitAsyncCore(long milliseconds, CancellationToken cancellationToken)
        {
            if (IsCompleted || (!cancellationToken.CanBeCanceled && milliseconds == Timeout.Infinite)) return this;
            if (cancellationToken.IsCancellationRequested) return FromCanceled(cancellationToken);
            if (milliseconds == 0) return FromException(new TimeoutException());
            return new WaitPromise<VoidTaskResult>(this, milliseconds, cancellationToken);
        }
    }

    public partial class Task<TResult>
    {
        public new Task<TResult> WaitAsync(CancellationToken cancellationToken) => WaitAsyncCore(Timeout.Infinite, cancellationToken);

        public new Task<TResult> WaitAsync(TimeSpan timeout) => WaitAsyncCore(WaitAsyncTimeout(timeout), default);

        public new Task<TResult> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => WaitAsyncCore(WaitAsyncTimeout(timeout), cancellationToken);

        private Task<TResult> WaitAsyncCore(long milliseconds, CancellationToken cancellationToken)
        {
            if (IsCompleted || (!cancellationToken.CanBeCanceled && milliseconds == Timeout.Infinite)) return this;
            if (cancellationToken.IsCancellationRequested) return FromCanceled<TResult>(cancellationToken);
            if (milliseconds == 0) return FromException<TResult>(new TimeoutException());
            return new WaitPromise<TResult>(this, milliseconds, cancellationToken);
        }
    }

    internal sealed class WaitPromise<TResult> : Task<TResult>, ITaskCompletionAction
    {
        private readonly Task _source;
        private readonly CancellationToken _token;
        private readonly TimeoutTimer _timer;
        private CancellationTokenRegistration _registration;

        public WaitPromise(Task source, long milliseconds, CancellationToken token)
        {
            _source = source;
            _token = token;
            if (milliseconds != Timeout.Infinite)
            {
                _timer = new TimeoutTimer(this);
                TimerQueue.Schedule(_timer, Platform.MonotonicNs() + milliseconds * 1_000_000, 0);
            }
            if (token.CanBeCanceled) _registration = token.UnsafeRegister(s => ((WaitPromise<TResult>)s).Canceled(), this);
            if (source.IsCompleted || !source.AddContinuation(this, false)) Invoke(source);
        }

        public bool InvokeMayRunArbitraryCode => true;

        public void Invoke(Task completingTask)
        {
            bool set;
            if (completingTask.IsFaulted) set = TrySetExceptions(new System.Collections.Generic.List<Exception>(completingTask.ExceptionList));
            else if (completingTask.IsCanceled) set = TrySetCanceled(completingTask.CancellationToken, completingTask.CancellationException);
            else set = TrySetResult(completingTask is Task<TResult> typed ? typed.ResultOnSuccess : default);
            if (set) Cleanup();
        }

        private void TimedOut()
        {
            if (TrySetException(new TimeoutException())) Cleanup();
        }

        private void Canceled()
        {
            if (TrySetCanceled(_token)) Cleanup();
        }

        private void Cleanup()
        {
            if (_timer != null) TimerQueue.Cancel(_timer);
            _registration.Unregister();
            _source.RemoveContinuation(this);
        }

        private sealed class TimeoutTimer : TimerEntry
        {
            private readonly WaitPromise<TResult> _promise;
            public TimeoutTimer(WaitPromise<TResult> promise) { _promise = promise; }
            public override void Execute() => _promise.TimedOut();
        }
    }
}
