using System.Threading;

namespace System
{
    public enum LazyThreadSafetyMode { None = 0, PublicationOnly = 1, ExecutionAndPublication = 2 }

    // A value made on first use. Threads that race on the first use may each run the factory; one result is
    // published with a compare-and-swap and every caller sees that one (PublicationOnly semantics for all modes:
    // the runtime has no lock of its own below the sched lib).
    public class Lazy<T>
    {
        private sealed class Box { public T Value; public Box(T v) { Value = v; } }

        private Func<T> _factory;
        private Box _box;

        public Lazy(Func<T> valueFactory) { _factory = valueFactory ?? throw new ArgumentNullException("valueFactory"); }
        public Lazy(Func<T> valueFactory, bool isThreadSafe) { _factory = valueFactory; }
        public Lazy(Func<T> valueFactory, LazyThreadSafetyMode mode) { _factory = valueFactory; }
        public Lazy(T value) { _box = new Box(value); }

        public bool IsValueCreated => _box != null;

        public T Value
        {
            get
            {
                Box b = _box;
                if (b != null) return b.Value;
                Func<T> f = _factory;
                if (f == null) ThrowHelpers.ThrowInvalidOperation("The lazily-initialized type does not have a public, parameterless constructor.");
                T v = f();
                Interlocked.CompareExchange(ref _box, new Box(v), null);
                _factory = null;
                return _box.Value;
            }
        }

        public override string ToString() => IsValueCreated ? _box.Value?.ToString() : "Value is not created.";
    }
}
