// Exponentials, logarithms, trigonometry and the hyperbolic functions in double precision, made to print what .NET
// on Linux prints: .NET calls glibc's libm, whose results are correctly rounded (or within 0.52 ulp) for most of
// these, so a result one ulp off shows up as a different last digit of double.ToString().
//
// The method: reduce the argument exactly (or to far more bits than a double holds), evaluate in double-double
// arithmetic (a value carried as an unevaluated sum hi + lo, 106 bits), with a relative error well below 2^-70,
// then round once. Exact results (Pow(4, 0.5), Log2(8), Cbrt(27)) come out exact because the error is far smaller
// than half an ulp. No FMA instruction is needed: products are split the Dekker way (Math.TwoProductError).
// Log10 keeps fdlibm's formula on top of a correctly rounded Log, because that is what glibc does.
// Every path is allocation-free.
namespace System
{
    public static partial class Math
    {
        // ---- double-double arithmetic ----

        // hi + lo with |lo| <= ulp(hi)/2, so hi is the value rounded to double.
        private struct DD
        {
            public double Hi, Lo;
            public DD(double hi, double lo) { Hi = hi; Lo = lo; }
        }

        private static DD TwoSum(double a, double b)
        {
            double s = a + b, bb = s - a;
            return new DD(s, (a - (s - bb)) + (b - bb));
        }

        private static DD QuickTwoSum(double a, double b)   // |a| >= |b|
        {
            double s = a + b;
            return new DD(s, b - (s - a));
        }

        private static DD TwoProd(double a, double b)
        {
            double p = a * b;
            return new DD(p, TwoProductError(a, b, p));
        }

        private static DD Add(DD a, DD b)
        {
            DD s = TwoSum(a.Hi, b.Hi);
            DD t = TwoSum(a.Lo, b.Lo);
            s = QuickTwoSum(s.Hi, s.Lo + t.Hi);
            return QuickTwoSum(s.Hi, s.Lo + t.Lo);
        }

        private static DD Add(DD a, double b)
        {
            DD s = TwoSum(a.Hi, b);
            return QuickTwoSum(s.Hi, s.Lo + a.Lo);
        }

        private static DD Neg(DD a) => new DD(-a.Hi, -a.Lo);

        private static DD Mul(DD a, DD b)
        {
            DD p = TwoProd(a.Hi, b.Hi);
            return QuickTwoSum(p.Hi, p.Lo + (a.Hi * b.Lo + a.Lo * b.Hi));
        }

        private static DD Mul(DD a, double b)
        {
            DD p = TwoProd(a.Hi, b);
            return QuickTwoSum(p.Hi, p.Lo + a.Lo * b);
        }

        private static DD Div(DD a, DD b)
        {
            double q1 = a.Hi / b.Hi;
            DD r = Add(a, Neg(Mul(b, q1)));
            double q2 = r.Hi / b.Hi;
            r = Add(r, Neg(Mul(b, q2)));
            double q3 = r.Hi / b.Hi;
            DD q = QuickTwoSum(q1, q2);
            return Add(q, q3);
        }

        private static DD Sqrt(DD a)
        {
            if (a.Hi <= 0) return new DD(0, 0);
            double s = Sqrt(a.Hi);
            DD r = Add(a, Neg(TwoProd(s, s)));
            return QuickTwoSum(s, r.Hi / (2 * s));
        }

        private static DD Scale(DD a, double powerOfTwo) => new DD(a.Hi * powerOfTwo, a.Lo * powerOfTwo);

        // (hi + lo) * 2^k rounded once, also when the result is subnormal: hi + lo is first rounded to odd (to 53
        // bits, sticky in the last bit), which makes the second rounding to fewer bits exact-as-if-once.
        private static double ScaleRounded(DD a, int k)
        {
            double s = a.Hi + a.Lo;
            double t = Number.ScaleByPowerOfTwo(s, k);
            if (Abs(t) >= 2.2250738585072014e-308) return t;   // normal (or infinite): the scaling was exact
            double err = a.Lo - (s - a.Hi);
            long bits = BitConverter.DoubleToInt64Bits(s);
            if (err != 0 && (bits & 1) == 0) s = BitConverter.Int64BitsToDouble((err > 0) == (s > 0) ? bits + 1 : bits - 1);
            return Number.ScaleByPowerOfTwo(s, k);
        }

