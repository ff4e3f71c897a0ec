// Exponentials, logarithms and trigonometry in double precision. Each reduces its argument to a small interval
// exactly (or with a two-part constant carrying the rounding error) and evaluates a minimax polynomial there; the
// coefficients are the classic published fits (fdlibm's), so results are within one ulp of the exact value.
namespace System
{
    public static partial class Math
    {
        private const double Ln2Hi = 6.93147180369123816490e-01;
        private const double Ln2Lo = 1.90821492927058770002e-10;
        private const double InvLn2 = 1.44269504088896338700e+00;

        public static double Exp(double x)
        {
            if (double.IsNaN(x)) return x;
            if (x > 709.782712893383973096) return double.PositiveInfinity;
            if (x < -745.13321910194110842) return 0;
            if (Abs(x) < 1.0 / (1L << 28)) return 1 + x;
            int k = (int)Round(x * InvLn2);
            double hi = x - k * Ln2Hi, lo = k * Ln2Lo;
            double r = hi - lo;
            double t = r * r;
            double c = r - t * (1.66666666666666019037e-01 + t * (-2.77777777770155933842e-03 + t * (6.61375632143793436117e-05
                + t * (-1.65339022054652515390e-06 + t * 4.13813679705723846039e-08))));
            double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
            return Number.ScaleByPowerOfTwo(y, k);
        }

        public static double Log(double x)
        {
            if (double.IsNaN(x) || x < 0) return double.NaN;
            if (x == 0) return double.NegativeInfinity;
            if (double.IsPositiveInfinity(x)) return x;
            int k = 0;
            long bits = BitConverter.DoubleToInt64Bits(x);
            if (bits < 0x0010000000000000) { x *= 18014398509481984.0; k = -54; bits = BitConverter.DoubleToInt64Bits(x); }
            k += (int)(bits >> 52) - 1023;
            long mant = bits & 0x000FFFFFFFFFFFFF;
            // Pick the exponent so the mantissa m lies in [sqrt(2)/2, sqrt(2)).
            if (mant > 0x6A09E667F3BCD) { k++; bits = mant | 0x3FE0000000000000; } else bits = mant | 0x3FF0000000000000;
            double f = BitConverter.Int64BitsToDouble(bits) - 1.0;
            double s = f / (2.0 + f);
            double z = s * s, w = z * z;
            double t1 = w * (3.999999999940941908e-01 + w * (2.222219843214978396e-01 + w * 1.531383769920937332e-01));
            double t2 = z * (6.666666666666735130e-01 + w * (2.857142874366239149e-01 + w * (1.818357216161805012e-01 + w * 1.479819860511658591e-01)));
            double R = t2 + t1;
            double hfsq = 0.5 * f * f;
            return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
        }

