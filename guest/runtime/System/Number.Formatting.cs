using System.Globalization;
using System.Text;

// Standard and custom numeric format strings, as .NET formats them with the invariant culture (the only culture
// Kiln has). Every numeric type first becomes a NumberBuffer of decimal digits; the formats work on that.
namespace System
{
    internal static unsafe partial class Number
    {
        internal static char HexUpper(int d) => (char)(d < 10 ? '0' + d : 'A' + d - 10);

        // Splits "X4" into 'X' and 4; precision -1 when absent, kind '\0' when the format is custom.
        private static char ParseStandard(string format, out int precision)
        {
            precision = -1;
            if (string.IsNullOrEmpty(format)) return 'G';
            char c = format[0];
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return '\0';
            if (format.Length == 1) return c;
            int p = 0;
            for (int i = 1; i < format.Length; i++)
            {
                int d = format[i] - '0';
                if ((uint)d > 9) return '\0';
                p = p * 10 + d;
                if (p > 999999999) ThrowHelpers.ThrowFormat("Format specifier was invalid.");
            }
            precision = p;
            return c;
        }

        [Diagnostics.CodeAnalysis.DoesNotReturn]
        private static void ThrowBadFormat() => ThrowHelpers.ThrowFormat("Format specifier was invalid.");

        // --- integers ---

        // magnitude and sign of the value; bits: its two's-complement form for X (already masked to the type's width).
        internal static string FormatInteger(ulong magnitude, bool negative, ulong bits, string format)
        {
            char kind = ParseStandard(format, out int precision);
            if ((kind == 'G' || kind == 'g') && precision <= 0)
                return negative ? "-" + UInt64ToString(magnitude) : UInt64ToString(magnitude);
            if (kind == 'D' || kind == 'd')
            {
                string digits = FormatUInt64(magnitude, precision < 0 ? "D" : "D" + Int64ToString(precision));
                return negative ? "-" + digits : digits;
            }
            if (kind == 'X' || kind == 'x') return FormatHex(bits, kind == 'x', precision);
            if (kind == 'B' || kind == 'b')
            {
                char* b = stackalloc char[64];
                int n = 0;
                do { b[63 - n++] = (char)('0' + (int)(bits & 1)); bits >>= 1; } while (bits != 0);
                while (n < precision && n < 64) b[63 - n++] = '0';
                string s = new string(b, 64 - n, n);
                return precision > 64 ? s.PadLeft(precision, '0') : s;
            }
            byte* digitsBuf = stackalloc byte[24];
            var number = new NumberBuffer(digitsBuf, 24);
            number.IsNegative = negative;
            int count = 0;
            byte* tmp = stackalloc byte[20];
            ulong v = magnitude;
            do { tmp[count++] = (byte)('0' + (int)(v % 10)); v /= 10; } while (v != 0);
            for (int i = 0; i < count; i++) digitsBuf[i] = tmp[count - 1 - i];
            number.Count = count;
            number.Scale = count;
            if (magnitude == 0) { number.Count = 0; number.Scale = 0; }
            else while (number.Count > 0 && digitsBuf[number.Count - 1] == '0') number.Count--;
            if (kind == '\0') return FormatCustom(ref number, format);
            if (kind == 'R' || kind == 'r') ThrowBadFormat();
            return FormatStandard(ref number, kind, precision, number.Scale);
        }

        private static string FormatHex(ulong bits, bool lower, int precision)
        {
            char* buf = stackalloc char[16];
            int n = 0;
            char a = lower ? 'a' : 'A';
            do
            {
                int d = (int)(bits & 0xF);
                buf[15 - n++] = (char)(d < 10 ? '0' + d : a + d - 10);
                bits >>= 4;
            } while (bits != 0);
            string s = new string(buf, 16 - n, n);
            return precision > n ? s.PadLeft(precision, '0') : s;
        }

        // --- double and float ---

        internal static string FormatDouble(double value, string format) => FormatFloat(value, format, false);
        internal static string FormatSingle(float value, string format) => FormatFloat(value, format, true);

