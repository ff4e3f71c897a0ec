using System.Globalization;

// Conversions between the base types, radix text and Base64, with .NET's rounding (to even), range checks and texts.
namespace System
{
    public static class Convert
    {
        private const string Base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        // --- radix text ---

        public static string ToString(byte value, int toBase) => ToBase((ulong)value, 8, toBase, false);
        public static string ToString(short value, int toBase) => ToBase((ushort)value, 16, toBase, value < 0);
        public static string ToString(int value, int toBase) => ToBase((uint)value, 32, toBase, value < 0);
        public static string ToString(long value, int toBase) => ToBase((ulong)value, 64, toBase, value < 0);

        private static string ToBase(ulong bits, int width, int toBase, bool negative)
        {
            if (toBase == 10)
            {
                if (!negative) return Number.UInt64ToString(bits);
                long signedValue = width == 64 ? (long)bits : (long)(bits | (ulong.MaxValue << width));
                return Number.Int64ToString(signedValue);
            }
            int shift = toBase == 2 ? 1 : toBase == 8 ? 3 : toBase == 16 ? 4 : 0;
            if (shift == 0) throw new ArgumentException("Invalid Base.");
            // Negative values print their two's-complement bits for the type's width (octal groups the 64-bit form).
            char[] buf = new char[64];
            int n = 0;
            ulong mask = (1UL << shift) - 1;
            do
            {
                int d = (int)(bits & mask);
                buf[63 - n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
                bits >>= shift;
            } while (bits != 0);
            return new string(buf, 64 - n, n);
        }

        public static int ToInt32(string value, int fromBase) => value == null ? 0 : (int)FromBase(value, fromBase, 32);
        public static long ToInt64(string value, int fromBase) => value == null ? 0 : (long)FromBase(value, fromBase, 64);
        public static short ToInt16(string value, int fromBase) => value == null ? (short)0 : (short)FromBase(value, fromBase, 16);
        public static byte ToByte(string value, int fromBase) => value == null ? (byte)0 : (byte)FromBase(value, fromBase, 8);
        public static uint ToUInt32(string value, int fromBase) => value == null ? 0 : (uint)FromBase(value, fromBase, 32);
        public static ulong ToUInt64(string value, int fromBase) => value == null ? 0 : FromBase(value, fromBase, 64);

        private static ulong FromBase(string s, int fromBase, int width)
        {
            if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16) throw new ArgumentException("Invalid Base.");
            if (fromBase == 10)
            {
                long v = Number.ParseInteger(s, NumberStyles.AllowLeadingSign, width, true, width == 64 ? "Int64" : width == 32 ? "Int32" : width == 16 ? "Int16" : "Byte");
                return (ulong)v;
            }
            int i = 0;
            if (s.Length == 0) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (s[0] == '-') throw new ArgumentException("String cannot contain a minus sign if the base is not 10.");
            if (fromBase == 16 && s.Length >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) i = 2;
            if (i == s.Length) throw new FormatException("Could not find any recognizable digits.");
            ulong acc = 0;
            for (; i < s.Length; i++)
            {
                int d = Number.HexValue(s[i]);
                if (d < 0 || d >= fromBase)
                {
                    if (acc == 0 && i == 0) throw new FormatException("Could not find any recognizable digits.");
                    throw new FormatException("Additional non-parsable characters are at the end of the string.");
                }
                ulong next = acc * (ulong)fromBase + (ulong)d;
                if ((width < 64 && next >> width != 0) || next / (ulong)fromBase != acc) throw new OverflowException(width == 8 ? "Value was either too large or too small for an unsigned byte." : "Value was either too large or too small for an Int" + width.ToString() + ".");
                acc = next;
            }
            // The digits are the raw bits: sign-extend.
            if (width < 64 && (acc >> (width - 1)) != 0 && width != 8) acc |= ulong.MaxValue << width;
            return acc;
        }

        // --- to integers: doubles round half to even ---

        private static long RoundToInt64(double value, double min, double max, string type)
        {
            double r = Math.Round(value);
            if (!(r >= min && r <= max)) throw new OverflowException("Value was either too large or too small for " + type + ".");
            return (long)r;
        }

