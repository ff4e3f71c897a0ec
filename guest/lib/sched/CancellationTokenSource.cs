using System.Collections.Generic;
using System.Threading.Tasks;
using Kiln.Runtime;
using Kiln.Sched;

namespace System.Threading
{
    // Cancels its tokens: Cancel runs the registered callbacks on the calling thread, the most recently registered
    // first (as .NET does), CancelAfter from a pool thread when the time has come. Registrations are a doubly linked
    // list, changed with preemption disabled.
    public class CancellationTokenSource : IDisposable
    {
        private const long MaxSupportedTimeout = 0xfffffffe;
        private const int NotCanceled = 0, Notifying = 1, Notified = 2;

        internal static readonly CancellationTokenSource s_canceledSource = new CancellationTokenSource { _state = Notified };

        private volatile int _state;
        private bool _disposed;
        private CallbackNode _head;             // newest first
        private long _nextId;
        private volatile Thread _notifyingThread;
        private long _executingId;              // the registration whose callback runs now, 0 = none
        private CancelTimer _timer;

        public CancellationTokenSource() { }

        public CancellationTokenSource(int millisecondsDelay)
        {
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException(nameof(millisecondsDelay));
            if (millisecondsDelay != Timeout.Infinite) StartTimer(millisecondsDelay);
        }

        public CancellationTokenSource(TimeSpan delay)
        {
            long ms = (long)delay.TotalMilliseconds;
            if (ms < -1 || ms > MaxSupportedTimeout) throw new ArgumentOutOfRangeException(nameof(delay));
            if (ms != Timeout.Infinite) StartTimer(ms);
        }

        public bool IsCancellationRequested => _state != NotCanceled;

        internal bool IsCancellationCompleted => _state == Notified;

        public CancellationToken Token
        {
            get
            {
                ThrowIfDisposed();
                return new CancellationToken(this);
            }
        }

        public void Cancel() => Cancel(false);

        public void Cancel(bool throwOnFirstException)
        {
            ThrowIfDisposed();
            NotifyCancellation(throwOnFirstException);
        }

        // Marks the source canceled now and runs the callbacks on a pool thread.
        public Task CancelAsync()
        {
            ThrowIfDisposed();
            if (!BeginNotify()) return Task.CompletedTask;
            return Task.Factory.StartNew(s => ((CancellationTokenSource)s).RunCallbacks(false), this,
                CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        }

        public void CancelAfter(TimeSpan delay)
        {
            long ms = (long)delay.TotalMilliseconds;
            if (ms < -1 || ms > MaxSupportedTimeout) throw new ArgumentOutOfRangeException(nameof(delay));
            CancelAfterCore(ms);
        }

        public void CancelAfter(int millisecondsDelay)
        {
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException(nameof(millisecondsDelay));
            CancelAfterCore(millisecondsDelay);
        }

        private void CancelAfterCore(long ms)
        {
            ThrowIfDisposed();
            if (IsCancellationRequested) return;
            if (ms == Timeout.Infinite)
            {
                if (_timer != null) TimerQueue.Cancel(_timer);
                return;
            }
            StartTimer(ms);
        }

        private void StartTimer(long ms)
        {
            _timer ??= new CancelTimer(this);
            TimerQueue.Schedule(_timer, Platform.MonotonicNs() + ms * 1_000_000, 0);
        }

        // Back to not canceled, with no registrations and no pending CancelAfter; false if cancellation was asked for.
        public bool TryReset()
        {
            ThrowIfDisposed();
            Preemption.Disable();
            bool reset = _state == NotCanceled;
            if (reset) _head = null;
            Preemption.Enable();
            if (reset && _timer != null) TimerQueue.Cancel(_timer);
            return reset;
        }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (!disposing || _disposed) return;
            if (_timer != null) TimerQueue.Cancel(_timer);
            Preemption.Disable();
            _head = null;
            Preemption.Enable();
            _disposed = true;
        }

        private void ThrowIfDisposed()
        {
            if (_disposed) throw new ObjectDisposedException(null, "The CancellationTokenSource has been disposed.");
        }

        // ---- Registrations ----

        internal sealed class CallbackNode
        {
            public readonly CancellationTokenSource Source;
            public long Id;
            public Delegate Callback;       // Action, Action<object> or Action<object, CancellationToken>
            public object State;
            public SynchronizationContext Context;
            public CallbackNode Prev, Next;
            public bool Linked;

            public CallbackNode(CancellationTokenSource source) { Source = source; }

            public void Invoke()
            {
                if (Context != null) Context.Send(s => ((CallbackNode)s).InvokeHere(), this);
                else InvokeHere();
            }

            private void InvokeHere()
            {
                if (Callback is Action action) action();
                else if (Callback is Action<object> withState) withState(State);
                else ((Action<object, CancellationToken>)Callback)(State, new CancellationToken(Source));
            }
        }

