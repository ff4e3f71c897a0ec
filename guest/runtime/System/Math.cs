using System.Runtime.CompilerServices;

// Math for doubles and integers. Methods ilc's JIT knows ([Intrinsic]) become single instructions where the target
// instruction set has them (sqrtsd always; roundsd with SSE4.1; vfmadd with FMA); their bodies are the portable path.
// The transcendental functions are in Math.Transcendental.cs (double-double evaluation, rounded once).
namespace System
{
    public enum MidpointRounding { ToEven = 0, AwayFromZero = 1, ToZero = 2, ToNegativeInfinity = 3, ToPositiveInfinity = 4 }

    public static partial class Math
    {
        public const double E = 2.7182818284590452354;
        public const double PI = 3.14159265358979323846;
        public const double Tau = 6.283185307179586476925;

        private const double TwoPow52 = 4503599627370496.0;

        public static int Abs(int value)
        {
            if (value == int.MinValue) ThrowHelpers.ThrowOverflow();
            return value < 0 ? -value : value;
        }
        public static long Abs(long value)
        {
            if (value == long.MinValue) ThrowHelpers.ThrowOverflow();
            return value < 0 ? -value : value;
        }
        public static short Abs(short value) => (short)Abs((int)value);
        public static sbyte Abs(sbyte value) => (sbyte)Abs((int)value);
        [Intrinsic] public static double Abs(double value) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(value) & 0x7FFFFFFFFFFFFFFF);
        [Intrinsic] public static float Abs(float value) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(value) & 0x7FFFFFFF);
        public static decimal Abs(decimal value) => decimal.Abs(value);

        public static int Max(int a, int b) => a > b ? a : b;
        public static int Min(int a, int b) => a < b ? a : b;
        public static long Max(long a, long b) => a > b ? a : b;
        public static long Min(long a, long b) => a < b ? a : b;
        public static uint Max(uint a, uint b) => a > b ? a : b;
        public static uint Min(uint a, uint b) => a < b ? a : b;
        public static ulong Max(ulong a, ulong b) => a > b ? a : b;
        public static ulong Min(ulong a, ulong b) => a < b ? a : b;
        public static short Max(short a, short b) => a > b ? a : b;
        public static short Min(short a, short b) => a < b ? a : b;
        public static byte Max(byte a, byte b) => a > b ? a : b;
        public static byte Min(byte a, byte b) => a < b ? a : b;
        public static decimal Max(decimal a, decimal b) => a > b ? a : b;
        public static decimal Min(decimal a, decimal b) => a < b ? a : b;

        // .NET: NaN wins, and +0 is larger than -0.
        public static double Max(double a, double b)
        {
            if (a != b) return double.IsNaN(a) ? a : (a > b ? a : b);
            return double.IsNegative(b) ? a : b;
        }
        public static double Min(double a, double b)
        {
            if (a != b) return double.IsNaN(a) ? a : (a < b ? a : b);
            return double.IsNegative(a) ? a : b;
        }
        public static float Max(float a, float b) => (float)Max((double)a, b);
        public static float Min(float a, float b) => (float)Min((double)a, b);

        public static int Sign(int value) => value > 0 ? 1 : (value < 0 ? -1 : 0);
        public static int Sign(long value) => value > 0 ? 1 : (value < 0 ? -1 : 0);
        public static int Sign(decimal value) => value > 0m ? 1 : (value < 0m ? -1 : 0);
        public static int Sign(double value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            if (value == 0) return 0;
            throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
        }
        public static int Sign(float value) => Sign((double)value);

        public static int Clamp(int value, int min, int max) { CheckClamp(min > max, min, max); return value < min ? min : (value > max ? max : value); }
        public static long Clamp(long value, long min, long max) { CheckClamp(min > max, min, max); return value < min ? min : (value > max ? max : value); }
        public static uint Clamp(uint value, uint min, uint max) { CheckClamp(min > max, min, max); return value < min ? min : (value > max ? max : value); }
        public static byte Clamp(byte value, byte min, byte max) { CheckClamp(min > max, min, max); return value < min ? min : (value > max ? max : value); }
        public static decimal Clamp(decimal value, decimal min, decimal max) { CheckClamp(min > max, min, max); return value < min ? min : (value > max ? max : value); }
        public static double Clamp(double value, double min, double max) { CheckClamp(min > max, min, max); return value < min ? min : (value > max ? max : value); }
        public static float Clamp(float value, float min, float max) { CheckClamp(min > max, min, max); return value < min ? min : (value > max ? max : value); }
        private static void CheckClamp<T>(bool bad, T min, T max)
        {
            if (bad) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
        }

        public static int DivRem(int a, int b, out int result) { result = a % b; return a / b; }
        public static long DivRem(long a, long b, out long result) { result = a % b; return a / b; }

        public static long BigMul(int a, int b) => (long)a * b;
        public static ulong BigMul(uint a, uint b) => (ulong)a * b;
        public static ulong BigMul(ulong a, ulong b, out ulong low)
        {
            ulong aLo = (uint)a, aHi = a >> 32, bLo = (uint)b, bHi = b >> 32;
            ulong ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
            ulong mid = (ll >> 32) + (uint)lh + (uint)hl;
            low = (mid << 32) | (uint)ll;
            return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
        }
        public static long BigMul(long a, long b, out long low)
        {
            ulong high = BigMul((ulong)a, (ulong)b, out ulong ulow);
            low = (long)ulow;
            return (long)high - ((a >> 63) & b) - ((b >> 63) & a);
        }

        // Rounding to integers. |x| >= 2^52 is already integral.
        [Intrinsic]
        public static double Round(double a)
        {
            double m = Abs(a);
            if (!(m < TwoPow52)) return a;
            double r = (m + TwoPow52) - TwoPow52;   // the FPU rounds to nearest even
            return CopySign(r, a);
        }

        [Intrinsic]
        public static double Truncate(double d)
        {
            double m = Abs(d);
            if (!(m < TwoPow52)) return d;
            return CopySign((double)(long)m, d);
        }

        [Intrinsic]
        public static double Floor(double d)
        {
            double t = Truncate(d);
            return t > d ? t - 1.0 : t;
        }

        [Intrinsic]
        public static double Ceiling(double a)
        {
            double t = Truncate(a);
            if (t < a) t += 1.0;
            return t == 0 ? CopySign(0.0, a) : t;
        }

        public static double Round(double value, MidpointRounding mode)
        {
            switch (mode)
            {
                case MidpointRounding.ToEven: return Round(value);
                case MidpointRounding.AwayFromZero:
                {
                    double t = Truncate(value);
                    if (Abs(value - t) >= 0.5) t += CopySign(1.0, value);
                    return t;
                }
                case MidpointRounding.ToZero: return Truncate(value);
                case MidpointRounding.ToNegativeInfinity: return Floor(value);
                case MidpointRounding.ToPositiveInfinity: return Ceiling(value);
            }
            throw new ArgumentException("The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding.", "mode");
        }

        public static double Round(double value, int digits) => Round(value, digits, MidpointRounding.ToEven);

        public static double Round(double value, int digits, MidpointRounding mode)
        {
            if ((uint)digits > 15) throw new ArgumentOutOfRangeException("digits", "Rounding digits must be between 0 and 15, inclusive.");
            if (Abs(value) < 1e16)
            {
                double power10 = Number.Pow10Double(digits);
                value = Round(value * power10, mode) / power10;
            }
            return value;
        }

        public static decimal Round(decimal d) => decimal.Round(d, 0);
        public static decimal Round(decimal d, int decimals) => decimal.Round(d, decimals);
        public static decimal Round(decimal d, MidpointRounding mode) => decimal.Round(d, 0, mode);
        public static decimal Round(decimal d, int decimals, MidpointRounding mode) => decimal.Round(d, decimals, mode);
        public static decimal Floor(decimal d) => decimal.Floor(d);
        public static decimal Ceiling(decimal d) => decimal.Ceiling(d);
        public static decimal Truncate(decimal d) => decimal.Truncate(d);

        public static double CopySign(double x, double y) =>
            BitConverter.Int64BitsToDouble((BitConverter.DoubleToInt64Bits(x) & 0x7FFFFFFFFFFFFFFF) | (BitConverter.DoubleToInt64Bits(y) & long.MinValue));

        // sqrtsd on every x86-64: the JIT expands the call inside the body too.
        [Intrinsic] public static double Sqrt(double d) => Sqrt(d);

        // Without the FMA instruction: the exact product as a pair of doubles, then one rounding of the sum
        // (the pair is exact; the final sum of three terms can differ from a true fused result in rare ties).
        [Intrinsic]
        public static double FusedMultiplyAdd(double x, double y, double z)
        {
            double p = x * y;
            if (double.IsInfinity(p) || double.IsNaN(p) || p == 0) return p + z;
            double e = TwoProductError(x, y, p);
            double s = p + z;
            double bb = s - p;
            double err = (p - (s - bb)) + (z - bb);
            return s + (err + e);
        }

        internal static double TwoProductError(double a, double b, double p)
        {
            const double split = 134217729.0; // 2^27 + 1
            double ca = split * a, ahi = ca - (ca - a), alo = a - ahi;
            double cb = split * b, bhi = cb - (cb - b), blo = b - bhi;
            return ((ahi * bhi - p) + ahi * blo + alo * bhi) + alo * blo;
        }

        public static double IEEERemainder(double x, double y)
        {
            if (double.IsNaN(x) || double.IsNaN(y) || double.IsInfinity(x) || y == 0) return double.NaN;
            double q = Round(x / y);
            double r = x - q * y;
            return r == 0 ? CopySign(0.0, x) : r;
        }

        public static double Log(double a, double newBase)
        {
            if (double.IsNaN(a)) return a;
            if (double.IsNaN(newBase)) return newBase;
            if (newBase == 1 || (a != 1 && (newBase == 0 || double.IsPositiveInfinity(newBase)))) return double.NaN;
            return Log(a) / Log(newBase);
        }

        public static double Hypot(double x, double y)
        {
            x = Abs(x); y = Abs(y);
            if (double.IsInfinity(x) || double.IsInfinity(y)) return double.PositiveInfinity;
            if (x < y) { double t = x; x = y; y = t; }
            if (x == 0) return 0;
            double r = y / x;
            return x * Sqrt(1 + r * r);
        }

        public static double ScaleB(double x, int n) => Number.ScaleByPowerOfTwo(x, n);

        public static double BitIncrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if ((bits & 0x7FF0000000000000) == 0x7FF0000000000000) return bits == unchecked((long)0xFFF0000000000000) ? double.MinValue : x;
            if (bits == long.MinValue) return double.Epsilon;
            return BitConverter.Int64BitsToDouble(bits < 0 ? bits - 1 : bits + 1);
        }
        public static double BitDecrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if ((bits & 0x7FF0000000000000) == 0x7FF0000000000000) return bits == 0x7FF0000000000000 ? double.MaxValue : x;
            if (bits == 0) return -double.Epsilon;
            return BitConverter.Int64BitsToDouble(bits < 0 ? bits + 1 : bits - 1);
        }
    }
}
