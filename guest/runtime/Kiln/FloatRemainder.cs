using System.Runtime;

namespace Kiln.Runtime
{
    // `x % y` on double and float: ilc compiles the remainder to calls to the C library's fmod and fmodf, which a
    // Kiln image has no C library to provide. These are those functions (musl's exact bitwise algorithm: the result
    // is x - n*y with n = trunc(x/y), computed without rounding, carrying x's sign; NaN when y is 0 or x is infinite).
    internal static unsafe class FloatRemainder
    {
        [RuntimeExport("fmod")]
        private static double Fmod(double x, double y)
        {
            ulong uxi = *(ulong*)&x, uyi = *(ulong*)&y;
            int ex = (int)(uxi >> 52 & 0x7ff), ey = (int)(uyi >> 52 & 0x7ff);
            ulong sx = uxi >> 63;
            ulong i;

            if (uyi << 1 == 0 || y != y || ex == 0x7ff) return (x * y) / (x * y);
            if (uxi << 1 <= uyi << 1) return uxi << 1 == uyi << 1 ? 0 * x : x;

            // normalize x and y
            if (ex == 0) { for (i = uxi << 12; i >> 63 == 0; ex--, i <<= 1) { } uxi <<= -ex + 1; }
            else { uxi &= ulong.MaxValue >> 12; uxi |= 1UL << 52; }
            if (ey == 0) { for (i = uyi << 12; i >> 63 == 0; ey--, i <<= 1) { } uyi <<= -ey + 1; }
            else { uyi &= ulong.MaxValue >> 12; uyi |= 1UL << 52; }

            // x mod y
            for (; ex > ey; ex--)
            {
                i = uxi - uyi;
                if (i >> 63 == 0) { if (i == 0) return 0 * x; uxi = i; }
                uxi <<= 1;
            }
            i = uxi - uyi;
            if (i >> 63 == 0) { if (i == 0) return 0 * x; uxi = i; }
            for (; uxi >> 52 == 0; uxi <<= 1, ex--) { }

            // scale result
            if (ex > 0) { uxi -= 1UL << 52; uxi |= (ulong)ex << 52; }
            else uxi >>= -ex + 1;
            uxi |= sx << 63;
            return *(double*)&uxi;
        }

        // A float's exact remainder is a float, so the double algorithm gives it exactly.
        [RuntimeExport("fmodf")]
        private static float Fmodf(float x, float y) => (float)Fmod(x, y);
    }
}
