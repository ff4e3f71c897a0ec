using System.Globalization;

// Text to numbers with NumberStyles, the invariant culture's symbols and .NET's rules: integers check their range,
// doubles and floats round correctly (exact big-integer arithmetic when the fast exact path does not apply), decimals
// keep their trailing zeros.
namespace System
{
    internal static unsafe partial class Number
    {
        internal enum ParseStatus { OK, Format, Overflow }

        private const int MaxParseDigits = 120;

        private static bool IsParseWhite(char c) => c == ' ' || (c >= '\t' && c <= '\r');

        // Reads s into number (digits with trailing zeros kept; Scale places the point). Sticky: digits past the
        // buffer were not all zero.
        private static bool TryScan(ReadOnlySpan<char> s, NumberStyles styles, ref NumberBuffer number, out bool sticky)
        {
            sticky = false;
            number.Count = 0; number.Scale = 0; number.IsNegative = false;
            int i = 0, len = s.Length;
            if ((styles & NumberStyles.AllowLeadingWhite) != 0) while (i < len && IsParseWhite(s[i])) i++;
            if ((styles & NumberStyles.AllowTrailingWhite) != 0) while (len > i && IsParseWhite(s[len - 1])) len--;
            bool parens = false, signSeen = false;
            while (i < len)
            {
                char c = s[i];
                if (!signSeen && (styles & NumberStyles.AllowLeadingSign) != 0 && (c == '-' || c == '+')) { signSeen = true; number.IsNegative = c == '-'; i++; }
                else if (!signSeen && (styles & NumberStyles.AllowParentheses) != 0 && c == '(') { signSeen = true; parens = true; number.IsNegative = true; i++; }
                else if ((styles & NumberStyles.AllowCurrencySymbol) != 0 && c == '\u00A4') i++;
                else if ((styles & NumberStyles.AllowLeadingWhite) != 0 && signSeen && IsParseWhite(c)) i++;
                else break;
            }
            bool anyDigit = false, point = false;
            while (i < len)
            {
                char c = s[i];
                if (c >= '0' && c <= '9')
                {
                    anyDigit = true;
                    if (number.Count == 0 && c == '0')
                    {
                        if (point) number.Scale--;
                    }
                    else if (number.Count < MaxParseDigits)
                    {
                        number.Digits[number.Count++] = (byte)c;
                        if (!point) number.Scale++;
                    }
                    else
                    {
                        if (c != '0') sticky = true;
                        if (!point) number.Scale++;
                    }
                    i++;
                }
                else if (c == '.' && !point && (styles & NumberStyles.AllowDecimalPoint) != 0) { point = true; i++; }
                else if (c == ',' && !point && (styles & NumberStyles.AllowThousands) != 0 && anyDigit) i++;
                else break;
            }
            if (!anyDigit) return false;
            if (i < len && (s[i] == 'e' || s[i] == 'E') && (styles & NumberStyles.AllowExponent) != 0)
            {
                int j = i + 1;
                bool negExp = false;
                if (j < len && (s[j] == '+' || s[j] == '-')) { negExp = s[j] == '-'; j++; }
                if (j < len && s[j] >= '0' && s[j] <= '9')
                {
                    int e = 0;
                    while (j < len && s[j] >= '0' && s[j] <= '9') { if (e < 100000) e = e * 10 + (s[j] - '0'); j++; }
                    number.Scale += negExp ? -e : e;
                    i = j;
                }
            }
            while (i < len)
            {
                char c = s[i];
                if (!signSeen && (styles & NumberStyles.AllowTrailingSign) != 0 && (c == '-' || c == '+')) { signSeen = true; number.IsNegative = c == '-'; i++; }
                else if (parens && c == ')') { parens = false; i++; }
                else if ((styles & NumberStyles.AllowCurrencySymbol) != 0 && c == '\u00A4') i++;
                else if ((styles & NumberStyles.AllowTrailingWhite) != 0 && IsParseWhite(c)) i++;
                else break;
            }
            if (parens || i != len) return false;
            if (number.Count == 0) number.Scale = 0;
            return true;
        }