        // ---- constants ----

        // ln 2 in three parts; Ln2Hi has 42 significant bits, so k * Ln2Hi is exact for |k| < 2^11.
        private const double Ln2Hi = 0.6931471805598903;
        private const double Ln2Mid = 5.497923018708371e-14;
        private const double Ln2Lo = 1.94704509238075e-31;
        private const double InvLn2 = 1.4426950408889634, InvLn2Lo = 2.0355273740931033e-17;   // 1/ln 2
        private const double PiHi = 3.141592653589793, PiLo = 1.2246467991473532e-16;          // pi
        private const double PiO2Hi = 1.5707963267948966, PiO2Lo = 6.123233995736766e-17;      // pi/2
        // 1/n as double-double for the odd n the series below need beyond double precision.
        private const double Inv3Hi = 0.3333333333333333, Inv3Lo = 1.850371707708594e-17;
        private const double Inv5Hi = 0.2, Inv5Lo = -1.1102230246251566e-17;
        private const double Inv7Hi = 0.14285714285714285, Inv7Lo = 7.93016446160826e-18;
        private const double Inv9Hi = 0.1111111111111111, Inv9Lo = 6.1679056923619804e-18;
        // 1/n! as double-double.
        private const double InvFact3Hi = 0.16666666666666666, InvFact3Lo = 9.25185853854297e-18;
        private const double InvFact4Hi = 0.041666666666666664, InvFact4Lo = 2.3129646346357427e-18;
        private const double InvFact5Hi = 0.008333333333333333, InvFact5Lo = 1.1564823173178714e-19;
        private const double InvFact6Hi = 0.001388888888888889, InvFact6Lo = -5.300543954373577e-20;
        private const double InvFact7Hi = 0.0001984126984126984, InvFact7Lo = 1.7209558293420705e-22;
        private const double InvFact8Hi = 2.48015873015873e-05, InvFact8Lo = 2.1511947866775882e-23;
        private const double InvFact9Hi = 2.7557319223985893e-06, InvFact9Lo = -1.858393274046472e-22;
        private const double TwoPow27 = 134217728.0, TwoPowM27 = 1.0 / 134217728.0;

        // ---- exp ----

        // e^r - 1 for |r| <= ln2/2 (r as double-double): the Taylor series of e^(r/256) - 1, then eight doublings
        // e^2s - 1 = (e^s - 1)(e^s - 1 + 2), which keep the relative error near 2^-96.
        private static DD ExpM1Reduced(DD r)
        {
            DD s = Scale(r, 1.0 / 256);
            double sh = s.Hi;
            // Terms from s^4/4! on stay below 2^-33 of the sum: double precision is enough for them.
            double t = 1.0 / 24 + sh * (1.0 / 120 + sh * (1.0 / 720 + sh * (1.0 / 5040 + sh * (1.0 / 40320
                + sh * (1.0 / 362880 + sh * (1.0 / 3628800))))));
            DD p = Add(Mul(s, t), new DD(InvFact3Hi, InvFact3Lo));
            p = Add(Mul(p, s), 0.5);
            p = Add(Mul(p, s), 1.0);
            DD m = Mul(p, s);
            for (int i = 0; i < 8; i++) m = Mul(m, Add(m, 2.0));
            return m;
        }

        // e^x = 2^k * result, with result in [0.7, 1.42]; |x.Hi| below about 1100.
        private static DD ExpReduced(DD x, out int k)
        {
            double fk = Round(x.Hi * InvLn2);
            k = (int)fk;
            DD r = TwoSum(x.Hi - fk * Ln2Hi, x.Lo);
            r = Add(r, Neg(TwoProd(fk, Ln2Mid)));
            r = Add(r, -fk * Ln2Lo);
            return Add(ExpM1Reduced(r), 1.0);
        }

