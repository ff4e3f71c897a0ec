using System.Text;

namespace System
{
    public enum DateTimeKind { Unspecified = 0, Utc = 1, Local = 2 }

    public enum DayOfWeek { Sunday = 0, Monday = 1, Tuesday = 2, Wednesday = 3, Thursday = 4, Friday = 5, Saturday = 6 }

    // A date and time in 100-ns ticks since 0001-01-01, proleptic Gregorian, as in .NET. A Kiln image has no time
    // zone: local time is UTC. Formatting follows the invariant culture (standard and custom format strings).
    public readonly struct DateTime : IComparable<DateTime>, IEquatable<DateTime>, IFormattable
    {
        private const long TicksPerMillisecond = TimeSpan.TicksPerMillisecond;
        private const long TicksPerSecond = TimeSpan.TicksPerSecond;
        private const long TicksPerDay = TimeSpan.TicksPerDay;
        private const long UnixEpochTicks = 621_355_968_000_000_000;
        private const long MaxTicks = 3_155_378_975_999_999_999;
        private const int UnixEpochDays = 719_162;

        public static readonly DateTime MinValue = new DateTime(0, DateTimeKind.Unspecified);
        public static readonly DateTime MaxValue = new DateTime(MaxTicks, DateTimeKind.Unspecified);
        public static readonly DateTime UnixEpoch = new DateTime(UnixEpochTicks, DateTimeKind.Utc);

        private readonly long _ticks;
        private readonly DateTimeKind _kind;

        public DateTime(long ticks) : this(ticks, DateTimeKind.Unspecified) { }

        public DateTime(long ticks, DateTimeKind kind)
        {
            if ((ulong)ticks > MaxTicks) throw new ArgumentOutOfRangeException(nameof(ticks), "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
            _ticks = ticks;
            _kind = kind;
        }

        public DateTime(int year, int month, int day) : this(DateToTicks(year, month, day), DateTimeKind.Unspecified) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second)
            : this(year, month, day, hour, minute, second, 0, DateTimeKind.Unspecified) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind)
            : this(year, month, day, hour, minute, second, 0, kind) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond)
            : this(year, month, day, hour, minute, second, millisecond, DateTimeKind.Unspecified) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind)
        {
            if ((uint)hour >= 24 || (uint)minute >= 60 || (uint)second >= 60)
                throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
            if ((uint)millisecond >= 1000) throw new ArgumentOutOfRangeException(nameof(millisecond));
            _ticks = DateToTicks(year, month, day) + hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute
                + second * TicksPerSecond + millisecond * TicksPerMillisecond;
            _kind = kind;
        }

        public static DateTime UtcNow => new DateTime(UnixEpochTicks + Kiln.Runtime.Platform.WallNs() / 100, DateTimeKind.Utc);
        public static DateTime Now => new DateTime(UnixEpochTicks + Kiln.Runtime.Platform.WallNs() / 100, DateTimeKind.Local);
        public static DateTime Today => Now.Date;

        public long Ticks => _ticks;
        public DateTimeKind Kind => _kind;
        public DateTime Date => new DateTime(_ticks - _ticks % TicksPerDay, _kind);
        public TimeSpan TimeOfDay => new TimeSpan(_ticks % TicksPerDay);
        public int Hour => (int)(_ticks / TimeSpan.TicksPerHour % 24);
        public int Minute => (int)(_ticks / TimeSpan.TicksPerMinute % 60);
        public int Second => (int)(_ticks / TicksPerSecond % 60);
        public int Millisecond => (int)(_ticks / TicksPerMillisecond % 1000);
        public int Microsecond => (int)(_ticks / TimeSpan.TicksPerMicrosecond % 1000);
        public DayOfWeek DayOfWeek => (DayOfWeek)((_ticks / TicksPerDay + 1) % 7);
        public int Year { get { Civil(out int y, out _, out _); return y; } }
        public int Month { get { Civil(out _, out int m, out _); return m; } }
        public int Day { get { Civil(out _, out _, out int d); return d; } }
        public int DayOfYear => (int)(_ticks / TicksPerDay - DateToTicks(Year, 1, 1) / TicksPerDay) + 1;

        public static bool IsLeapYear(int year)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException(nameof(year), "Year must be between 1 and 9999.");
            return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        }

        public static int DaysInMonth(int year, int month)
        {
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException(nameof(month), "Month must be between one and twelve.");
            return month == 2 ? (IsLeapYear(year) ? 29 : 28) : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
        }

        private static long DateToTicks(int year, int month, int day)
        {
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month))
                throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            return (Kiln.Runtime.Calendar.DaysFromCivil(year, month, day) + UnixEpochDays) * TicksPerDay;
        }

        private void Civil(out int year, out int month, out int day) =>
            Kiln.Runtime.Calendar.CivilFromDays(_ticks / TicksPerDay - UnixEpochDays, out year, out month, out day);

        public DateTime AddTicks(long value)
        {
            long ticks = _ticks + value;
            if ((ulong)ticks > MaxTicks) throw new ArgumentOutOfRangeException(nameof(value), "The added or subtracted value results in an un-representable DateTime.");
            return new DateTime(ticks, _kind);
        }

        public DateTime Add(TimeSpan value) => AddTicks(value.Ticks);
        public DateTime AddMilliseconds(double value) => AddTicks((long)(value * TicksPerMillisecond));
        public DateTime AddSeconds(double value) => AddTicks((long)(value * TicksPerSecond));
        public DateTime AddMinutes(double value) => AddTicks((long)(value * TimeSpan.TicksPerMinute));
        public DateTime AddHours(double value) => AddTicks((long)(value * TimeSpan.TicksPerHour));
        public DateTime AddDays(double value) => AddTicks((long)(value * TicksPerDay));

        public DateTime AddMonths(int months)
        {
            Civil(out int y, out int m, out int d);
            int total = y * 12 + (m - 1) + months;
            int year = total / 12, month = total % 12 + 1;
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException(nameof(months), "The added or subtracted value results in an un-representable DateTime.");
            int days = DaysInMonth(year, month);
            return new DateTime(DateToTicks(year, month, d > days ? days : d) + _ticks % TicksPerDay, _kind);
        }

        public DateTime AddYears(int value) => AddMonths(value * 12);
        public TimeSpan Subtract(DateTime value) => new TimeSpan(_ticks - value._ticks);
        public DateTime Subtract(TimeSpan value) => AddTicks(-value.Ticks);
        public DateTime ToUniversalTime() => new DateTime(_ticks, DateTimeKind.Utc);
        public DateTime ToLocalTime() => new DateTime(_ticks, DateTimeKind.Local);
        public static DateTime SpecifyKind(DateTime value, DateTimeKind kind) => new DateTime(value._ticks, kind);
        public long ToUnixTimeMilliseconds() => (_ticks - UnixEpochTicks) / TicksPerMillisecond;

        public static DateTime operator +(DateTime d, TimeSpan t) => d.AddTicks(t.Ticks);
        public static DateTime operator -(DateTime d, TimeSpan t) => d.AddTicks(-t.Ticks);
        public static TimeSpan operator -(DateTime d1, DateTime d2) => new TimeSpan(d1._ticks - d2._ticks);
        public static bool operator ==(DateTime d1, DateTime d2) => d1._ticks == d2._ticks;
        public static bool operator !=(DateTime d1, DateTime d2) => d1._ticks != d2._ticks;
        public static bool operator <(DateTime t1, DateTime t2) => t1._ticks < t2._ticks;
        public static bool operator <=(DateTime t1, DateTime t2) => t1._ticks <= t2._ticks;
        public static bool operator >(DateTime t1, DateTime t2) => t1._ticks > t2._ticks;
        public static bool operator >=(DateTime t1, DateTime t2) => t1._ticks >= t2._ticks;

        public int CompareTo(DateTime value) => _ticks < value._ticks ? -1 : _ticks > value._ticks ? 1 : 0;
        public bool Equals(DateTime value) => _ticks == value._ticks;
        public override bool Equals(object value) => value is DateTime d && d._ticks == _ticks;
        public override int GetHashCode() => (int)_ticks ^ (int)(_ticks >> 32);

        public override string ToString() => ToString("G", null);
        public string ToString(string format) => ToString(format, null);

        public string ToString(string format, IFormatProvider provider)
        {
            if (format == null || format.Length == 0) format = "G";
            if (format.Length == 1)
            {
                format = format[0] switch
                {
                    'd' => "MM/dd/yyyy",
                    'D' => "dddd, dd MMMM yyyy",
                    'f' => "dddd, dd MMMM yyyy HH:mm",
                    'F' => "dddd, dd MMMM yyyy HH:mm:ss",
                    'g' => "MM/dd/yyyy HH:mm",
                    'G' => "MM/dd/yyyy HH:mm:ss",
                    'M' or 'm' => "MMMM dd",
                    'o' or 'O' => "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
                    'r' or 'R' => "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
                    's' => "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
                    't' => "HH:mm",
                    'T' => "HH:mm:ss",
                    'u' => "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
                    'Y' or 'y' => "yyyy MMMM",
                    _ => throw new FormatException("Input string was not in a correct format."),
                };
            }
            return FormatCustom(format);
        }

        private static readonly string[] s_days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
        private static readonly string[] s_months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

        // Custom format patterns of the invariant culture: y M d h H m s f F t K, quoted literals and \ escapes.
        private string FormatCustom(string format)
        {
            Civil(out int year, out int month, out int day);
            var sb = new StringBuilder(format.Length + 16);
            int i = 0;
            while (i < format.Length)
            {
                char c = format[i];
                int n = 1;
                while (i + n < format.Length && format[i + n] == c) n++;
                switch (c)
                {
                    case 'y':
                        if (n <= 2) Pad(sb, year % 100, n);
                        else Pad(sb, year, n);
                        break;
                    case 'M':
                        if (n <= 2) Pad(sb, month, n);
                        else sb.Append(n == 3 ? s_months[month - 1].Substring(0, 3) : s_months[month - 1]);
                        break;
                    case 'd':
                        if (n <= 2) Pad(sb, day, n);
                        else sb.Append(n == 3 ? s_days[(int)DayOfWeek].Substring(0, 3) : s_days[(int)DayOfWeek]);
                        break;
                    case 'h': Pad(sb, Hour % 12 == 0 ? 12 : Hour % 12, n > 2 ? 2 : n); break;
                    case 'H': Pad(sb, Hour, n > 2 ? 2 : n); break;
                    case 'm': Pad(sb, Minute, n > 2 ? 2 : n); break;
                    case 's': Pad(sb, Second, n > 2 ? 2 : n); break;
                    case 'f':
                    case 'F':
                        if (n > 7) throw new FormatException("Input string was not in a correct format.");
                        long fraction = _ticks % TicksPerSecond;
                        for (int k = n; k < 7; k++) fraction /= 10;
                        if (c == 'f') Pad(sb, (int)fraction, n);
                        else if (fraction != 0)
                        {
                            int digits = n;
                            while (fraction % 10 == 0) { fraction /= 10; digits--; }
                            Pad(sb, (int)fraction, digits);
                        }
                        else if (sb.Length > 0 && sb[sb.Length - 1] == '.') sb.Length--;
                        break;
                    case 't':
                        sb.Append(n == 1 ? (Hour < 12 ? "A" : "P") : (Hour < 12 ? "AM" : "PM"));
                        break;
                    case 'K':
                        if (_kind == DateTimeKind.Utc) sb.Append('Z');
                        else if (_kind == DateTimeKind.Local) sb.Append("+00:00");
                        n = 1;
                        break;
                    case '\'':
                    case '"':
                        int end = format.IndexOf(c, i + 1);
                        if (end < 0) throw new FormatException("Cannot find a matching quote character for the character '" + c + "'.");
                        sb.Append(format, i + 1, end - i - 1);
                        n = end - i + 1;
                        break;
                    case '\\':
                        if (i + 1 >= format.Length) throw new FormatException("Input string was not in a correct format.");
                        sb.Append(format[i + 1]);
                        n = 2;
                        break;
                    default:
                        sb.Append(c);
                        n = 1;
                        break;
                }
                i += n;
            }
            return sb.ToString();
        }

        private static void Pad(StringBuilder sb, int value, int width)
        {
            string digits = value.ToString();
            for (int k = digits.Length; k < width; k++) sb.Append('0');
            sb.Append(digits);
        }
    }
}