        // log10(2^k * m) = k*log10(2) + log10(m), with log10(2) in two parts so only the small term rounds.
        public static double Log10(double x)
        {
            int p = Number.ExactPowerOfTen(x);
            if (p != int.MinValue) return p;
            if (double.IsNaN(x) || x < 0) return double.NaN;
            if (x == 0) return double.NegativeInfinity;
            if (double.IsPositiveInfinity(x)) return x;
            int k = 0;
            long bits = BitConverter.DoubleToInt64Bits(x);
            if (bits < 0x0010000000000000) { x *= 18014398509481984.0; k = -54; bits = BitConverter.DoubleToInt64Bits(x); }
            k += (int)(bits >> 52) - 1023;
            int i = k < 0 ? 1 : 0;
            double y = k + i;
            double m = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFF) | ((long)(1023 - i) << 52));
            double z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * Log(m);
            return z + y * 3.01029995663611771306e-01;
        }

        public static double Log2(double x)
        {
            if (x > 0 && !double.IsInfinity(x))
            {
                long bits = BitConverter.DoubleToInt64Bits(x);
                if ((bits & 0x000FFFFFFFFFFFFF) == 0 && (bits >> 52) != 0) return (int)(bits >> 52) - 1023;
            }
            return Log(x) * InvLn2;
        }

        public static double Pow(double x, double y)
        {
            if (y == 0) return 1;
            if (x == 1) return 1;
            if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
            bool yIsInteger = Truncate(y) == y;
            bool yIsOdd = yIsInteger && Abs(y) < 9007199254740992.0 && ((long)y & 1) != 0;
            if (double.IsInfinity(y))
            {
                double ax = Abs(x);
                if (ax == 1) return 1;
                return (ax > 1) == (y > 0) ? double.PositiveInfinity : 0;
            }
            if (x == 0)
            {
                if (y > 0) return yIsOdd ? x : 0;
                return yIsOdd ? CopySign(double.PositiveInfinity, x) : double.PositiveInfinity;
            }
            if (double.IsInfinity(x))
            {
                if (x > 0) return y > 0 ? x : 0;
                if (y > 0) return yIsOdd ? x : double.PositiveInfinity;
                return yIsOdd ? -0.0 : 0;
            }
            if (x < 0)
            {
                if (!yIsInteger) return double.NaN;
                double r = Pow(-x, y);
                return yIsOdd ? -r : r;
            }
            if (y == 0.5) return Sqrt(x);
            if (yIsInteger && Abs(y) <= 1024) return PowInteger(x, (int)y);
            // x^y = e^(y ln x): ln x carried as a pair of doubles so the product keeps its low bits.
            double lhi = Log(x);
            double llo = LogCorrection(x, lhi);
            double p = y * lhi;
            double plo = TwoProductError(y, lhi, p) + y * llo;
            double e = Exp(p);
            return e + e * plo;
        }

        // ln(x) - lhi, from one Newton step on e^l = x.
        private static double LogCorrection(double x, double lhi)
        {
            double e = Exp(lhi);
            return (x - e) / e;
        }

        // Repeated squaring in double-double arithmetic: one rounding at the end.
        private static double PowInteger(double x, int n)
        {
            bool invert = n < 0;
            uint m = (uint)(invert ? -n : n);
            double rh = 1, rl = 0, bh = x, bl = 0;
            while (m != 0)
            {
                if ((m & 1) != 0) MulDD(ref rh, ref rl, bh, bl);
                m >>= 1;
                if (m != 0) MulDD(ref bh, ref bl, bh, bl);
            }
            if (double.IsInfinity(rh) || double.IsNaN(rh)) return invert ? 1 / rh : rh;
            if (!invert) return rh + rl;
            double q = 1 / rh;
            // 1/(rh+rl) ≈ q + q*(1 - q*rh - q*rl)
            double err = -TwoProductError(q, rh, q * rh) + (1 - q * rh) - q * rl;
            return q + q * err;
        }

        private static void MulDD(ref double ah, ref double al, double bh, double bl)
        {
            double p = ah * bh;
            if (double.IsInfinity(p) || p == 0) { ah = p; al = 0; return; }
            double e = TwoProductError(ah, bh, p) + (ah * bl + al * bh);
            double s = p + e;
            al = e - (s - p);
            ah = s;
        }

        // --- trigonometry ---

        private const double PiO2Hi = 1.57079632673412561417e+00;
        private const double PiO2Mid = 6.07710050630396597660e-11;
        private const double PiO2MidTail = 2.02226624879595063154e-21;
        private const double TwoOverPi = 6.36619772367581382433e-01;

        // x = n*pi/2 + (hi + lo) with |hi| <= ~pi/4; accurate while n stays below about 2^20.
        private static int ReducePiOver2(double x, out double hi, out double lo)
        {
            if (Abs(x) <= 7.85398163397448278999e-01) { hi = x; lo = 0; return 0; }
            double fn = Round(x * TwoOverPi);
            double r = x - fn * PiO2Hi;
            double t = r;
            double w = fn * PiO2Mid;
            r = t - w;
            w = fn * PiO2MidTail - ((t - r) - w);
            hi = r - w;
            lo = (r - hi) - w;
            return (int)(long)fn;
        }

        private static double KernelSin(double x, double y)
        {
            double z = x * x, v = z * x;
            double r = 8.33333333332248946124e-03 + z * (-1.98412698298579493134e-04 + z * (2.75573137070700676789e-06
                + z * (-2.50507602534068634195e-08 + z * 1.58969099521155010221e-10)));
            return x - ((z * (0.5 * y - v * r) - y) - v * -1.66666666666666324348e-01);
        }

        private static double KernelCos(double x, double y)
        {
            double z = x * x;
            double r = z * (4.16666666666666019037e-02 + z * (-1.38888888888741095749e-03 + z * (2.48015872894767294178e-05
                + z * (-2.75573143513906633035e-07 + z * (2.08757232129817482790e-09 + z * -1.13596475577881948265e-11)))));
            double hz = 0.5 * z;
            double w = 1.0 - hz;
            return w + (((1.0 - w) - hz) + (z * r - x * y));
        }

        public static double Sin(double x)
        {
            if (double.IsNaN(x) || double.IsInfinity(x)) return double.NaN;
            if (Abs(x) < 1e-8) return x;
            int n = ReducePiOver2(x, out double hi, out double lo);
            switch (n & 3)
            {
                case 0: return KernelSin(hi, lo);
                case 1: return KernelCos(hi, lo);
                case 2: return -KernelSin(hi, lo);
                default: return -KernelCos(hi, lo);
            }
        }

        public static double Cos(double x)
        {
            if (double.IsNaN(x) || double.IsInfinity(x)) return double.NaN;
            int n = ReducePiOver2(x, out double hi, out double lo);
            switch (n & 3)
            {
                case 0: return KernelCos(hi, lo);
                case 1: return -KernelSin(hi, lo);
                case 2: return -KernelCos(hi, lo);
                default: return KernelSin(hi, lo);
            }
        }

        public static double Tan(double x)
        {
            if (double.IsNaN(x) || double.IsInfinity(x)) return double.NaN;
            if (Abs(x) < 1e-8) return x;
            int n = ReducePiOver2(x, out double hi, out double lo);
            double s = KernelSin(hi, lo), c = KernelCos(hi, lo);
            return (n & 1) == 0 ? s / c : -c / s;
        }

        private static readonly double[] s_atanHi = { 4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01, 1.57079632679489655800e+00 };
        private static readonly double[] s_atanLo = { 2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17 };

        public static double Atan(double x)
        {
            if (double.IsNaN(x)) return x;
            double ax = Abs(x);
            if (ax > 1.0e17) return CopySign(1.57079632679489655800e+00, x);
            if (ax < 1e-9) return x;
            int id;
            if (ax < 0.4375) id = -1;
            else if (ax < 0.6875) { id = 0; ax = (2.0 * ax - 1.0) / (2.0 + ax); }
            else if (ax < 1.1875) { id = 1; ax = (ax - 1.0) / (ax + 1.0); }
            else if (ax < 2.4375) { id = 2; ax = (ax - 1.5) / (1.0 + 1.5 * ax); }
            else { id = 3; ax = -1.0 / ax; }
            double z = ax * ax, w = z * z;
            double s1 = z * (3.33333333333329318027e-01 + w * (1.42857142725034663711e-01 + w * (9.09088713343650656196e-02
                + w * (6.66107313738753120669e-02 + w * (4.97687799461593236017e-02 + w * 1.62858201153657823623e-02)))));
            double s2 = w * (-1.99999999998764832476e-01 + w * (-1.11111104054623557880e-01 + w * (-7.69187620504482999495e-02
                + w * (-5.83357013379057348645e-02 + w * -3.65315727442169155270e-02))));
            double r;
            if (id < 0) r = ax - ax * (s1 + s2);
            else r = s_atanHi[id] - ((ax * (s1 + s2) - s_atanLo[id]) - ax);
            return CopySign(r, x);
        }

        public static double Atan2(double y, double x)
        {
            if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
            const double pi = 3.1415926535897931160E+00, piLo = 1.2246467991473531772E-16, piO2 = 1.57079632679489655800e+00;
            if (x == 1.0) return Atan(y);
            bool yNeg = double.IsNegative(y), xNeg = double.IsNegative(x);
            if (y == 0)
            {
                if (!xNeg) return y;
                return yNeg ? -pi : pi;
            }
            if (x == 0) return yNeg ? -piO2 : piO2;
            if (double.IsInfinity(x))
            {
                if (double.IsInfinity(y))
                {
                    double q = xNeg ? 3 * pi / 4 : pi / 4;
                    return yNeg ? -q : q;
                }
                double r = xNeg ? pi : 0.0;
                return yNeg ? -r : r;
            }
            if (double.IsInfinity(y)) return yNeg ? -piO2 : piO2;
            double z = Atan(Abs(y / x));
            if (xNeg) z = pi - (z - piLo);
            return yNeg ? -z : z;
        }

        public static double Asin(double x)
        {
            if (double.IsNaN(x) || Abs(x) > 1) return double.NaN;
            if (Abs(x) == 1) return CopySign(1.57079632679489655800e+00, x);
            return Atan2(x, Sqrt((1 - x) * (1 + x)));
        }

        public static double Acos(double x)
        {
            if (double.IsNaN(x) || Abs(x) > 1) return double.NaN;
            if (x == 1) return 0;
            if (x == -1) return PI;
            return Atan2(Sqrt((1 - x) * (1 + x)), x);
        }

        public static double Asinh(double x) => double.IsInfinity(x) ? x : CopySign(Log(Abs(x) + Sqrt(x * x + 1)), x);
        public static double Acosh(double x) => x < 1 ? double.NaN : Log(x + Sqrt(x * x - 1));
        public static double Atanh(double x) => Abs(x) > 1 ? double.NaN : 0.5 * Log((1 + x) / (1 - x));
    }
}