        public static double Exp(double x)
        {
            if (double.IsNaN(x)) return x;
            if (x > 709.8) return double.PositiveInfinity;
            if (x < -745.2) return 0;
            if (Abs(x) < 1.0 / (1L << 54)) return 1 + x;
            DD e = ExpReduced(new DD(x, 0), out int k);
            return ScaleRounded(e, k);
        }

        // ---- log ----

        // ln x for positive finite x, as double-double with a relative error below 2^-80.
        // x = 2^e * m with m in [sqrt(2)/2, sqrt(2)); ln m = 2 atanh(s) = 2(s + s^3/3 + s^5/5 + ...), s = (m-1)/(m+1).
        private static DD LogDD(double x)
        {
            int e = 0;
            long bits = BitConverter.DoubleToInt64Bits(x);
            if (bits < 0x0010000000000000) { x *= 18014398509481984.0; e = -54; bits = BitConverter.DoubleToInt64Bits(x); }   // subnormal: * 2^54
            e += (int)(bits >> 52) - 1023;
            long mant = bits & 0x000FFFFFFFFFFFFF;
            if (mant > 0x6A09E667F3BCD) { e++; bits = mant | 0x3FE0000000000000; } else bits = mant | 0x3FF0000000000000;
            double f = BitConverter.Int64BitsToDouble(bits) - 1.0;   // exact
            DD s = Div(new DD(f, 0), TwoSum(2.0, f));
            DD z = Mul(s, s);
            double zh = z.Hi;   // z <= 0.0295: from z^5 on, double precision is enough (2^-82 of the sum)
            double t = 1.0 / 11 + zh * (1.0 / 13 + zh * (1.0 / 15 + zh * (1.0 / 17 + zh * (1.0 / 19 + zh * (1.0 / 21
                + zh * (1.0 / 23 + zh * (1.0 / 25 + zh * (1.0 / 27 + zh * (1.0 / 29 + zh * (1.0 / 31 + zh * (1.0 / 33
                + zh * (1.0 / 35 + zh * (1.0 / 37 + zh * (1.0 / 39 + zh * (1.0 / 41 + zh * (1.0 / 43))))))))))))))));
            DD p = Add(Mul(z, t), new DD(Inv9Hi, Inv9Lo));
            p = Add(Mul(p, z), new DD(Inv7Hi, Inv7Lo));
            p = Add(Mul(p, z), new DD(Inv5Hi, Inv5Lo));
            p = Add(Mul(p, z), new DD(Inv3Hi, Inv3Lo));
            p = Add(Mul(p, z), 1.0);
            DD lnm = Scale(Mul(p, s), 2.0);
            if (e == 0) return lnm;
            DD r = Add(lnm, e * Ln2Hi);
            r = Add(r, TwoProd(e, Ln2Mid));
            return Add(r, e * Ln2Lo);
        }

        // ln of a double-double argument: ln(hi) + ln(1 + lo/hi), where lo/hi < 2^-53 so one term suffices.
        private static DD LogDD(DD x) => Add(LogDD(x.Hi), x.Lo / x.Hi);

        public static double Log(double x)
        {
            if (double.IsNaN(x) || x < 0) return double.NaN;
            if (x == 0) return double.NegativeInfinity;
            if (double.IsPositiveInfinity(x)) return x;
            return LogDD(x).Hi;
        }

        // glibc's log10 (fdlibm's): log10(2^k * m) = k*log10(2) + log10(m), with log10(2) in two parts so only the
        // small term rounds, on top of a correctly rounded ln. Same formula, same roundings, same results.
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
            const double Log10Of2Hi = 3.01029995663611771306e-01, Log10Of2Lo = 3.69423907715893078616e-13, InvLn10 = 4.34294481903251816668e-01;
            double z = y * Log10Of2Lo + InvLn10 * Log(m);
            return z + y * Log10Of2Hi;
        }