        private static void ValidateStyles(NumberStyles styles, bool allowHex)
        {
            if ((styles & ~(NumberStyles.Any | NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0)
                throw new ArgumentException("An undefined NumberStyles value is being used.", "style");
            if ((styles & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0
                && (!allowHex || (styles & ~(NumberStyles.HexNumber | NumberStyles.AllowBinarySpecifier)) != 0))
                throw new ArgumentException("With the AllowHexSpecifier bit set in the enum bit field, the only other valid bits that can be combined into the enum value must be a subset of those in HexNumber.");
        }

        // Integers: magnitude in [0, 2^64) and sign; bits is the width for hex/binary (which give the raw bits).
        internal static ParseStatus TryParseInteger(ReadOnlySpan<char> s, NumberStyles styles, int bits, bool signed, out long result)
        {
            result = 0;
            ValidateStyles(styles, true);
            if ((styles & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0)
            {
                int radixBits = (styles & NumberStyles.AllowHexSpecifier) != 0 ? 4 : 1;
                int i = 0, len = s.Length;
                if ((styles & NumberStyles.AllowLeadingWhite) != 0) while (i < len && IsParseWhite(s[i])) i++;
                if ((styles & NumberStyles.AllowTrailingWhite) != 0) while (len > i && IsParseWhite(s[len - 1])) len--;
                if (i == len) return ParseStatus.Format;
                ulong acc = 0;
                bool overflow = false;
                for (; i < len; i++)
                {
                    int d = HexValue(s[i]);
                    if (d < 0 || d >= (1 << radixBits)) return ParseStatus.Format;
                    if ((acc >> (bits - radixBits)) != 0) overflow = true;
                    acc = (acc << radixBits) | (uint)d;
                }
                if (overflow) return ParseStatus.Overflow;
                // The digits are the type's raw bits: sign-extend for signed types.
                if (signed && bits < 64 && (acc >> (bits - 1)) != 0) acc |= ulong.MaxValue << bits;
                result = (long)acc;
                return ParseStatus.OK;
            }
            byte* digits = stackalloc byte[MaxParseDigits];
            var number = new NumberBuffer(digits, MaxParseDigits);
            if (!TryScan(s, styles, ref number, out bool sticky)) return ParseStatus.Format;
            while (number.Count > 0 && digits[number.Count - 1] == '0') number.Count--;
            if (number.Count == 0) { result = 0; return ParseStatus.OK; }
            if (number.Count > number.Scale || sticky && number.Scale <= MaxParseDigits) return ParseStatus.Overflow;
            if (number.Scale > 20) return ParseStatus.Overflow;
            ulong v = 0;
            for (int i = 0; i < number.Scale; i++)
            {
                uint d = i < number.Count ? (uint)(digits[i] - '0') : 0;
                if (v > (ulong.MaxValue - d) / 10) return ParseStatus.Overflow;
                v = v * 10 + d;
            }
            if (signed)
            {
                ulong limit = number.IsNegative ? 1UL << (bits - 1) : (1UL << (bits - 1)) - 1;
                if (v > limit) return ParseStatus.Overflow;
                result = number.IsNegative ? (long)(0 - v) : (long)v;
            }
            else
            {
                if (number.IsNegative) return ParseStatus.Overflow;
                if (bits < 64 && v >> bits != 0) return ParseStatus.Overflow;
                result = (long)v;
            }
            return ParseStatus.OK;
        }

        internal static int HexValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        [Diagnostics.CodeAnalysis.DoesNotReturn]
        internal static void ThrowParseFailure(ParseStatus status, ReadOnlySpan<char> s, string typeName)
        {
            if (status == ParseStatus.Overflow) throw new OverflowException("Value was either too large or too small for " + (typeName == "Int32" || typeName == "Int64" || typeName == "Int16" || typeName == "UInt32" || typeName == "UInt64" || typeName == "UInt16" ? "an " : "a ") + typeName + ".");
            throw new FormatException("The input string '" + new string(s) + "' was not in a correct format.");
        }

        internal static long ParseInteger(string s, NumberStyles styles, int bits, bool signed, string typeName)
        {
            if (s == null) ThrowHelpers.ThrowArgumentNull("s");
            ParseStatus st = TryParseInteger(s, styles, bits, signed, out long v);
            if (st != ParseStatus.OK) ThrowParseFailure(st, s, typeName);
            return v;
        }

        // --- floating point ---

        internal static bool TryParseFloat(ReadOnlySpan<char> s, NumberStyles styles, bool isSingle, out double result)
        {
            ValidateStyles(styles, false);
            byte* digits = stackalloc byte[MaxParseDigits + 1];
            var number = new NumberBuffer(digits, MaxParseDigits);
            if (!TryScan(s, styles, ref number, out bool sticky))
            {
                return TryParseSpecial(s, styles, out result);
            }
            while (number.Count > 0 && digits[number.Count - 1] == '0') number.Count--;
            if (sticky) digits[number.Count++] = (byte)'1';
            result = DigitsToFloat(ref number, isSingle);
            return true;
        }

        private static bool TryParseSpecial(ReadOnlySpan<char> s, NumberStyles styles, out double result)
        {
            result = 0;
            int i = 0, len = s.Length;
            if ((styles & NumberStyles.AllowLeadingWhite) != 0) while (i < len && IsParseWhite(s[i])) i++;
            if ((styles & NumberStyles.AllowTrailingWhite) != 0) while (len > i && IsParseWhite(s[len - 1])) len--;
            ReadOnlySpan<char> t = s.Slice(i, len - i);
            bool negative = false;
            if (t.Length > 0 && (t[0] == '-' || t[0] == '+') && (styles & NumberStyles.AllowLeadingSign) != 0) { negative = t[0] == '-'; t = t.Slice(1); }
            if (EqualsIgnoreCase(t, "Infinity") || EqualsIgnoreCase(t, "\u221E")) { result = negative ? double.NegativeInfinity : double.PositiveInfinity; return true; }
            if (EqualsIgnoreCase(t, "NaN")) { result = double.NaN; return true; }
            return false;
        }

        private static bool EqualsIgnoreCase(ReadOnlySpan<char> a, string b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++) if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[i])) return false;
            return true;
        }

        // 0.d1d2...dn * 10^Scale, rounded once to the nearest double (or float), ties to even.
        private static double DigitsToFloat(ref NumberBuffer number, bool isSingle)
        {
            double sign = number.IsNegative ? -1.0 : 1.0;
            int n = number.Count;
            if (n == 0) return sign * 0.0;
            if (number.Scale > 310) return sign * double.PositiveInfinity;
            if (number.Scale < -330) return sign * 0.0;
            int e = number.Scale - n;
            byte* d = number.Digits;
            if (!isSingle && n <= 15 && e >= -22 && e <= 22)
            {
                // Both operands are exact doubles, so one IEEE operation rounds correctly.
                long v = 0;
                for (int i = 0; i < n; i++) v = v * 10 + (d[i] - '0');
                double dv = v;
                return sign * (e >= 0 ? dv * s_pow10Double[e] : dv / s_pow10Double[-e]);
            }
            BigInteger num = default, den = default, q = default;
            BigInteger.SetUInt64(ref num, 0);
            for (int i = 0; i < n; i++) { BigInteger.MultiplySmall(ref num, 10); BigInteger.AddSmall(ref num, (uint)(d[i] - '0')); }
            BigInteger.SetUInt64(ref den, 1);
            if (e >= 0) BigInteger.MultiplyPow10(ref num, e);
            else BigInteger.MultiplyPow10(ref den, -e);
            int k = 62 - (num.BitLength() - den.BitLength());
            if (k >= 0) BigInteger.ShiftLeft(ref num, k); else BigInteger.ShiftLeft(ref den, -k);
            BigInteger.DivRem(ref num, ref den, ref q);
            ulong quotient = q.ToUInt64();
            bool inexact = !num.IsZero;
            int qbits = 0;
            for (ulong t = quotient; t != 0; t >>= 1) qbits++;
            int mantBits = isSingle ? 24 : 53, minExp = isSingle ? -126 : -1022, maxExp = isSingle ? 127 : 1023;
            int e2 = qbits - 1 - k;   // value in [2^e2, 2^(e2+1))
            int keep = mantBits;
            if (e2 < minExp) keep = mantBits - (minExp - e2);
            if (keep < 0) return sign * 0.0;
            int drop = qbits - keep;
            ulong mant = drop >= 64 ? 0 : quotient >> drop;
            if (drop > 0)
            {
                ulong half = 1UL << (drop - 1);
                ulong rest = quotient & ((half << 1) - 1);
                if (rest > half || (rest == half && (inexact || (mant & 1) != 0))) mant++;
            }
            if (mant == 0) return sign * 0.0;
            double r = ScaleByPowerOfTwo(mant, drop - k);
            if (isSingle)
            {
                if (e2 > maxExp || (float)r > float.MaxValue) return sign * double.PositiveInfinity;
            }
            return sign * r;
        }

        internal static double ParseDouble(string s, NumberStyles styles, bool isSingle)
        {
            if (s == null) ThrowHelpers.ThrowArgumentNull("s");
            if (!TryParseFloat(s, styles, isSingle, out double v)) ThrowParseFailure(ParseStatus.Format, s, null);
            return v;
        }
    }
}
