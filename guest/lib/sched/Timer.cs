using System.Threading.Tasks;
using Kiln.Runtime;
using Kiln.Sched;

namespace System.Threading
{
    public delegate void TimerCallback(object state);

    // Calls back on a pool thread after dueTime, then every period (Kiln.Sched.TimerQueue). A callback already handed
    // to the pool when Change or Dispose is called may still run, as in .NET.
    public sealed class Timer : IDisposable, IAsyncDisposable
    {
        private const long MaxSupportedTimeout = 0xfffffffe;
        private readonly Entry _entry;
        private volatile bool _disposed;

        public Timer(TimerCallback callback)
        {
            if (callback == null) throw new ArgumentNullException(nameof(callback));
            _entry = new Entry(this, callback, this);
        }

        public Timer(TimerCallback callback, object state, int dueTime, int period)
            : this(callback, state, CheckInt(dueTime, nameof(dueTime)), CheckInt(period, nameof(period)), true) { }

        public Timer(TimerCallback callback, object state, uint dueTime, uint period)
            : this(callback, state, CheckLong(dueTime == uint.MaxValue ? -1 : dueTime, nameof(dueTime)), CheckLong(period == uint.MaxValue ? -1 : period, nameof(period)), true) { }

        public Timer(TimerCallback callback, object state, long dueTime, long period)
            : this(callback, state, CheckLong(dueTime, nameof(dueTime)), CheckLong(period, nameof(period)), true) { }

        public Timer(TimerCallback callback, object state, TimeSpan dueTime, TimeSpan period)
            : this(callback, state, CheckLong((long)dueTime.TotalMilliseconds, nameof(dueTime)), CheckLong((long)period.TotalMilliseconds, nameof(period)), true) { }

        private Timer(TimerCallback callback, object state, long dueTime, long period, bool _)
        {
            if (callback == null) throw new ArgumentNullException(nameof(callback));
            _entry = new Entry(this, callback, state);
            Arm(dueTime, period);
        }

        public static long ActiveCount => TimerQueue.ActiveCount;

        public bool Change(int dueTime, int period) => ChangeCore(CheckInt(dueTime, nameof(dueTime)), CheckInt(period, nameof(period)));
        public bool Change(uint dueTime, uint period) => ChangeCore(CheckLong(dueTime == uint.MaxValue ? -1 : dueTime, nameof(dueTime)), CheckLong(period == uint.MaxValue ? -1 : period, nameof(period)));
        public bool Change(long dueTime, long period) => ChangeCore(CheckLong(dueTime, nameof(dueTime)), CheckLong(period, nameof(period)));
        public bool Change(TimeSpan dueTime, TimeSpan period) => ChangeCore(CheckLong((long)dueTime.TotalMilliseconds, nameof(dueTime)), CheckLong((long)period.TotalMilliseconds, nameof(period)));

        private bool ChangeCore(long dueTime, long period)
        {
            if (_disposed) return false;
            Arm(dueTime, period);
            return true;
        }

        private void Arm(long dueTime, long period)
        {
            if (dueTime < 0) { TimerQueue.Cancel(_entry); return; }
            TimerQueue.Schedule(_entry, Platform.MonotonicNs() + dueTime * 1_000_000, period > 0 ? period * 1_000_000 : 0);
        }

        public void Dispose()
        {
            _disposed = true;
            TimerQueue.Cancel(_entry);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }

        private static long CheckInt(int value, string name) => CheckLong(value, name);

        private static long CheckLong(long value, string name)
        {
            if (value < -1) throw new ArgumentOutOfRangeException(name, value, name + " ('" + value.ToString() + "') must be greater than or equal to '-1'.");
            if (value > MaxSupportedTimeout) throw new ArgumentOutOfRangeException(name, value, name + " ('" + value.ToString() + "') must be less than or equal to '4294967294'.");
            return value;
        }

        private sealed class Entry : TimerEntry
        {
            private readonly Timer _owner;
            private readonly TimerCallback _callback;
            private readonly object _state;

            public Entry(Timer owner, TimerCallback callback, object state) { _owner = owner; _callback = callback; _state = state; }

            public override void Execute()
            {
                if (!_owner._disposed) _callback(_state);
            }
        }
    }
}
