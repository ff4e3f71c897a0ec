// A fixed-size unsigned big integer for exact decimal <-> binary conversion and decimal arithmetic. 64 words
// (2048 bits) hold every intermediate value: a double's mantissa times 10^340, or 121 parsed digits times 10^451.
namespace System
{
    internal static unsafe partial class Number
    {
        internal struct BigInteger
        {
            private const int MaxWords = 64;
            public int Length;
            public fixed uint Words[MaxWords];

            public static void SetUInt64(ref BigInteger b, ulong value)
            {
                b.Words[0] = (uint)value;
                b.Words[1] = (uint)(value >> 32);
                b.Length = value == 0 ? 0 : (b.Words[1] != 0 ? 2 : 1);
            }

            public bool IsZero => Length == 0;

            public int BitLength()
            {
                if (Length == 0) return 0;
                uint top = Words[Length - 1];
                int n = 0;
                while (top != 0) { top >>= 1; n++; }
                return (Length - 1) * 32 + n;
            }

            public static void ShiftLeft(ref BigInteger b, int shift)
            {
                if (b.Length == 0 || shift == 0) return;
                int words = shift / 32, bits = shift % 32;
                int len = b.Length;
                if (bits == 0)
                {
                    for (int i = len - 1; i >= 0; i--) b.Words[i + words] = b.Words[i];
                }
                else
                {
                    b.Words[len + words] = 0;
                    for (int i = len - 1; i >= 0; i--)
                    {
                        b.Words[i + words + 1] |= b.Words[i] >> (32 - bits);
                        b.Words[i + words] = b.Words[i] << bits;
                    }
                    len++;
                }
                for (int i = 0; i < words; i++) b.Words[i] = 0;
                b.Length = len + words;
                b.Trim();
            }

            public static void ShiftRightOne(ref BigInteger b)
            {
                for (int i = 0; i < b.Length; i++)
                {
                    uint hi = i + 1 < b.Length ? b.Words[i + 1] : 0;
                    b.Words[i] = (b.Words[i] >> 1) | (hi << 31);
                }
                b.Trim();
            }

            private void Trim()
            {
                while (Length > 0 && Words[Length - 1] == 0) Length--;
            }

            public static void MultiplySmall(ref BigInteger b, uint m)
            {
                ulong carry = 0;
                for (int i = 0; i < b.Length; i++)
                {
                    ulong p = (ulong)b.Words[i] * m + carry;
                    b.Words[i] = (uint)p;
                    carry = p >> 32;
                }
                if (carry != 0) b.Words[b.Length++] = (uint)carry;
                if (m == 0) b.Length = 0;
            }

            public static void AddSmall(ref BigInteger b, uint a)
            {
                ulong carry = a;
                for (int i = 0; i < b.Length && carry != 0; i++)
                {
                    ulong s = (ulong)b.Words[i] + carry;
                    b.Words[i] = (uint)s;
                    carry = s >> 32;
                }
                if (carry != 0) b.Words[b.Length++] = (uint)carry;
            }

            public static void MultiplyPow10(ref BigInteger b, int n)
            {
                while (n >= 9) { MultiplySmall(ref b, 1000000000); n -= 9; }
                if (n > 0) MultiplySmall(ref b, (uint)Pow10UInt64(n));
            }

            public static void Pow10(ref BigInteger b, int n)
            {
                SetUInt64(ref b, 1);
                MultiplyPow10(ref b, n);
            }

            public static int Compare(ref BigInteger a, ref BigInteger b)
            {
                if (a.Length != b.Length) return a.Length > b.Length ? 1 : -1;
                for (int i = a.Length - 1; i >= 0; i--)
                    if (a.Words[i] != b.Words[i]) return a.Words[i] > b.Words[i] ? 1 : -1;
                return 0;
            }

            // a -= b; requires a >= b.
            public static void Subtract(ref BigInteger a, ref BigInteger b)
            {
                long borrow = 0;
                for (int i = 0; i < a.Length; i++)
                {
                    long d = (long)a.Words[i] - (i < b.Length ? b.Words[i] : 0) - borrow;
                    borrow = d < 0 ? 1 : 0;
                    a.Words[i] = (uint)d;
                }
                a.Trim();
            }