        public static int ToInt32(double value) => (int)RoundToInt64(value, int.MinValue, int.MaxValue, "an Int32");
        public static int ToInt32(float value) => ToInt32((double)value);
        public static int ToInt32(decimal value) => decimal.ToInt32(decimal.Round(value, 0));
        public static int ToInt32(long value) { if (value < int.MinValue || value > int.MaxValue) throw new OverflowException("Value was either too large or too small for an Int32."); return (int)value; }
        public static int ToInt32(uint value) { if (value > int.MaxValue) throw new OverflowException("Value was either too large or too small for an Int32."); return (int)value; }
        public static int ToInt32(ulong value) { if (value > int.MaxValue) throw new OverflowException("Value was either too large or too small for an Int32."); return (int)value; }
        public static int ToInt32(int value) => value;
        public static int ToInt32(short value) => value;
        public static int ToInt32(byte value) => value;
        public static int ToInt32(char value) => value;
        public static int ToInt32(bool value) => value ? 1 : 0;
        public static int ToInt32(string value) => value == null ? 0 : int.Parse(value);
        public static int ToInt32(string value, IFormatProvider provider) => value == null ? 0 : int.Parse(value);
        public static int ToInt32(object value) => value == null ? 0 : ToInt32Object(value);

        private static int ToInt32Object(object value)
        {
            switch (value)
            {
                case int i: return i;
                case long l: return ToInt32(l);
                case short s: return s;
                case byte b: return b;
                case uint u: return ToInt32(u);
                case double d: return ToInt32(d);
                case float f: return ToInt32(f);
                case decimal m: return ToInt32(m);
                case bool z: return z ? 1 : 0;
                case char c: return c;
                case string str: return int.Parse(str);
            }
            throw new InvalidCastException("Unable to cast object to type 'System.IConvertible'.");
        }

        public static long ToInt64(double value) => RoundToInt64(value, -9223372036854775808.0, 9223372036854774784.0, "an Int64");
        public static long ToInt64(float value) => ToInt64((double)value);
        public static long ToInt64(decimal value) => decimal.ToInt64(decimal.Round(value, 0));
        public static long ToInt64(int value) => value;
        public static long ToInt64(long value) => value;
        public static long ToInt64(bool value) => value ? 1 : 0;
        public static long ToInt64(string value) => value == null ? 0 : long.Parse(value);
        public static long ToInt64(object value)
        {
            switch (value)
            {
                case null: return 0;
                case long l: return l;
                case int i: return i;
                case double d: return ToInt64(d);
                case decimal m: return ToInt64(m);
                case string s: return long.Parse(s);
            }
            return ToInt32Object(value);
        }

        public static short ToInt16(double value) => (short)RoundToInt64(value, short.MinValue, short.MaxValue, "an Int16");
        public static short ToInt16(int value) { if (value < short.MinValue || value > short.MaxValue) throw new OverflowException("Value was either too large or too small for an Int16."); return (short)value; }
        public static short ToInt16(string value) => value == null ? (short)0 : short.Parse(value);
        public static byte ToByte(double value) => (byte)RoundToInt64(value, 0, 255, "an unsigned byte");
        public static byte ToByte(int value) { if ((uint)value > 255) throw new OverflowException("Value was either too large or too small for an unsigned byte."); return (byte)value; }
        public static byte ToByte(char value) { if (value > 255) throw new OverflowException("Value was either too large or too small for an unsigned byte."); return (byte)value; }
        public static byte ToByte(string value) => value == null ? (byte)0 : byte.Parse(value);
        public static byte ToByte(bool value) => value ? (byte)1 : (byte)0;
        public static uint ToUInt32(double value) => (uint)RoundToInt64(value, 0, uint.MaxValue, "a UInt32");
        public static uint ToUInt32(long value) { if ((ulong)value > uint.MaxValue) throw new OverflowException("Value was either too large or too small for a UInt32."); return (uint)value; }
        public static uint ToUInt32(string value) => value == null ? 0 : uint.Parse(value);
        public static ulong ToUInt64(string value) => value == null ? 0 : ulong.Parse(value);
        public static ulong ToUInt64(long value) { if (value < 0) throw new OverflowException("Value was either too large or too small for a UInt64."); return (ulong)value; }
        public static char ToChar(int value) { if ((uint)value > 0xFFFF) throw new OverflowException("Value was either too large or too small for a character."); return (char)value; }
        public static char ToChar(byte value) => (char)value;
        public static char ToChar(string value)
        {
            if (value == null) ThrowHelpers.ThrowArgumentNull("value");
            if (value.Length != 1) throw new FormatException("String must be exactly one character long.");
            return value[0];
        }