        public static double Log2(double x)
        {
            if (double.IsNaN(x) || x < 0) return double.NaN;
            if (x == 0) return double.NegativeInfinity;
            if (double.IsPositiveInfinity(x)) return x;
            return Mul(LogDD(x), new DD(InvLn2, InvLn2Lo)).Hi;
        }

        // ---- pow ----

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
            // x^y = e^(y ln x), with ln x to 2^-80 and the product as double-double.
            DD l = LogDD(x);
            double p = y * l.Hi;
            if (p > 709.8) return double.PositiveInfinity;
            if (p < -745.2) return 0;
            // |ln x| >= 2^-53 here, so |y| < 2^63: the Dekker split of y cannot overflow.
            DD e = ExpReduced(Mul(l, y), out int k);
            return ScaleRounded(e, k);
        }

        // ---- trigonometry ----

        // 2/pi in binary, 64 bits a word, after one word of zeros (so the window for arguments below 1 starts inside).
        private static readonly ulong[] s_twoOverPi =
        {
            0, 0xA2F9836E4E441529, 0xFC2757D1F534DDC0, 0xDB6295993C439041, 0xFE5163ABDEBBC561, 0xB7246E3A424DD2E0,
            0x06492EEA09D1921C, 0xFE1DEB1CB129A73E, 0xE88235F52EBB4484, 0xE99C7026B45F7E41, 0x3991D639835339F4,
            0x9C845F8BBDF9283B, 0x1FF897FFDE05980F, 0xEF2F118B5A0A6D1F, 0x6D367ECF27CB09B7, 0x4F463F669E5FEA2D,
            0x7527BAC7EBE5F17B, 0x3D0739F78A5292EA, 0x6BFB5FB11F8D5D08, 0x56033046FC7B6BAB, 0xF0CFBC209AF4361D,
        };

        private static ulong TwoOverPiBits(int start)   // the 64 bits of s_twoOverPi from bit index start (0 = MSB of word 0)
        {
            int w = start >> 6, sh = start & 63;
            return sh == 0 ? s_twoOverPi[w] : (s_twoOverPi[w] << sh) | (s_twoOverPi[w + 1] >> (64 - sh));
        }

        // ax = n*pi/2 + r with |r| <= pi/4 (r as double-double); returns n mod 4. ax positive, finite, >= 2^-10.
        // Payne-Hanek: ax = m * 2^q with m a 53-bit integer, and ax * 2/pi mod 4 is m times a 192-bit window of the
        // bits of 2/pi (the bits before it only add multiples of 4); that leaves 2 integer bits and a 190-bit fraction.
        private static int ReduceHalfPi(double ax, out DD r)
        {
            long bits = BitConverter.DoubleToInt64Bits(ax);
            int q = (int)(bits >> 52) - 1075;
            ulong m = (ulong)(bits & 0x000FFFFFFFFFFFFF) | (1UL << 52);
            // Bit i after the binary point of 2/pi sits at index 63 + i; the window starts at i = q - 1.
            int start = 63 + q - 1;
            ulong w2 = TwoOverPiBits(start), w1 = TwoOverPiBits(start + 64), w0 = TwoOverPiBits(start + 128);
            // p = m * (w2:w1:w0), keeping the low 192 bits (p2:p1:p0).
            ulong h0 = BigMul(m, w0, out ulong p0);
            ulong h1 = BigMul(m, w1, out ulong l1);
            ulong l2 = m * w2;
            ulong p1 = l1 + h0;
            ulong carry = p1 < l1 ? 1UL : 0;
            ulong p2 = l2 + h1 + carry;
            // Integer part: the top 2 bits of p2; fraction: the 190 bits below.
            int n = (int)(p2 >> 62);
            ulong f2 = p2 << 2 | p1 >> 62, f1 = p1 << 2 | p0 >> 62;
            bool negative = (f2 >> 63) != 0;   // fraction >= 1/2: take n+1 and a negative remainder
            if (negative)
            {
                n++;
                f2 = ~f2; f1 = ~f1;                    // 1 - f, less 2^-128
            }
            // The fraction to double-double: three exact 53-bit (or fewer) pieces, summed.
            double a = (double)(f2 >> 11) * (1.0 / (1L << 53));
            double b = (double)((f2 & 0x7FF) << 42 | f1 >> 22) * (1.0 / (1L << 53) / (1L << 53));
            double c = (double)(f1 & 0x3FFFFF) * (1.0 / (1L << 53) / (1L << 53) / (1L << 22));
            DD frac = Add(QuickTwoSum(a, b), c);
            r = Mul(frac, new DD(PiO2Hi, PiO2Lo));
            if (negative) r = Neg(r);
            return n & 3;
        }

        // sin r and cos r for |r| <= pi/4: Taylor series, the terms past r^9 in double (below 2^-28 of the sum).
        private static DD SinKernel(DD r)
        {
            DD z = Mul(r, r);
            double zh = z.Hi;
            double t = -1.0 / 39916800 + zh * (1.0 / 6227020800 + zh * (-1.0 / 1307674368000 + zh * (1.0 / 355687428096000
                + zh * (-1.0 / 121645100408832000 + zh * (1.0 / 51090942171709440000.0 + zh * (-1.0 / 25852016738884976640000.0
                + zh * (1.0 / 15511210043330985984000000.0 + zh * (-1.0 / 10888869450418352160768000000.0
                + zh * (1.0 / 8841761993739701954543616000000.0)))))))));
            DD p = Add(Mul(z, t), new DD(InvFact9Hi, InvFact9Lo));
            p = Add(Mul(p, z), new DD(-InvFact7Hi, -InvFact7Lo));
            p = Add(Mul(p, z), new DD(InvFact5Hi, InvFact5Lo));
            p = Add(Mul(p, z), new DD(-InvFact3Hi, -InvFact3Lo));
            return Add(r, Mul(Mul(p, z), r));
        }

        private static DD CosKernel(DD r)
        {
            DD z = Mul(r, r);
            double zh = z.Hi;
            double t = -1.0 / 3628800 + zh * (1.0 / 479001600 + zh * (-1.0 / 87178291200 + zh * (1.0 / 20922789888000
                + zh * (-1.0 / 6402373705728000 + zh * (1.0 / 2432902008176640000 + zh * (-1.0 / 1124000727777607680000.0
                + zh * (1.0 / 620448401733239439360000.0 + zh * (-1.0 / 403291461126605635584000000.0
                + zh * (1.0 / 304888344611713860501504000000.0)))))))));
            DD p = Add(Mul(z, t), new DD(InvFact8Hi, InvFact8Lo));
            p = Add(Mul(p, z), new DD(-InvFact6Hi, -InvFact6Lo));
            p = Add(Mul(p, z), new DD(InvFact4Hi, InvFact4Lo));
            p = Add(Mul(p, z), -0.5);
            return Add(Mul(p, z), 1.0);
        }

        // Reduces x (finite) to r in [-pi/4, pi/4] with x = sign * (n*pi/2 + r).
        private static int Reduce(double x, out DD r)
        {
            double ax = Abs(x);
            if (ax <= 0.78539816339744828) { r = new DD(ax, 0); return 0; }   // below pi/4
            return ReduceHalfPi(ax, out r);
        }

        public static double Sin(double x)
        {
            if (!double.IsFinite(x)) return double.NaN;
            if (Abs(x) < TwoPowM27) return x;   // sin x = x - x^3/6 rounds to x
            int n = Reduce(x, out DD r);
            DD v = (n & 1) == 0 ? SinKernel(r) : CosKernel(r);
            double s = v.Hi;
            if ((n & 2) != 0) s = -s;
            return x < 0 ? -s : s;
        }

        public static double Cos(double x)
        {
            if (!double.IsFinite(x)) return double.NaN;
            if (Abs(x) < TwoPowM27 / 2) return 1;   // cos x = 1 - x^2/2 rounds to 1
            int n = Reduce(x, out DD r);
            DD v = (n & 1) == 0 ? CosKernel(r) : SinKernel(r);
            return ((n + 1) & 2) != 0 ? -v.Hi : v.Hi;
        }

        public static double Tan(double x)
        {
            if (!double.IsFinite(x)) return double.NaN;
            if (Abs(x) < TwoPowM27) return x;   // tan x = x + x^3/3 rounds to x
            int n = Reduce(x, out DD r);
            DD s = SinKernel(r), c = CosKernel(r);
            double t = (n & 1) == 0 ? Div(s, c).Hi : -Div(c, s).Hi;
            return x < 0 ? -t : t;
        }

        // atan(j/8) for j = 0..8, as hi, lo pairs.
        private static readonly double[] s_atanEighths =
        {
            0.0, 0.0,
            0.12435499454676144, -3.1253241424539383e-18,
            0.24497866312686414, 1.0698755618734451e-17,
            0.35877067027057225, -2.4623815582638635e-17,
            0.4636476090008061, 2.2698777452961687e-17,
            0.5585993153435624, -5.4556305485916264e-18,
            0.6435011087932844, 1.5834785051444286e-17,
            0.7188299996216245, -2.1478388444456983e-17,
            0.7853981633974483, 3.061616997868383e-17,
        };

        // atan t for 0 <= t <= 1: atan t = atan c + atan((t - c)/(1 + t c)) with c = j/8 nearest t, then the series
        // of atan u for |u| <= 1/15, the terms past u^7 in double (below 2^-26 of the sum).
        private static DD AtanKernel(DD t)
        {
            int j = (int)(t.Hi * 8 + 0.5);
            double c = j * 0.125;
            DD u = j == 0 ? t : Div(Add(t, -c), Add(Mul(t, c), 1.0));
            DD z = Mul(u, u);
            double zh = z.Hi;
            double tail = 1.0 / 9 + zh * (-1.0 / 11 + zh * (1.0 / 13 + zh * (-1.0 / 15 + zh * (1.0 / 17 + zh * (-1.0 / 19
                + zh * (1.0 / 21 + zh * (-1.0 / 23 + zh * (1.0 / 25 + zh * (-1.0 / 27)))))))));
            DD p = Add(Mul(z, tail), new DD(-Inv7Hi, -Inv7Lo));
            p = Add(Mul(p, z), new DD(Inv5Hi, Inv5Lo));
            p = Add(Mul(p, z), new DD(-Inv3Hi, -Inv3Lo));
            DD a = Add(u, Mul(Mul(p, z), u));
            return j == 0 ? a : Add(a, new DD(s_atanEighths[2 * j], s_atanEighths[2 * j + 1]));
        }

        // atan(num/den) for num, den >= 0 (not both 0) of similar size (no overflow in products).
        private static DD AtanRatio(DD num, DD den)
        {
            if (num.Hi <= den.Hi) return AtanKernel(Div(num, den));
            return Add(new DD(PiO2Hi, PiO2Lo), Neg(AtanKernel(Div(den, num))));
        }

        public static double Atan(double x)
        {
            if (double.IsNaN(x)) return x;
            double ax = Abs(x);
            if (ax < TwoPowM27) return x;                       // atan x = x - x^3/3 rounds to x
            if (ax > 1.0e18) return CopySign(PiO2Hi, x);        // pi/2 - 1/x rounds to pi/2
            double r = ax <= 1 ? AtanKernel(new DD(ax, 0)).Hi : AtanRatio(new DD(ax, 0), new DD(1, 0)).Hi;
            return CopySign(r, x);
        }

        public static double Atan2(double y, double x)
        {
            if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
            bool yNeg = double.IsNegative(y), xNeg = double.IsNegative(x);
            if (y == 0)
            {
                if (!xNeg) return y;
                return yNeg ? -PiHi : PiHi;
            }
            if (x == 0) return yNeg ? -PiO2Hi : PiO2Hi;
            if (double.IsInfinity(x))
            {
                if (double.IsInfinity(y))
                {
                    double q = xNeg ? 3 * PiHi / 4 : PiHi / 4;
                    return yNeg ? -q : q;
                }
                double r = xNeg ? PiHi : 0.0;
                return yNeg ? -r : r;
            }
            if (double.IsInfinity(y)) return yNeg ? -PiO2Hi : PiO2Hi;
            double ax = Abs(x), ay = Abs(y);
            int ex = Exponent(ax), ey = Exponent(ay);
            double result;
            if (ey - ex < -60)
            {
                // |y/x| < 2^-59: atan(y/x) rounds as y/x does; pi - tiny rounds to pi.
                result = xNeg ? PiHi : ay / ax;
            }
            else if (ey - ex > 60) result = PiO2Hi;             // pi/2 -+ tiny rounds to pi/2
            else
            {
                // Scale both by the same power of two so the larger is near 1: products stay in range, exactly.
                int shift = -Max(ex, ey);
                double sx = Number.ScaleByPowerOfTwo(ax, shift), sy = Number.ScaleByPowerOfTwo(ay, shift);
                DD a = AtanRatio(new DD(sy, 0), new DD(sx, 0));
                if (xNeg) a = Add(new DD(PiHi, PiLo), Neg(a));
                result = a.Hi;
            }
            return yNeg ? -result : result;
        }

        // The binary exponent of a positive finite x (subnormals counted as if normalised).
        private static int Exponent(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            int e = (int)(bits >> 52);
            if (e == 0) return Exponent(x * 18014398509481984.0) - 54;
            return e - 1023;
        }

        // sqrt(1 - x^2) as double-double, from (1 - x)(1 + x), both sums exact as pairs.
        private static DD SqrtOneMinusSquare(double ax) => Sqrt(Mul(TwoSum(1, -ax), TwoSum(1, ax)));

        public static double Asin(double x)
        {
            if (double.IsNaN(x) || Abs(x) > 1) return double.NaN;
            double ax = Abs(x);
            if (ax < TwoPowM27) return x;                       // asin x = x + x^3/6 rounds to x
            if (ax == 1) return CopySign(PiO2Hi, x);
            return CopySign(AtanRatio(new DD(ax, 0), SqrtOneMinusSquare(ax)).Hi, x);
        }

        public static double Acos(double x)
        {
            if (double.IsNaN(x) || Abs(x) > 1) return double.NaN;
            if (x == 1) return 0;
            if (x == -1) return PiHi;
            double ax = Abs(x);
            if (ax < 1.0 / (1L << 56)) return PiO2Hi;            // pi/2 -+ x rounds to pi/2
            DD a = AtanRatio(SqrtOneMinusSquare(ax), new DD(ax, 0));
            if (x < 0) a = Add(new DD(PiHi, PiLo), Neg(a));
            return a.Hi;
        }

        // ---- cube root ----

        // A first guess from exp/log, then one Newton step on y^3 = a in double-double, rounded once.
        public static double Cbrt(double x)
        {
            if (x == 0 || !double.IsFinite(x)) return x;
            double a = Abs(x);
            // a = 2^(3j) * b with b in [1, 8): exact scaling, so the root is 2^j * cbrt(b).
            int e = Exponent(a);
            int j = (e >= 0 ? e : e - 2) / 3;
            double b = Number.ScaleByPowerOfTwo(a, -3 * j);
            double y = Exp(Log(b) * (1.0 / 3));
            DD y2 = TwoProd(y, y);
            DD y3 = Mul(y2, y);
            DD resid = Add(y3, -b);                              // y^3 - b, tiny
            DD root = Add(new DD(y, 0), -(resid.Hi / (3 * y2.Hi)));
            double r = Number.ScaleByPowerOfTwo(root.Hi, j);
            return x < 0 ? -r : r;
        }

        // ---- hyperbolic functions ----

        private const double HalfLn2 = 0.34657359027997264;

        public static double Sinh(double x)
        {
            if (!double.IsFinite(x)) return x;
            double ax = Abs(x);
            if (ax < TwoPowM27) return x;                       // sinh x = x + x^3/6 rounds to x
            double r;
            if (ax > 710.5) r = double.PositiveInfinity;
            else if (ax <= HalfLn2)
            {
                // (e^a - e^-a)/2 = (m + m/(m+1))/2 with m = e^a - 1: no cancellation.
                DD m = ExpM1Reduced(new DD(ax, 0));
                r = Scale(Add(m, Div(m, Add(m, 1.0))), 0.5).Hi;
            }
            else
            {
                DD e = ExpReduced(new DD(ax, 0), out int k);
                if (ax > 40) r = ScaleRounded(e, k - 1);        // e^-a is below 2^-115 of the result
                else
                {
                    DD ea = Scale(e, Number.ScaleByPowerOfTwo(1, k));
                    r = Scale(Add(ea, Neg(Div(new DD(1, 0), ea))), 0.5).Hi;
                }
            }
            return x < 0 ? -r : r;
        }

        public static double Cosh(double x)
        {
            if (double.IsNaN(x)) return x;
            double ax = Abs(x);
            if (ax < TwoPowM27 / 2) return 1;                   // cosh x = 1 + x^2/2 rounds to 1
            if (ax > 710.5) return double.PositiveInfinity;
            DD e = ExpReduced(new DD(ax, 0), out int k);
            if (ax > 40) return ScaleRounded(e, k - 1);
            DD ea = Scale(e, Number.ScaleByPowerOfTwo(1, k));
            return Scale(Add(ea, Div(new DD(1, 0), ea)), 0.5).Hi;
        }

        public static double Tanh(double x)
        {
            if (double.IsNaN(x)) return x;
            double ax = Abs(x);
            if (ax < TwoPowM27) return x;                       // tanh x = x - x^3/3 rounds to x
            if (ax > 22) return CopySign(1.0, x);               // 1 - 2e^-2a rounds to 1
            // tanh a = m/(m + 2) with m = e^2a - 1.
            DD m;
            if (2 * ax <= HalfLn2) m = ExpM1Reduced(new DD(2 * ax, 0));
            else
            {
                DD e = ExpReduced(new DD(2 * ax, 0), out int k);
                m = Add(Scale(e, Number.ScaleByPowerOfTwo(1, k)), -1.0);
            }
            double r = Div(m, Add(m, 2.0)).Hi;
            return x < 0 ? -r : r;
        }

        // asinh a = ln(a + sqrt(a^2 + 1)); past 2^60, ln(2a) (the rest is below 2^-120).
        public static double Asinh(double x)
        {
            if (!double.IsFinite(x)) return x;
            double ax = Abs(x);
            if (ax < TwoPowM27) return x;                       // asinh x = x - x^3/6 rounds to x
            DD r;
            if (ax > 1.152921504606846976e18) r = Add(LogDD(ax), new DD(0.6931471805599453, 2.3190468138462996e-17));
            else r = LogDD(Add(Sqrt(Add(TwoProd(ax, ax), 1.0)), ax));
            return x < 0 ? -r.Hi : r.Hi;
        }

        // acosh x = ln(x + sqrt((x - 1)(x + 1))); past 2^60, ln(2x).
        public static double Acosh(double x)
        {
            if (double.IsNaN(x) || x < 1) return double.NaN;
            if (x == 1) return 0;
            if (double.IsPositiveInfinity(x)) return x;
            if (x > 1.152921504606846976e18) return Add(LogDD(x), new DD(0.6931471805599453, 2.3190468138462996e-17)).Hi;
            DD s = Sqrt(Mul(TwoSum(x, -1), TwoSum(x, 1)));
            return LogDD(Add(s, x)).Hi;
        }

        // atanh x = ln((1 + x)/(1 - x)) / 2, the quotient as double-double.
        public static double Atanh(double x)
        {
            if (double.IsNaN(x) || Abs(x) > 1) return double.NaN;
            double ax = Abs(x);
            if (ax == 1) return CopySign(double.PositiveInfinity, x);
            if (ax < TwoPowM27) return x;                       // atanh x = x + x^3/3 rounds to x
            DD q = Div(TwoSum(1, ax), TwoSum(1, -ax));
            double r = 0.5 * LogDD(q).Hi;
            return x < 0 ? -r : r;
        }
    }
}