            public static void Add(ref BigInteger a, ref BigInteger b, ref BigInteger result)
            {
                int len = a.Length > b.Length ? a.Length : b.Length;
                ulong carry = 0;
                for (int i = 0; i < len; i++)
                {
                    ulong s = (ulong)(i < a.Length ? a.Words[i] : 0) + (i < b.Length ? b.Words[i] : 0) + carry;
                    result.Words[i] = (uint)s;
                    carry = s >> 32;
                }
                result.Length = len;
                if (carry != 0) result.Words[result.Length++] = (uint)carry;
            }

            public static void Multiply(ref BigInteger a, ref BigInteger b, ref BigInteger result)
            {
                int len = a.Length + b.Length;
                for (int i = 0; i < len; i++) result.Words[i] = 0;
                for (int i = 0; i < a.Length; i++)
                {
                    ulong carry = 0;
                    for (int j = 0; j < b.Length; j++)
                    {
                        ulong p = (ulong)a.Words[i] * b.Words[j] + result.Words[i + j] + carry;
                        result.Words[i + j] = (uint)p;
                        carry = p >> 32;
                    }
                    result.Words[i + b.Length] = (uint)carry;
                }
                result.Length = len;
                result.Trim();
            }

            // Returns r / d for a quotient known to be small (below 2^32), leaving the remainder in r.
            public static uint DivRemSmallQuotient(ref BigInteger r, ref BigInteger d)
            {
                uint q = 0;
                while (Compare(ref r, ref d) >= 0) { Subtract(ref r, ref d); q++; }
                return q;
            }

            // r = r / d (any size), remainder left in rem; by binary long division.
            public static void DivRem(ref BigInteger r, ref BigInteger d, ref BigInteger quotient)
            {
                quotient.Length = 0;
                int shift = r.BitLength() - d.BitLength();
                if (shift < 0) return;
                BigInteger t = d;
                ShiftLeft(ref t, shift);
                int qlen = shift / 32 + 1;
                for (int i = 0; i < qlen; i++) quotient.Words[i] = 0;
                quotient.Length = qlen;
                for (int bit = shift; bit >= 0; bit--)
                {
                    if (Compare(ref r, ref t) >= 0)
                    {
                        Subtract(ref r, ref t);
                        quotient.Words[bit / 32] |= 1u << (bit % 32);
                    }
                    ShiftRightOne(ref t);
                }
                quotient.Trim();
            }

            public ulong ToUInt64() => Length == 0 ? 0 : (Length == 1 ? Words[0] : ((ulong)Words[1] << 32) | Words[0]);

            // The value divided by 10 (in place); returns the remainder digit.
            public static uint DivRemBy10(ref BigInteger b)
            {
                ulong rem = 0;
                for (int i = b.Length - 1; i >= 0; i--)
                {
                    ulong cur = (rem << 32) | b.Words[i];
                    b.Words[i] = (uint)(cur / 10);
                    rem = cur % 10;
                }
                b.Trim();
                return (uint)rem;
            }
        }

        private static readonly ulong[] s_pow10 =
        {
            1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000, 10000000000, 100000000000,
            1000000000000, 10000000000000, 100000000000000, 1000000000000000, 10000000000000000, 100000000000000000,
            1000000000000000000, 10000000000000000000,
        };

        internal static ulong Pow10UInt64(int n) => s_pow10[n];

        private static readonly double[] s_pow10Double =
        {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
            1e20, 1e21, 1e22,
        };

        internal static double Pow10Double(int n) => s_pow10Double[n];

        // n for x == 10^n exactly (0 <= n <= 22), else int.MinValue.
        internal static int ExactPowerOfTen(double x)
        {
            if (!(x >= 1 && x <= 1e22)) return int.MinValue;
            for (int i = 0; i <= 22; i++) if (s_pow10Double[i] == x) return i;
            return int.MinValue;
        }

        // x * 2^n with one rounding (correct for results in the subnormal range too).
        internal static double ScaleByPowerOfTwo(double x, int n)
        {
            if (x == 0 || double.IsNaN(x) || double.IsInfinity(x)) return x;
            while (n > 1023) { x *= 8.98846567431158e307; n -= 1023; if (double.IsInfinity(x)) return x; }
            while (n < -1022)
            {
                // Step down in two parts near the end so the final multiply rounds only once.
                if (n < -1022 - 53) { x *= 2.2250738585072014e-308; n += 1022; if (x == 0) return x; }
                else { x *= BitConverter.Int64BitsToDouble((long)(n + 53 + 1023) << 52); return x * 1.1102230246251565e-16; }
            }
            return x * BitConverter.Int64BitsToDouble((long)(n + 1023) << 52);
        }
    }
}
