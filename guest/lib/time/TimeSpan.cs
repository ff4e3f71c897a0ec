namespace System
{
    // A duration in 100-nanosecond ticks, as in .NET; ToString() gives the constant ("c") format.
    public readonly struct TimeSpan : IComparable<TimeSpan>, IEquatable<TimeSpan>, IFormattable
    {
        public const long TicksPerMicrosecond = 10;
        public const long TicksPerMillisecond = 10_000;
        public const long TicksPerSecond = 10_000_000;
        public const long TicksPerMinute = 600_000_000;
        public const long TicksPerHour = 36_000_000_000;
        public const long TicksPerDay = 864_000_000_000;

        public static readonly TimeSpan Zero = new TimeSpan(0);
        public static readonly TimeSpan MaxValue = new TimeSpan(long.MaxValue);
        public static readonly TimeSpan MinValue = new TimeSpan(long.MinValue);

        private readonly long _ticks;

        public TimeSpan(long ticks) { _ticks = ticks; }
        public TimeSpan(int hours, int minutes, int seconds) : this(0, hours, minutes, seconds, 0) { }
        public TimeSpan(int days, int hours, int minutes, int seconds) : this(days, hours, minutes, seconds, 0) { }

        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds)
        {
            _ticks = days * TicksPerDay + hours * TicksPerHour + minutes * TicksPerMinute + seconds * TicksPerSecond + milliseconds * TicksPerMillisecond;
        }

        public long Ticks => _ticks;
        public int Days => (int)(_ticks / TicksPerDay);
        public int Hours => (int)(_ticks / TicksPerHour % 24);
        public int Minutes => (int)(_ticks / TicksPerMinute % 60);
        public int Seconds => (int)(_ticks / TicksPerSecond % 60);
        public int Milliseconds => (int)(_ticks / TicksPerMillisecond % 1000);
        public int Microseconds => (int)(_ticks / TicksPerMicrosecond % 1000);
        public int Nanoseconds => (int)(_ticks % TicksPerMicrosecond * 100);

        public double TotalDays => (double)_ticks / TicksPerDay;
        public double TotalHours => (double)_ticks / TicksPerHour;
        public double TotalMinutes => (double)_ticks / TicksPerMinute;
        public double TotalSeconds => (double)_ticks / TicksPerSecond;
        public double TotalMilliseconds => (double)_ticks / TicksPerMillisecond;
        public double TotalMicroseconds => (double)_ticks / TicksPerMicrosecond;
        public double TotalNanoseconds => (double)_ticks * 100;

        public static TimeSpan FromTicks(long value) => new TimeSpan(value);
        public static TimeSpan FromDays(int days) => new TimeSpan(days * TicksPerDay);
        public static TimeSpan FromHours(int hours) => new TimeSpan(hours * TicksPerHour);
        public static TimeSpan FromMinutes(long minutes) => new TimeSpan(minutes * TicksPerMinute);
        public static TimeSpan FromSeconds(long seconds) => new TimeSpan(seconds * TicksPerSecond);
        public static TimeSpan FromMilliseconds(long milliseconds, long microseconds = 0) =>
            new TimeSpan(milliseconds * TicksPerMillisecond + microseconds * TicksPerMicrosecond);
        public static TimeSpan FromMicroseconds(long microseconds) => new TimeSpan(microseconds * TicksPerMicrosecond);
        public static TimeSpan FromDays(double value) => Interval(value, TicksPerDay);
        public static TimeSpan FromHours(double value) => Interval(value, TicksPerHour);
        public static TimeSpan FromMinutes(double value) => Interval(value, TicksPerMinute);
        public static TimeSpan FromSeconds(double value) => Interval(value, TicksPerSecond);
        public static TimeSpan FromMilliseconds(double value) => Interval(value, TicksPerMillisecond);

        private static TimeSpan Interval(double value, long scale)
        {
            if (double.IsNaN(value)) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
            double ticks = value * scale;
            if (ticks > long.MaxValue || ticks < long.MinValue) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan((long)ticks);
        }

        public TimeSpan Add(TimeSpan ts) => this + ts;
        public TimeSpan Subtract(TimeSpan ts) => this - ts;
        public TimeSpan Negate() => -this;
        public TimeSpan Duration() => new TimeSpan(_ticks >= 0 ? _ticks : -_ticks);

        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2)
        {
            long result = t1._ticks + t2._ticks;
            if ((t1._ticks >> 63 == t2._ticks >> 63) && (t1._ticks >> 63 != result >> 63)) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan(result);
        }

        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2) => t1 + new TimeSpan(-t2._ticks);
        public static TimeSpan operator -(TimeSpan t) => new TimeSpan(-t._ticks);
        public static TimeSpan operator +(TimeSpan t) => t;
        public static TimeSpan operator *(TimeSpan timeSpan, double factor) => Interval(timeSpan._ticks * factor, 1);
        public static TimeSpan operator *(double factor, TimeSpan timeSpan) => timeSpan * factor;
        public static TimeSpan operator /(TimeSpan timeSpan, double divisor) => Interval(timeSpan._ticks / divisor, 1);
        public static double operator /(TimeSpan t1, TimeSpan t2) => t1._ticks / (double)t2._ticks;
        public static bool operator ==(TimeSpan t1, TimeSpan t2) => t1._ticks == t2._ticks;
        public static bool operator !=(TimeSpan t1, TimeSpan t2) => t1._ticks != t2._ticks;
        public static bool operator <(TimeSpan t1, TimeSpan t2) => t1._ticks < t2._ticks;
        public static bool operator <=(TimeSpan t1, TimeSpan t2) => t1._ticks <= t2._ticks;
        public static bool operator >(TimeSpan t1, TimeSpan t2) => t1._ticks > t2._ticks;
        public static bool operator >=(TimeSpan t1, TimeSpan t2) => t1._ticks >= t2._ticks;

        public int CompareTo(TimeSpan value) => _ticks < value._ticks ? -1 : _ticks > value._ticks ? 1 : 0;
        public bool Equals(TimeSpan obj) => _ticks == obj._ticks;
        public override bool Equals(object value) => value is TimeSpan t && t._ticks == _ticks;
        public override int GetHashCode() => (int)_ticks ^ (int)(_ticks >> 32);

        // [-][d.]hh:mm:ss[.fffffff]
        public override string ToString()
        {
            var sb = new System.Text.StringBuilder(26);
            long ticks = _ticks;
            ulong magnitude = ticks < 0 ? (ulong)(-(ticks + 1)) + 1 : (ulong)ticks;
            if (ticks < 0) sb.Append('-');
            ulong days = magnitude / (ulong)TicksPerDay;
            ulong rest = magnitude % (ulong)TicksPerDay;
            if (days != 0) sb.Append(days.ToString()).Append('.');
            Two(sb, rest / (ulong)TicksPerHour).Append(':');
            Two(sb, rest / (ulong)TicksPerMinute % 60).Append(':');
            Two(sb, rest / (ulong)TicksPerSecond % 60);
            ulong fraction = rest % (ulong)TicksPerSecond;
            if (fraction != 0) sb.Append('.').Append(fraction.ToString("D7"));
            return sb.ToString();
        }

        public string ToString(string format) => ToString(format, null);

        public string ToString(string format, IFormatProvider formatProvider)
        {
            if (format == null || format.Length == 0 || format == "c" || format == "t" || format == "T") return ToString();
            throw new FormatException("Kiln supports only the constant (\"c\") TimeSpan format.");
        }

        private static System.Text.StringBuilder Two(System.Text.StringBuilder sb, ulong v) =>
            sb.Append((char)('0' + (int)(v / 10 % 10))).Append((char)('0' + (int)(v % 10)));
    }
}
