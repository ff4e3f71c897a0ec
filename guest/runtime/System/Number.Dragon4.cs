// Binary floating point to decimal digits, exactly (Steele & White / Burger & Dybvig's digit generation over big
// integers). Shortest mode yields the fewest digits that read back as the same value (closest to it when several
// qualify), as .NET's default ToString; cutoff mode yields correctly rounded digits, ties to even, as .NET's F/E/N.
namespace System
{
    internal static unsafe partial class Number
    {
        // Digits '0'..'9' (no trailing zeros); value = 0.d1d2d3... * 10^Scale.
        internal ref struct NumberBuffer
        {
            public byte* Digits;
            public int Capacity;
            public int Count;
            public int Scale;
            public bool IsNegative;
            public bool IsFloatingPoint;
            public bool IsDecimal;

            public NumberBuffer(byte* digits, int capacity)
            {
                Digits = digits; Capacity = capacity; Count = 0; Scale = 0;
                IsNegative = false; IsFloatingPoint = false; IsDecimal = false;
            }
        }

        internal const int DoubleBufferLength = 800;

        internal static void DoubleToNumber(double value, int precision, bool isSignificantDigits, ref NumberBuffer number)
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            number.IsNegative = bits < 0;
            number.IsFloatingPoint = true;
            int biased = (int)((bits >> 52) & 0x7FF);
            ulong mantissa = (ulong)bits & 0x000FFFFFFFFFFFFF;
            int exponent;
            bool unequalMargins = false;
            if (biased == 0) exponent = -1074;
            else { mantissa |= 1UL << 52; exponent = biased - 1075; unequalMargins = mantissa == 1UL << 52 && biased > 1; }
            Dragon4(mantissa, exponent, unequalMargins, precision, isSignificantDigits, ref number);
        }

        internal static void SingleToNumber(float value, int precision, bool isSignificantDigits, ref NumberBuffer number)
        {
            int bits = BitConverter.SingleToInt32Bits(value);
            number.IsNegative = bits < 0;
            number.IsFloatingPoint = true;
            int biased = (bits >> 23) & 0xFF;
            ulong mantissa = (ulong)(bits & 0x7FFFFF);
            int exponent;
            bool unequalMargins = false;
            if (biased == 0) exponent = -149;
            else { mantissa |= 1UL << 23; exponent = biased - 150; unequalMargins = mantissa == 1UL << 23 && biased > 1; }
            Dragon4(mantissa, exponent, unequalMargins, precision, isSignificantDigits, ref number);
        }

