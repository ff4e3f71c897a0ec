using System.Threading.Tasks;

namespace System.Threading
{
    // SemaphoreSlim.WaitAsync: a waiter that finds no count queues a task (FIFO) that a Release completes, on the
    // pool (RunContinuationsAsynchronously, as .NET's), or that its timeout or token ends first.
    public partial class SemaphoreSlim
    {
        private static readonly Task<bool> s_true = Task.FromResult(true);
        private static readonly Task<bool> s_false = Task.FromResult(false);
        private AsyncWaiter _asyncHead, _asyncTail;

        private sealed class AsyncWaiter : Task<bool>
        {
            public AsyncWaiter Next, Prev;
            public bool Queued;
            public AsyncWaiter() : base((object)null, TaskCreationOptions.RunContinuationsAsynchronously) { }
        }

        public Task WaitAsync() => WaitAsync(Timeout.Infinite, default);

        public Task WaitAsync(CancellationToken cancellationToken) => WaitAsync(Timeout.Infinite, cancellationToken);

        public Task<bool> WaitAsync(int millisecondsTimeout) => WaitAsync(millisecondsTimeout, default);

        public Task<bool> WaitAsync(TimeSpan timeout) => WaitAsync(timeout, default);

        public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue)
                throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The value needs to translate in milliseconds to -1 (signifying an infinite timeout), or be non-negative.");
            return WaitAsync((int)ms, cancellationToken);
        }

        public Task<bool> WaitAsync(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<bool>(cancellationToken);
            AsyncWaiter waiter;
            lock (_lock)
            {
                if (_count > 0)
                {
                    _count--;
                    return s_true;
                }
                if (millisecondsTimeout == 0) return s_false;
                // .NET checks the timeout only here, and faults the task rather than throwing.
                if (millisecondsTimeout < -1)
                    return Task.FromException<bool>(new ArgumentOutOfRangeException("timeout", "The value needs to translate in milliseconds to -1 (signifying an infinite timeout), 0, or a positive integer less than or equal to the maximum allowed timer duration."));
                waiter = new AsyncWaiter { Queued = true, Prev = _asyncTail };
                if (_asyncTail == null) _asyncHead = waiter; else _asyncTail.Next = waiter;
                _asyncTail = waiter;
            }
            if (millisecondsTimeout == Timeout.Infinite && !cancellationToken.CanBeCanceled) return waiter;
            return new TimedWait(this, waiter, millisecondsTimeout, cancellationToken);
        }

        // A queued waiter with a timeout or a token: true once a Release hands it a count; false at the timeout, and
        // canceled (with an OperationCanceledException of the token, as .NET's) when the token fires first.
        private sealed class TimedWait : Task<bool>, ITaskCompletionAction
        {
            private readonly SemaphoreSlim _semaphore;
            private readonly AsyncWaiter _waiter;
            private readonly CancellationToken _token;
            private readonly Timer _timer;
            private CancellationTokenRegistration _registration;

            public TimedWait(SemaphoreSlim semaphore, AsyncWaiter waiter, int millisecondsTimeout, CancellationToken token)
            {
                _semaphore = semaphore;
                _waiter = waiter;
                _token = token;
                if (millisecondsTimeout != Timeout.Infinite)
                    _timer = new Timer(s => ((TimedWait)s).GiveUp(false), this, millisecondsTimeout, Timeout.Infinite);
                if (token.CanBeCanceled) _registration = token.UnsafeRegister(s => ((TimedWait)s).GiveUp(true), this);
                if (waiter.IsCompleted || !waiter.AddContinuation(this, false)) Invoke(waiter);
            }

            public bool InvokeMayRunArbitraryCode => true;

            public void Invoke(Task completingTask)
            {
                if (TrySetResult(true)) Cleanup();
            }

            private void GiveUp(bool canceled)
            {
                bool removed;
                lock (_semaphore._lock)
                {
                    removed = _waiter.Queued;
                    if (removed) _semaphore.Unlink(_waiter);
                }
                if (!removed) return; // a Release took it: Invoke completes this
                bool set = canceled ? TrySetCanceled(_token, new OperationCanceledException("The operation was canceled.", _token)) : TrySetResult(false);
                if (set) Cleanup();
            }

            private void Cleanup()
            {
                _timer?.Dispose();
                _registration.Unregister();
            }
        }

        // Under _lock, from Release: count goes to queued async waiters first, oldest first.
        private void ReleaseToAsyncWaiters()
        {
            while (_count > 0 && _asyncHead != null)
            {
                AsyncWaiter waiter = _asyncHead;
                Unlink(waiter);
                _count--;
                waiter.TrySetResult(true);
            }
        }

        private void Unlink(AsyncWaiter waiter)
        {
            if (waiter.Prev == null) _asyncHead = waiter.Next; else waiter.Prev.Next = waiter.Next;
            if (waiter.Next == null) _asyncTail = waiter.Prev; else waiter.Next.Prev = waiter.Prev;
            waiter.Next = waiter.Prev = null;
            waiter.Queued = false;
        }
    }
}