        // --- to floating point and decimal ---

        public static double ToDouble(int value) => value;
        public static double ToDouble(long value) => value;
        public static double ToDouble(float value) => value;
        public static double ToDouble(double value) => value;
        public static double ToDouble(decimal value) => (double)value;
        public static double ToDouble(bool value) => value ? 1 : 0;
        public static double ToDouble(string value) => value == null ? 0 : double.Parse(value);
        public static double ToDouble(string value, IFormatProvider provider) => value == null ? 0 : double.Parse(value);
        public static double ToDouble(object value)
        {
            switch (value)
            {
                case null: return 0;
                case double d: return d;
                case float f: return f;
                case int i: return i;
                case long l: return l;
                case decimal m: return (double)m;
                case short s: return s;
                case byte b: return b;
                case bool z: return z ? 1 : 0;
                case string str: return double.Parse(str);
            }
            throw new InvalidCastException("Unable to cast object to type 'System.IConvertible'.");
        }
        public static float ToSingle(double value) => (float)value;
        public static float ToSingle(int value) => value;
        public static float ToSingle(string value) => value == null ? 0 : float.Parse(value);
        public static decimal ToDecimal(int value) => value;
        public static decimal ToDecimal(long value) => value;
        public static decimal ToDecimal(double value) => (decimal)value;
        public static decimal ToDecimal(float value) => (decimal)value;
        public static decimal ToDecimal(string value) => value == null ? 0m : decimal.Parse(value);
        public static decimal ToDecimal(string value, IFormatProvider provider) => value == null ? 0m : decimal.Parse(value);
        public static decimal ToDecimal(bool value) => value ? 1m : 0m;

        public static bool ToBoolean(string value) => value != null && bool.Parse(value);
        public static bool ToBoolean(int value) => value != 0;
        public static bool ToBoolean(long value) => value != 0;
        public static bool ToBoolean(double value) => value != 0;
        public static bool ToBoolean(decimal value) => value != 0m;
        public static bool ToBoolean(bool value) => value;
        public static bool ToBoolean(object value)
        {
            switch (value)
            {
                case null: return false;
                case bool b: return b;
                case string s: return bool.Parse(s);
                case int i: return i != 0;
                case long l: return l != 0;
                case double d: return d != 0;
                case decimal m: return m != 0m;
            }
            throw new InvalidCastException("Unable to cast object to type 'System.IConvertible'.");
        }

        public static string ToString(int value) => value.ToString();
        public static string ToString(long value) => value.ToString();
        public static string ToString(double value) => value.ToString();
        public static string ToString(float value) => value.ToString();
        public static string ToString(decimal value) => value.ToString();
        public static string ToString(bool value) => value.ToString();
        public static string ToString(char value) => value.ToString();
        public static string ToString(byte value) => value.ToString();
        public static string ToString(int value, IFormatProvider provider) => value.ToString();
        public static string ToString(double value, IFormatProvider provider) => value.ToString();
        public static string ToString(decimal value, IFormatProvider provider) => value.ToString();
        public static string ToString(object value) => value?.ToString() ?? string.Empty;
        public static string ToString(object value, IFormatProvider provider) =>
            value is IFormattable f ? f.ToString(null, provider) : value?.ToString() ?? string.Empty;

        // --- Base64 and hex ---

        public static string ToBase64String(byte[] inArray)
        {
            if (inArray == null) ThrowHelpers.ThrowArgumentNull("inArray");
            return ToBase64String(inArray, 0, inArray.Length);
        }