        // precision -1: shortest round trip. Otherwise precision significant digits, or digits after the point.
        private static void Dragon4(ulong mantissa, int exponent, bool unequalMargins, int precision, bool isSignificantDigits, ref NumberBuffer number)
        {
            number.Count = 0;
            number.Scale = 0;
            if (mantissa == 0) return;

            BigInteger r = default, s = default, mPlus = default, mMinus = default, sum = default;
            // value = r / s; the rounding interval is (value - mMinus/s, value + mPlus/s).
            if (exponent >= 0)
            {
                BigInteger.SetUInt64(ref r, mantissa);
                BigInteger.ShiftLeft(ref r, exponent + (unequalMargins ? 2 : 1));
                BigInteger.SetUInt64(ref s, unequalMargins ? 4UL : 2UL);
                BigInteger.SetUInt64(ref mMinus, 1);
                BigInteger.ShiftLeft(ref mMinus, exponent);
                mPlus = mMinus;
                if (unequalMargins) BigInteger.ShiftLeft(ref mPlus, 1);
            }
            else
            {
                BigInteger.SetUInt64(ref r, mantissa);
                BigInteger.ShiftLeft(ref r, unequalMargins ? 2 : 1);
                BigInteger.SetUInt64(ref s, 1);
                BigInteger.ShiftLeft(ref s, -exponent + (unequalMargins ? 2 : 1));
                BigInteger.SetUInt64(ref mMinus, 1);
                BigInteger.SetUInt64(ref mPlus, unequalMargins ? 2UL : 1UL);
            }

            int bitLength = 0;
            for (ulong m = mantissa; m != 0; m >>= 1) bitLength++;
            // An estimate of ceil(log10(value)) that is never too high and at most one too low.
            int k = (int)Math.Ceiling((exponent + bitLength - 1) * 0.30102999566398114 - 1e-10);
            if (k >= 0) BigInteger.MultiplyPow10(ref s, k);
            else
            {
                BigInteger.MultiplyPow10(ref r, -k);
                BigInteger.MultiplyPow10(ref mMinus, -k);
                BigInteger.MultiplyPow10(ref mPlus, -k);
            }

            bool shortest = precision < 0;
            // An even mantissa wins ties when text is read back, so its interval includes the boundaries.
            int inclusive = (mantissa & 1) == 0 ? 1 : 0;
            if (shortest)
            {
                BigInteger.Add(ref r, ref mPlus, ref sum);
                if (BigInteger.Compare(ref sum, ref s) >= 1 - inclusive) { k++; BigInteger.MultiplySmall(ref s, 10); }
            }
            else if (BigInteger.Compare(ref r, ref s) >= 0) { k++; BigInteger.MultiplySmall(ref s, 10); }
            number.Scale = k;

            byte* d = number.Digits;
            int count = 0;
            if (shortest)
            {
                while (true)
                {
                    BigInteger.MultiplySmall(ref r, 10);
                    BigInteger.MultiplySmall(ref mMinus, 10);
                    BigInteger.MultiplySmall(ref mPlus, 10);
                    uint digit = BigInteger.DivRemSmallQuotient(ref r, ref s);
                    bool low = BigInteger.Compare(ref r, ref mMinus) < inclusive;
                    BigInteger.Add(ref r, ref mPlus, ref sum);
                    bool high = BigInteger.Compare(ref sum, ref s) > -inclusive;
                    if (!low && !high && count < number.Capacity - 1) { d[count++] = (byte)('0' + digit); continue; }
                    bool roundUp;
                    if (low == high)
                    {
                        BigInteger twice = r;
                        BigInteger.ShiftLeft(ref twice, 1);
                        int c = BigInteger.Compare(ref twice, ref s);
                        roundUp = c > 0 || (c == 0 && (digit & 1) != 0);
                    }
                    else roundUp = high;
                    d[count++] = (byte)('0' + digit);
                    if (roundUp) count = IncrementLastDigit(ref number, count);
                    break;
                }
            }
            else
            {
                int wanted = isSignificantDigits ? precision : k + precision;
                if (wanted > number.Capacity) wanted = number.Capacity;
                if (wanted <= 0)
                {
                    if (wanted == 0)
                    {
                        BigInteger twice = r;
                        BigInteger.ShiftLeft(ref twice, 1);
                        if (BigInteger.Compare(ref twice, ref s) > 0) { d[0] = (byte)'1'; number.Scale = k + 1; number.Count = 1; return; }
                    }
                    number.Scale = 0;
                    return;
                }
                uint digit = 0;
                while (count < wanted)
                {
                    BigInteger.MultiplySmall(ref r, 10);
                    digit = BigInteger.DivRemSmallQuotient(ref r, ref s);
                    d[count++] = (byte)('0' + digit);
                    if (r.IsZero) break;
                }
                if (!r.IsZero)
                {
                    BigInteger.ShiftLeft(ref r, 1);
                    int c = BigInteger.Compare(ref r, ref s);
                    if (c > 0 || (c == 0 && (digit & 1) != 0)) count = IncrementLastDigit(ref number, count);
                }
            }
            while (count > 0 && d[count - 1] == '0') count--;
            number.Count = count;
            if (count == 0) number.Scale = 0;
        }

        private static int IncrementLastDigit(ref NumberBuffer number, int count)
        {
            byte* d = number.Digits;
            int i = count - 1;
            while (i >= 0 && d[i] == '9') i--;
            if (i < 0) { d[0] = (byte)'1'; number.Scale++; return 1; }
            d[i]++;
            return i + 1;
        }
    }
}