        internal CancellationTokenRegistration Register(Delegate callback, object state, SynchronizationContext context)
        {
            if (!IsCancellationRequested)
            {
                if (_disposed) return default;
                var node = new CallbackNode(this) { Callback = callback, State = state, Context = context };
                Preemption.Disable();
                if (_state == NotCanceled)
                {
                    node.Id = ++_nextId;
                    node.Next = _head;
                    if (_head != null) _head.Prev = node;
                    _head = node;
                    node.Linked = true;
                    Preemption.Enable();
                    return new CancellationTokenRegistration(node, node.Id);
                }
                Preemption.Enable();
            }
            // Canceled already: the callback runs now, on this thread.
            new CallbackNode(this) { Callback = callback, State = state, Context = context }.Invoke();
            return default;
        }

        internal bool Unregister(CallbackNode node, long id)
        {
            Preemption.Disable();
            bool removed = node.Linked && node.Id == id;
            if (removed) Unlink(node);
            Preemption.Enable();
            return removed;
        }

        // With preemption disabled.
        private void Unlink(CallbackNode node)
        {
            if (node.Prev == null) _head = node.Next; else node.Prev.Next = node.Next;
            if (node.Next != null) node.Next.Prev = node.Prev;
            node.Prev = node.Next = null;
            node.Linked = false;
        }

        internal void WaitForCallbackToComplete(long id)
        {
            Thread me = Thread.CurrentThread;
            while (Volatile.Read(ref _executingId) == id && _notifyingThread != me)
                if (!Thread.Yield()) Thread.Sleep(1);
        }

        // ---- Cancellation ----

        internal bool NotifyCancellation(bool throwOnFirstException)
        {
            if (!BeginNotify()) return false;
            RunCallbacks(throwOnFirstException);
            return true;
        }

        private bool BeginNotify()
        {
            Preemption.Disable();
            bool first = _state == NotCanceled;
            if (first)
            {
                _state = Notifying;
                _notifyingThread = Thread.CurrentThread;
            }
            Preemption.Enable();
            if (first && _timer != null) TimerQueue.Cancel(_timer);
            return first;
        }

        private void RunCallbacks(bool throwOnFirstException)
        {
            _notifyingThread = Thread.CurrentThread;
            List<Exception> errors = null;
            try
            {
                while (true)
                {
                    Preemption.Disable();
                    CallbackNode node = _head;
                    if (node == null)
                    {
                        Preemption.Enable();
                        break;
                    }
                    Unlink(node);
                    _executingId = node.Id;
                    Preemption.Enable();
                    CancellationCallbacks.Invoke(node, throwOnFirstException, ref errors);
                }
            }
            finally
            {
                _state = Notified;
                Volatile.Write(ref _executingId, 0);
            }
            if (errors != null) throw new AggregateException(errors);
        }

        private sealed class CancelTimer : TimerEntry
        {
            private readonly CancellationTokenSource _source;
            public CancelTimer(CancellationTokenSource source) { _source = source; }
            public override void Execute() => _source.NotifyCancellation(false);
        }

        // ---- Linked sources ----

        public static CancellationTokenSource CreateLinkedTokenSource(CancellationToken token) =>
            token.CanBeCanceled ? new LinkedSource(new[] { token }) : new CancellationTokenSource();

        public static CancellationTokenSource CreateLinkedTokenSource(CancellationToken token1, CancellationToken token2)
        {
            if (!token1.CanBeCanceled) return CreateLinkedTokenSource(token2);
            if (!token2.CanBeCanceled) return new LinkedSource(new[] { token1 });
            return new LinkedSource(new[] { token1, token2 });
        }

        public static CancellationTokenSource CreateLinkedTokenSource(params CancellationToken[] tokens)
        {
            if (tokens == null) throw new ArgumentNullException(nameof(tokens));
            switch (tokens.Length)
            {
                case 0: throw new ArgumentException("No tokens were supplied.");
                case 1: return CreateLinkedTokenSource(tokens[0]);
                case 2: return CreateLinkedTokenSource(tokens[0], tokens[1]);
                default: return new LinkedSource((CancellationToken[])tokens.Clone());
            }
        }

        private sealed class LinkedSource : CancellationTokenSource
        {
            private readonly CancellationTokenRegistration[] _registrations;

            public LinkedSource(CancellationToken[] tokens)
            {
                _registrations = new CancellationTokenRegistration[tokens.Length];
                for (int i = 0; i < tokens.Length; i++)
                {
                    if (!tokens[i].CanBeCanceled) continue;
                    _registrations[i] = tokens[i].UnsafeRegister(s => ((CancellationTokenSource)s).NotifyCancellation(false), this);
                }
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing && !_disposed)
                    foreach (CancellationTokenRegistration r in _registrations) r.Dispose();
                base.Dispose(disposing);
            }
        }
    }
}
