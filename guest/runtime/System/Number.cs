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

        // Writes the decimal digits of value backwards ending at end; returns how many. Two digits per division:
        // the divisions are most of the cost.
        internal static int WriteDigits(char* end, ulong value)
        {
            char* p = end;
            ReadOnlySpan<byte> pairs = DigitPairs;
            while (value > uint.MaxValue)
            {
                int r = (int)(value % 100) * 2;
                value /= 100;
                *--p = (char)pairs[r + 1];
                *--p = (char)pairs[r];
            }
            // 32-bit division by a constant is a cheaper multiply than 64-bit.
            uint v = (uint)value;
            while (v >= 100)
            {
                int r = (int)(v % 100) * 2;
                v /= 100;
                *--p = (char)pairs[r + 1];
                *--p = (char)pairs[r];
            }
            if (v >= 10)
            {
                int r = (int)v * 2;
                *--p = (char)pairs[r + 1];
                *--p = (char)pairs[r];
            }
            else *--p = (char)('0' + (int)v);
            return (int)(end - p);
        }

        private static ReadOnlySpan<byte> DigitPairs =>
            "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

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
    }
}

