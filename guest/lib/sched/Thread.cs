namespace System.Threading
{
    public sealed class Thread
    {
        private static Thread s_main;
        private string _name;

        private Thread(int id) { ManagedThreadId = id; }

        public static Thread CurrentThread => s_main ??= new Thread(1);

        public int ManagedThreadId { get; }

        public string Name
        {
            get => _name;
            set
            {
                if (_name != null) throw new InvalidOperationException("The Name property has already been set.");
                _name = value;
            }
        }

        public bool IsAlive => true;
        public bool IsBackground { get; set; }

        public static void Sleep(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException(nameof(millisecondsTimeout), "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (millisecondsTimeout == -1) Kiln.Runtime.Panic.FailFast("Thread.Sleep(Infinite) on the only thread never returns");
            Kiln.Time.Clock.SleepNs(millisecondsTimeout * 1_000_000L);
        }

        public static void Sleep(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(timeout));
            Sleep((int)ms);
        }

        // Nothing else is runnable while the image has one thread.
        public static bool Yield() => false;

        public static void SpinWait(int iterations)
        {
            for (int i = 0; i < iterations; i++) Kiln.Time.Clock.MonotonicNs();
        }
    }
}
