// Host stand-ins for what guest/runtime/System/Math.Transcendental.cs calls outside itself (the rest of the guest's
// Math and Number). All are exact operations, so the host's versions give the same results as the guest's.
namespace Kiln.Tests.GuestMath
{
    public static partial class Math
    {
        public static double Abs(double x) => System.Math.Abs(x);
        public static double Sqrt(double x) => System.Math.Sqrt(x);
        public static double Round(double x) => System.Math.Round(x);
        public static double Truncate(double x) => System.Math.Truncate(x);
        public static double CopySign(double x, double y) => System.Math.CopySign(x, y);
        public static int Max(int a, int b) => System.Math.Max(a, b);
        public static ulong BigMul(ulong a, ulong b, out ulong low) => System.Math.BigMul(a, b, out low);

        // The guest's Dekker product error (guest/runtime/System/Math.cs), so no FMA is involved here either.
        internal static double TwoProductError(double a, double b, double p)
        {
            const double split = 134217729.0; // 2^27 + 1
            double ca = split * a, ahi = ca - (ca - a), alo = a - ahi;
            double cb = split * b, bhi = cb - (cb - b), blo = b - bhi;
            return ((ahi * bhi - p) + ahi * blo + alo * bhi) + alo * blo;
        }
    }

    internal static class Number
    {
        internal static double ScaleByPowerOfTwo(double x, int n) => System.Math.ScaleB(x, n);

        internal static int ExactPowerOfTen(double x)
        {
            if (!(x >= 1 && x <= 1e22)) return int.MinValue;
            double p = 1;
            for (int i = 0; i <= 22; i++, p *= 10) if (p == x) return i;
            return int.MinValue;
        }
    }
}
