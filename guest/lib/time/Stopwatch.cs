namespace System.Diagnostics
{
    // Timestamps are the platform's monotonic nanoseconds, so Frequency is 10^9 on every platform.
    public class Stopwatch
    {
        public static readonly long Frequency = 1_000_000_000;
        public static readonly bool IsHighResolution = true;

        private long _elapsed;
        private long _startTimestamp;
        private bool _isRunning;

        public static long GetTimestamp() => Kiln.Runtime.Platform.MonotonicNs();

        public static TimeSpan GetElapsedTime(long startingTimestamp) => GetElapsedTime(startingTimestamp, GetTimestamp());

        public static TimeSpan GetElapsedTime(long startingTimestamp, long endingTimestamp) =>
            new TimeSpan((endingTimestamp - startingTimestamp) / 100);

        public static Stopwatch StartNew()
        {
            var s = new Stopwatch();
            s.Start();
            return s;
        }

        public bool IsRunning => _isRunning;

        public void Start()
        {
            if (_isRunning) return;
            _startTimestamp = GetTimestamp();
            _isRunning = true;
        }

        public void Stop()
        {
            if (!_isRunning) return;
            _elapsed += GetTimestamp() - _startTimestamp;
            _isRunning = false;
        }

        public void Reset()
        {
            _elapsed = 0;
            _isRunning = false;
        }

        public void Restart()
        {
            _elapsed = 0;
            _startTimestamp = GetTimestamp();
            _isRunning = true;
        }

        private long ElapsedNs => _isRunning ? _elapsed + GetTimestamp() - _startTimestamp : _elapsed;

        public TimeSpan Elapsed => new TimeSpan(ElapsedNs / 100);
        public long ElapsedMilliseconds => ElapsedNs / 1_000_000;
        public long ElapsedTicks => ElapsedNs;
    }
}