        public static string ToBase64String(byte[] inArray, int offset, int length)
        {
            if (inArray == null) ThrowHelpers.ThrowArgumentNull("inArray");
            if (offset < 0 || length < 0 || offset > inArray.Length - length) ThrowHelpers.ThrowArgumentOutOfRange("offset");
            char[] o = new char[(length + 2) / 3 * 4];
            int j = 0, i = offset, end = offset + length;
            for (; i + 2 < end; i += 3)
            {
                int v = (inArray[i] << 16) | (inArray[i + 1] << 8) | inArray[i + 2];
                o[j++] = Base64Chars[v >> 18]; o[j++] = Base64Chars[(v >> 12) & 63];
                o[j++] = Base64Chars[(v >> 6) & 63]; o[j++] = Base64Chars[v & 63];
            }
            if (end - i == 1)
            {
                int v = inArray[i] << 16;
                o[j++] = Base64Chars[v >> 18]; o[j++] = Base64Chars[(v >> 12) & 63]; o[j++] = '='; o[j++] = '=';
            }
            else if (end - i == 2)
            {
                int v = (inArray[i] << 16) | (inArray[i + 1] << 8);
                o[j++] = Base64Chars[v >> 18]; o[j++] = Base64Chars[(v >> 12) & 63]; o[j++] = Base64Chars[(v >> 6) & 63]; o[j++] = '=';
            }
            return new string(o);
        }

        private static int Base64Value(char c)
        {
            if (c >= 'A' && c <= 'Z') return c - 'A';
            if (c >= 'a' && c <= 'z') return c - 'a' + 26;
            if (c >= '0' && c <= '9') return c - '0' + 52;
            if (c == '+') return 62;
            if (c == '/') return 63;
            return -1;
        }

        private const string BadBase64 = "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.";

        // Whitespace is skipped; padding must complete the last quantum, as .NET requires.
        public static byte[] FromBase64String(string s)
        {
            if (s == null) ThrowHelpers.ThrowArgumentNull("s");
            char[] clean = new char[s.Length];
            int n = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
                clean[n++] = c;
            }
            if (n % 4 != 0) throw new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
            int pad = 0;
            if (n > 0 && clean[n - 1] == '=') pad++;
            if (n > 1 && clean[n - 2] == '=') pad++;
            byte[] r = new byte[n / 4 * 3 - pad];
            int o = 0;
            for (int i = 0; i < n; i += 4)
            {
                int v = 0;
                for (int k = 0; k < 4; k++)
                {
                    char c = clean[i + k];
                    int d;
                    if (c == '=' && i + 4 == n && k >= 4 - pad) d = 0;
                    else { d = Base64Value(c); if (d < 0) throw new FormatException(BadBase64); }
                    v = (v << 6) | d;
                }
                r[o++] = (byte)(v >> 16);
                if (o < r.Length) r[o++] = (byte)(v >> 8);
                if (o < r.Length && (i + 4 < n || pad == 0)) r[o++] = (byte)v;
            }
            return r;
        }

        public static string ToHexString(byte[] inArray) => ToHexString(inArray, 0, inArray.Length, false);
        public static string ToHexString(byte[] inArray, int offset, int length) => ToHexString(inArray, offset, length, false);
        public static string ToHexStringLower(byte[] inArray) => ToHexString(inArray, 0, inArray.Length, true);

        private static string ToHexString(byte[] a, int offset, int length, bool lower)
        {
            if (a == null) ThrowHelpers.ThrowArgumentNull("inArray");
            char[] c = new char[length * 2];
            for (int i = 0; i < length; i++)
            {
                byte b = a[offset + i];
                c[2 * i] = Hex(b >> 4, lower);
                c[2 * i + 1] = Hex(b & 15, lower);
            }
            return new string(c);
        }

        private static char Hex(int d, bool lower) => (char)(d < 10 ? '0' + d : (lower ? 'a' : 'A') + d - 10);

        public static byte[] FromHexString(string s)
        {
            if (s == null) ThrowHelpers.ThrowArgumentNull("s");
            if ((s.Length & 1) != 0) throw new FormatException("The input is not a valid hex string as its length is not a multiple of 2.");
            byte[] r = new byte[s.Length / 2];
            for (int i = 0; i < r.Length; i++)
            {
                int hi = Number.HexValue(s[2 * i]), lo = Number.HexValue(s[2 * i + 1]);
                if (hi < 0 || lo < 0) throw new FormatException("The input is not a valid hex string as it contains a non-hex character.");
                r[i] = (byte)((hi << 4) | lo);
            }
            return r;
        }
    }
}
