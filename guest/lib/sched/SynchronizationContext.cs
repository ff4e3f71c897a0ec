namespace System.Threading
{
    public delegate void SendOrPostCallback(object state);

    // Where await continuations go back to. A console app (every Kiln image) has none: Current is null and
    // continuations run on pool threads. An app may install its own (a single-threaded message loop, say).
    public unsafe class SynchronizationContext
    {
        [ThreadStatic] private static SynchronizationContext t_current;
        private static readonly SynchronizationContext s_plain = new SynchronizationContext();

        // A context of a derived type (one that really schedules somewhere); the base class posts to the pool.
        internal static bool IsCustom(SynchronizationContext context) =>
            context != null && context.GetMethodTable() != s_plain.GetMethodTable();

        public SynchronizationContext() { }

        public static SynchronizationContext Current => t_current;

        public static void SetSynchronizationContext(SynchronizationContext syncContext) => t_current = syncContext;

        public virtual void Send(SendOrPostCallback d, object state) => d(state);

        public virtual void Post(SendOrPostCallback d, object state) =>
            ThreadPool.QueueUserWorkItem(s => s.d(s.state), (d, state), preferLocal: false);

        public virtual SynchronizationContext CreateCopy() => new SynchronizationContext();

        public virtual void OperationStarted() { }

        public virtual void OperationCompleted() { }
    }
}