        private static string FormatFloat(double value, string format, bool isSingle)
        {
            char kind = ParseStandard(format, out int precision);
            if (double.IsNaN(value)) return NumberFormatInfo.InvariantNaN;
            if (double.IsInfinity(value)) return value > 0 ? NumberFormatInfo.InvariantPositiveInfinity : NumberFormatInfo.InvariantNegativeInfinity;
            byte* digits = stackalloc byte[DoubleBufferLength];
            var number = new NumberBuffer(digits, DoubleBufferLength);
            int maxRoundTrip = isSingle ? 9 : 17;
            switch (kind)
            {
                case 'R': case 'r':
                    ToDigits(value, isSingle, -1, true, ref number);
                    return FormatGeneralString(ref number, maxRoundTrip, kind == 'r' ? 'e' : 'E', false);
                case 'G': case 'g':
                    if (precision <= 0)
                    {
                        ToDigits(value, isSingle, -1, true, ref number);
                        return FormatGeneralString(ref number, maxRoundTrip, kind == 'g' ? 'e' : 'E', false);
                    }
                    ToDigits(value, isSingle, precision, true, ref number);
                    return FormatGeneralString(ref number, precision, kind == 'g' ? 'e' : 'E', false);
                case 'E': case 'e':
                    if (precision < 0) precision = 6;
                    ToDigits(value, isSingle, precision + 1, true, ref number);
                    return FormatStandard(ref number, kind, precision, number.Scale);
                case 'F': case 'f': case 'N': case 'n': case 'C': case 'c':
                    if (precision < 0) precision = 2;
                    ToDigits(value, isSingle, precision, false, ref number);
                    return FormatStandard(ref number, kind, precision, number.Scale);
                case 'P': case 'p':
                    if (precision < 0) precision = 2;
                    ToDigits(value, isSingle, precision + 2, false, ref number);
                    return FormatStandard(ref number, kind, precision, number.Scale);
                case '\0':
                    ToDigits(value, isSingle, isSingle ? 7 : 15, true, ref number);
                    return FormatCustom(ref number, format);
            }
            ThrowBadFormat();
            return null;
        }

        private static void ToDigits(double value, bool isSingle, int precision, bool significant, ref NumberBuffer number)
        {
            if (isSingle) SingleToNumber((float)value, precision, significant, ref number);
            else DoubleToNumber(value, precision, significant, ref number);
        }

        internal static string DoubleToString(double value) => FormatFloat(value, null, false);
        internal static string SingleToString(float value) => FormatFloat(value, null, true);

        // --- the standard formats over a digit buffer ---

        // Rounds half up at digit position pos (digits before it stay), as .NET's RoundNumber; strips trailing zeros.
        internal static void RoundNumber(ref NumberBuffer number, int pos)
        {
            byte* d = number.Digits;
            int i = 0;
            while (i < pos && i < number.Count) i++;
            if (i == pos && i < number.Count && d[i] >= '5')
            {
                while (i > 0 && d[i - 1] == '9') i--;
                if (i > 0) d[i - 1]++;
                else { number.Scale++; d[0] = (byte)'1'; i = 1; }
            }
            else
            {
                while (i > 0 && d[i - 1] == '0') i--;
            }
            if (i == 0)
            {
                number.Scale = 0;
                if (!number.IsFloatingPoint) number.IsNegative = false;
            }
            number.Count = i;
        }

