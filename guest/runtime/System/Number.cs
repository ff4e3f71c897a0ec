// Integer <-> text conversions shared by the primitive types, string interpolation and StringBuilder.
namespace System
{
    internal static unsafe partial class Number
    {
        public static string Int64ToString(long value)
        {
            if (value >= 0) return UInt64ToString((ulong)value);
            char* buf = stackalloc char[20];
            int n = WriteDigits(buf + 20, (ulong)(-(value + 1)) + 1);
            buf[19 - n] = '-';
            return new string(buf + 19 - n, 0, n + 1);
        }

        public static string UInt64ToString(ulong value)
        {
            if (value < 10) return SingleDigit((int)value);
            char* buf = stackalloc char[20];
            int n = WriteDigits(buf + 20, value);
            return new string(buf + 20 - n, 0, n);
        }

        private static string SingleDigit(int d) => d switch
        {
            0 => "0", 1 => "1", 2 => "2", 3 => "3", 4 => "4", 5 => "5", 6 => "6", 7 => "7", 8 => "8", _ => "9",
        };

        // Writes the decimal digits of value backwards ending at end; returns how many.
        private static int WriteDigits(char* end, ulong value)
        {
            int n = 0;
            do
            {
                *--end = (char)('0' + (int)(value % 10));
                value /= 10;
                n++;
            } while (value != 0);
            return n;
        }

        public static string FormatInt64(long value, string format)
        {
            if (string.IsNullOrEmpty(format)) return Int64ToString(value);
            char kind = format[0];
            if (kind == 'x' || kind == 'X') return FormatUInt64((ulong)value, format);
            if (value >= 0) return FormatUInt64((ulong)value, format);
            string digits = FormatUInt64((ulong)(-(value + 1)) + 1, format);
            return string.Concat("-", digits);
        }

        public static string FormatUInt64(ulong value, string format)
        {
            if (string.IsNullOrEmpty(format)) return UInt64ToString(value);
            char kind = format[0];
            int width = 0;
            for (int i = 1; i < format.Length; i++)
            {
                char c = format[i];
                if (c < '0' || c > '9') ThrowHelpers.ThrowFormat("Format specifier was invalid.");
                width = width * 10 + (c - '0');
            }
            char* buf = stackalloc char[64];
            int n = 0;
            if (kind == 'x' || kind == 'X')
            {
                char a = kind == 'x' ? 'a' : 'A';
                do
                {
                    int d = (int)(value & 0xF);
                    buf[63 - n++] = (char)(d < 10 ? '0' + d : a + d - 10);
                    value >>= 4;
                } while (value != 0);
            }
            else if (kind == 'D' || kind == 'd')
            {
                n = WriteDigits(buf + 64, value);
            }
            else
            {
                ThrowHelpers.ThrowFormat("Format specifier was invalid.");
            }
            if (width > 60) width = 60;
            while (n < width) buf[63 - n++] = '0';
            return new string(buf + 64 - n, 0, n);
        }

        public static bool TryParseInt64(string s, long min, long max, out long result)
        {
            result = 0;
            if (s == null) return false;
            int i = 0, len = s.Length;
            while (i < len && char.IsWhiteSpace(s[i])) i++;
            while (len > i && char.IsWhiteSpace(s[len - 1])) len--;
            bool negative = false;
            if (i < len && (s[i] == '-' || s[i] == '+')) { negative = s[i] == '-'; i++; }
            if (i >= len) return false;
            ulong limit = negative ? (ulong)(-(min + 1)) + 1 : (ulong)max;
            ulong acc = 0;
            for (; i < len; i++)
            {
                int d = s[i] - '0';
                if ((uint)d > 9) return false;
                if (acc > (limit - (ulong)d) / 10) return false;
                acc = acc * 10 + (ulong)d;
            }
            result = negative ? (long)(0 - acc) : (long)acc;
            return true;
        }

        public static long ParseInt64(string s, long min, long max)
        {
            if (s == null) ThrowHelpers.ThrowArgumentNull("s");
            if (!TryParseInt64(s, min, max, out long v)) ThrowHelpers.ThrowFormat("The input string '" + s + "' was not in a correct format.");
            return v;
        }
    }
}

namespace System
{

    internal static unsafe partial class Number
    {
        // Fixed-precision formatting (digits significant digits, trailing zeros trimmed). It agrees with .NET's
        // shortest round-trip output for values that have a short exact decimal form.
        public static string DoubleToString(double value, int digits)
        {
            if (value != value) return "NaN";
            if (value == 1.0 / 0.0) return "Infinity";
            if (value == -1.0 / 0.0) return "-Infinity";
            if (value == 0) return "0";
            var sb = new System.Text.StringBuilder();
            if (value < 0) { sb.Append('-'); value = -value; }
            int exp = 0;
            while (value >= 10) { value /= 10; exp++; }
            while (value < 1) { value *= 10; exp--; }
            char* d = stackalloc char[20];
            for (int i = 0; i < digits; i++)
            {
                int digit = (int)value;
                d[i] = (char)('0' + digit);
                value = (value - digit) * 10;
            }
            if (value >= 5)
            {
                int i = digits - 1;
                while (i >= 0 && d[i] == '9') d[i--] = '0';
                if (i < 0) { d[0] = '1'; exp++; } else d[i]++;
            }
            int n = digits;
            while (n > 1 && d[n - 1] == '0') n--;
            if (exp >= 15 || exp < -5)
            {
                sb.Append(d[0]);
                if (n > 1) { sb.Append('.'); for (int i = 1; i < n; i++) sb.Append(d[i]); }
                sb.Append(exp < 0 ? "E-" : "E+").Append((exp < 0 ? -exp : exp).ToString("D2"));
                return sb.ToString();
            }
            if (exp < 0)
            {
                sb.Append("0.");
                for (int i = -1; i > exp; i--) sb.Append('0');
                for (int i = 0; i < n; i++) sb.Append(d[i]);
                return sb.ToString();
            }
            for (int i = 0; i <= exp; i++) sb.Append(i < n ? d[i] : '0');
            if (n > exp + 1) { sb.Append('.'); for (int i = exp + 1; i < n; i++) sb.Append(d[i]); }
            return sb.ToString();
        }
    }
}
