using System.Threading.Tasks;

namespace System.Threading
{
    // A view of a CancellationTokenSource: whether cancellation was asked for, and callbacks to run when it is.
    // default (CancellationToken.None) can never be canceled.
    public readonly struct CancellationToken : IEquatable<CancellationToken>
    {
        internal readonly CancellationTokenSource _source;

        internal CancellationToken(CancellationTokenSource source) { _source = source; }

        public CancellationToken(bool canceled) : this(canceled ? CancellationTokenSource.s_canceledSource : null) { }

        public static CancellationToken None => default;

        public bool IsCancellationRequested => _source != null && _source.IsCancellationRequested;

        public bool CanBeCanceled => _source != null;

        public CancellationTokenRegistration Register(Action callback) => Register(callback, false);

        public CancellationTokenRegistration Register(Action callback, bool useSynchronizationContext)
        {
            if (callback == null) throw new ArgumentNullException(nameof(callback));
            return RegisterCore(callback, null, useSynchronizationContext);
        }

        public CancellationTokenRegistration Register(Action<object> callback, object state) => Register(callback, state, false);

        public CancellationTokenRegistration Register(Action<object> callback, object state, bool useSynchronizationContext)
        {
            if (callback == null) throw new ArgumentNullException(nameof(callback));
            return RegisterCore(callback, state, useSynchronizationContext);
        }

        public CancellationTokenRegistration Register(Action<object, CancellationToken> callback, object state)
        {
            if (callback == null) throw new ArgumentNullException(nameof(callback));
            return RegisterCore(callback, state, false);
        }

        public CancellationTokenRegistration UnsafeRegister(Action<object> callback, object state)
        {
            if (callback == null) throw new ArgumentNullException(nameof(callback));
            return RegisterCore(callback, state, false);
        }

        public CancellationTokenRegistration UnsafeRegister(Action<object, CancellationToken> callback, object state)
        {
            if (callback == null) throw new ArgumentNullException(nameof(callback));
            return RegisterCore(callback, state, false);
        }

        private CancellationTokenRegistration RegisterCore(Delegate callback, object state, bool useSynchronizationContext)
        {
            if (_source == null) return default;
            SynchronizationContext context = useSynchronizationContext ? SynchronizationContext.Current : null;
            return _source.Register(callback, state, context);
        }

        public void ThrowIfCancellationRequested()
        {
            if (IsCancellationRequested) throw new OperationCanceledException("The operation was canceled.", this);
        }

        public bool Equals(CancellationToken other) => _source == other._source;
        public override bool Equals(object other) => other is CancellationToken token && Equals(token);
        public override int GetHashCode() => _source == null ? 0 : _source.GetHashCode();
        public static bool operator ==(CancellationToken left, CancellationToken right) => left.Equals(right);
        public static bool operator !=(CancellationToken left, CancellationToken right) => !left.Equals(right);
    }

    // One callback registered on a token; Dispose (or Unregister) takes it back.
    public readonly struct CancellationTokenRegistration : IEquatable<CancellationTokenRegistration>, IDisposable, IAsyncDisposable
    {
        internal readonly CancellationTokenSource.CallbackNode _node;
        internal readonly long _id;

        internal CancellationTokenRegistration(CancellationTokenSource.CallbackNode node, long id) { _node = node; _id = id; }

        public CancellationToken Token => _node != null ? new CancellationToken(_node.Source) : default;

        // Takes the callback back; if it is running on another thread, waits for it to finish.
        public void Dispose()
        {
            if (_node == null) return;
            if (!_node.Source.Unregister(_node, _id)) _node.Source.WaitForCallbackToComplete(_id);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }

        public bool Unregister() => _node != null && _node.Source.Unregister(_node, _id);

        public bool Equals(CancellationTokenRegistration other) => _node == other._node && _id == other._id;
        public override bool Equals(object obj) => obj is CancellationTokenRegistration r && Equals(r);
        public override int GetHashCode() => _node == null ? _id.GetHashCode() : _node.GetHashCode() ^ _id.GetHashCode();
        public static bool operator ==(CancellationTokenRegistration left, CancellationTokenRegistration right) => left.Equals(right);
        public static bool operator !=(CancellationTokenRegistration left, CancellationTokenRegistration right) => !left.Equals(right);
    }
}