        private static string FormatStandard(ref NumberBuffer number, char kind, int precision, int scale)
        {
            var sb = new StringBuilder();
            switch (kind)
            {
                case 'F': case 'f':
                    if (precision < 0) precision = 2;
                    RoundNumber(ref number, number.Scale + precision);
                    if (number.IsNegative) sb.Append('-');
                    AppendFixed(sb, ref number, precision, false);
                    break;
                case 'N': case 'n':
                    if (precision < 0) precision = 2;
                    RoundNumber(ref number, number.Scale + precision);
                    if (number.IsNegative) sb.Append('-');
                    AppendFixed(sb, ref number, precision, true);
                    break;
                case 'E': case 'e':
                    if (precision < 0) precision = 6;
                    RoundNumber(ref number, precision + 1);
                    if (number.IsNegative) sb.Append('-');
                    AppendScientific(sb, ref number, precision, kind == 'e' ? 'e' : 'E', 3);
                    break;
                case 'G': case 'g':
                {
                    bool noRounding = precision <= 0;
                    if (noRounding) precision = number.IsDecimal ? number.Count : (number.Count > 0 ? number.Count : 1);
                    else RoundNumber(ref number, precision);
                    if (number.IsNegative) sb.Append('-');
                    AppendGeneral(sb, ref number, noRounding && number.IsDecimal ? int.MaxValue : precision, kind == 'g' ? 'e' : 'E', noRounding);
                    break;
                }
                case 'P': case 'p':
                    if (precision < 0) precision = 2;
                    number.Scale += 2;
                    RoundNumber(ref number, number.Scale + precision);
                    if (number.IsNegative) sb.Append('-');
                    AppendFixed(sb, ref number, precision, true);
                    sb.Append(" %");
                    break;
                case 'C': case 'c':
                    if (precision < 0) precision = 2;
                    RoundNumber(ref number, number.Scale + precision);
                    if (number.IsNegative) sb.Append('(');
                    sb.Append(NumberFormatInfo.InvariantCurrencySymbol);
                    AppendFixed(sb, ref number, precision, true);
                    if (number.IsNegative) sb.Append(')');
                    break;
                default:
                    ThrowBadFormat();
                    break;
            }
            return sb.ToString();
        }

        private static void AppendFixed(StringBuilder sb, ref NumberBuffer number, int precision, bool group)
        {
            byte* d = number.Digits;
            int scale = number.Scale;
            if (scale > 0)
            {
                for (int pos = 0; pos < scale; pos++)
                {
                    if (group && pos != 0 && (scale - pos) % 3 == 0) sb.Append(',');
                    sb.Append(pos < number.Count ? (char)d[pos] : '0');
                }
            }
            else sb.Append('0');
            if (precision > 0)
            {
                sb.Append('.');
                for (int j = 0; j < precision; j++)
                {
                    int idx = scale + j;
                    sb.Append(idx >= 0 && idx < number.Count ? (char)d[idx] : '0');
                }
            }
        }

        private static void AppendScientific(StringBuilder sb, ref NumberBuffer number, int precision, char expChar, int minExpDigits)
        {
            byte* d = number.Digits;
            sb.Append(number.Count > 0 ? (char)d[0] : '0');
            if (precision > 0)
            {
                sb.Append('.');
                for (int j = 1; j <= precision; j++) sb.Append(j < number.Count ? (char)d[j] : '0');
            }
            AppendExponent(sb, number.Count == 0 ? 0 : number.Scale - 1, expChar, minExpDigits, true);
        }

        private static void AppendExponent(StringBuilder sb, int exponent, char expChar, int minDigits, bool positiveSign)
        {
            sb.Append(expChar);
            if (exponent < 0) { sb.Append('-'); exponent = -exponent; }
            else if (positiveSign) sb.Append('+');
            string e = UInt64ToString((ulong)exponent);
            for (int i = e.Length; i < minDigits; i++) sb.Append('0');
            sb.Append(e);
        }

        private static void AppendGeneral(StringBuilder sb, ref NumberBuffer number, int maxDigits, char expChar, bool suppressScientific)
        {
            byte* d = number.Digits;
            int digPos = number.Scale;
            bool scientific = false;
            if (!suppressScientific && (digPos > maxDigits || digPos < -3)) { digPos = 1; scientific = true; }
            int i = 0;
            if (digPos > 0)
            {
                do { sb.Append(i < number.Count ? (char)d[i++] : '0'); } while (--digPos > 0);
            }
            else sb.Append('0');
            if (i < number.Count || digPos < 0)
            {
                sb.Append('.');
                while (digPos < 0) { sb.Append('0'); digPos++; }
                while (i < number.Count) sb.Append((char)d[i++]);
            }
            if (scientific) AppendExponent(sb, number.Scale - 1, expChar, 2, true);
        }

        private static string FormatGeneralString(ref NumberBuffer number, int maxDigits, char expChar, bool suppressScientific)
        {
            var sb = new StringBuilder();
            if (number.IsNegative) sb.Append('-');
            AppendGeneral(sb, ref number, maxDigits, expChar, suppressScientific);
            return sb.ToString();
        }
    }
}
