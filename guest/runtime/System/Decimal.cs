using System.Globalization;
using System.Runtime.CompilerServices;

// 96-bit integer mantissa, a power-of-ten scale 0..28 and a sign, as .NET's System.Decimal. Arithmetic is done
// exactly in big integers and rounded once to 96 bits / 28 places (half to even), which gives .NET's results.
namespace System
{
    public readonly unsafe struct Decimal : IComparable, IEquatable<decimal>, IComparable<decimal>, IFormattable
    {
        private const int SignMask = unchecked((int)0x80000000);
        private const int ScaleShift = 16;

        private readonly int _flags;
        private readonly uint _hi32;
        private readonly ulong _lo64;

        public const decimal Zero = 0m;
        public const decimal One = 1m;
        public const decimal MinusOne = -1m;
        public const decimal MaxValue = 79228162514264337593543950335m;
        public const decimal MinValue = -79228162514264337593543950335m;

        public Decimal(int value)
        {
            _flags = value < 0 ? SignMask : 0;
            _lo64 = value < 0 ? (ulong)(-(long)value) : (ulong)value;
            _hi32 = 0;
        }
        public Decimal(uint value) { _flags = 0; _lo64 = value; _hi32 = 0; }
        public Decimal(long value)
        {
            _flags = value < 0 ? SignMask : 0;
            _lo64 = value < 0 ? 0 - (ulong)value : (ulong)value;
            _hi32 = 0;
        }
        public Decimal(ulong value) { _flags = 0; _lo64 = value; _hi32 = 0; }
        public Decimal(int lo, int mid, int hi, bool isNegative, byte scale)
        {
            if (scale > 28) throw new ArgumentOutOfRangeException("scale", "Decimal's scale value must be between 0 and 28, inclusive.");
            _lo64 = (uint)lo | ((ulong)(uint)mid << 32);
            _hi32 = (uint)hi;
            _flags = (scale << ScaleShift) | (isNegative ? SignMask : 0);
        }
        public Decimal(double value) { this = FromDouble(value, 15); }
        public Decimal(float value) { this = FromDouble(value, 7); }
        private Decimal(ulong lo, uint hi, int scale, bool negative)
        {
            _lo64 = lo; _hi32 = hi;
            _flags = (scale << ScaleShift) | (negative && (lo | hi) != 0 ? SignMask : 0);
        }

        public byte Scale => (byte)(_flags >> ScaleShift);
        internal bool IsNegative => _flags < 0;
        private bool IsZero => (_lo64 | _hi32) == 0;

        // --- big-integer plumbing ---

        private void ToBig(ref Number.BigInteger b)
        {
            b.Words[0] = (uint)_lo64; b.Words[1] = (uint)(_lo64 >> 32); b.Words[2] = _hi32;
            b.Length = _hi32 != 0 ? 3 : (_lo64 >> 32 != 0 ? 2 : (_lo64 != 0 ? 1 : 0));
        }

        // Rounds m * 10^-scale to 96 bits and at most 28 places (mode: how to round dropped digits).
        private static decimal FromBig(ref Number.BigInteger m, int scale, bool negative, MidpointRounding mode = MidpointRounding.ToEven)
        {
            while (scale < 0)
            {
                Number.BigInteger.MultiplySmall(ref m, 10);
                scale++;
            }
            uint last = 0;
            bool sticky = false, dropped = false;
            while (m.BitLength() > 96 || scale > 28)
            {
                if (scale == 0) throw new OverflowException("Value was either too large or too small for a Decimal.");
                if (dropped) sticky |= last != 0;
                last = Number.BigInteger.DivRemBy10(ref m);
                dropped = true;
                scale--;
                if (m.BitLength() <= 96 && scale <= 28)
                {
                    if (RoundUp(mode, last, sticky, (m.Length > 0 ? m.Words[0] : 0) & 1, negative))
                    {
                        Number.BigInteger.AddSmall(ref m, 1);
                        last = 0; sticky = false; dropped = false;
                    }
                }
            }
            ulong lo = m.Length > 0 ? m.Words[0] : 0;
            if (m.Length > 1) lo |= (ulong)m.Words[1] << 32;
            uint hi = m.Length > 2 ? m.Words[2] : 0;
            return new decimal(lo, hi, scale, negative);
        }

        private static bool RoundUp(MidpointRounding mode, uint digit, bool sticky, uint odd, bool negative)
        {
            bool nonZero = digit != 0 || sticky;
            switch (mode)
            {
                case MidpointRounding.ToEven: return digit > 5 || (digit == 5 && (sticky || odd != 0));
                case MidpointRounding.AwayFromZero: return digit >= 5;
                case MidpointRounding.ToZero: return false;
                case MidpointRounding.ToNegativeInfinity: return negative && nonZero;
                case MidpointRounding.ToPositiveInfinity: return !negative && nonZero;
            }
            throw new ArgumentException("The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding.", "mode");
        }

        // Both mantissas at the larger scale.
        private static int Align(decimal a, decimal b, ref Number.BigInteger ma, ref Number.BigInteger mb)
        {
            a.ToBig(ref ma);
            b.ToBig(ref mb);
            int sa = a.Scale, sb = b.Scale;
            if (sa < sb) Number.BigInteger.MultiplyPow10(ref ma, sb - sa);
            else if (sb < sa) Number.BigInteger.MultiplyPow10(ref mb, sa - sb);
            return sa > sb ? sa : sb;
        }

        private static decimal AddCore(decimal a, decimal b, bool subtract)
        {
            Number.BigInteger ma = default, mb = default, r = default;
            int scale = Align(a, b, ref ma, ref mb);
            bool na = a.IsNegative, nb = b.IsNegative ^ subtract;
            if (na == nb)
            {
                Number.BigInteger.Add(ref ma, ref mb, ref r);
                return FromBig(ref r, scale, na);
            }
            int c = Number.BigInteger.Compare(ref ma, ref mb);
            if (c == 0) return new decimal(0, 0, scale, false);
            if (c > 0) { Number.BigInteger.Subtract(ref ma, ref mb); return FromBig(ref ma, scale, na); }
            Number.BigInteger.Subtract(ref mb, ref ma);
            return FromBig(ref mb, scale, nb);
        }

        public static decimal Add(decimal d1, decimal d2) => AddCore(d1, d2, false);
        public static decimal Subtract(decimal d1, decimal d2) => AddCore(d1, d2, true);

        public static decimal Multiply(decimal d1, decimal d2)
        {
            Number.BigInteger ma = default, mb = default, r = default;
            d1.ToBig(ref ma);
            d2.ToBig(ref mb);
            Number.BigInteger.Multiply(ref ma, ref mb, ref r);
            return FromBig(ref r, d1.Scale + d2.Scale, d1.IsNegative != d2.IsNegative);
        }

        // The exact quotient when it fits; otherwise as many places as 96 bits hold, rounded half to even.
        public static decimal Divide(decimal d1, decimal d2)
        {
            if (d2.IsZero) throw new DivideByZeroException();
            bool negative = d1.IsNegative != d2.IsNegative;
            Number.BigInteger n = default, d = default, q = default, limit = default;
            d1.ToBig(ref n);
            d2.ToBig(ref d);
            int scale = d1.Scale - d2.Scale;
            while (scale < 0) { Number.BigInteger.MultiplySmall(ref n, 10); scale++; }
            Number.BigInteger.DivRem(ref n, ref d, ref q);
            Number.BigInteger.SetUInt64(ref limit, 1);
            Number.BigInteger.ShiftLeft(ref limit, 96);
            while (!n.IsZero && scale < 28)
            {
                // One more digit: q*10 + (n*10)/d, if that still fits in 96 bits.
                Number.BigInteger next = q, r10 = n, digitQ = default;
                Number.BigInteger.MultiplySmall(ref next, 10);
                Number.BigInteger.MultiplySmall(ref r10, 10);
                Number.BigInteger.DivRem(ref r10, ref d, ref digitQ);
                Number.BigInteger.AddSmall(ref next, (uint)digitQ.ToUInt64());
                if (Number.BigInteger.Compare(ref next, ref limit) >= 0) break;
                q = next; n = r10; scale++;
            }
            if (!n.IsZero)
            {
                Number.BigInteger twice = n;
                Number.BigInteger.ShiftLeft(ref twice, 1);
                int c = Number.BigInteger.Compare(ref twice, ref d);
                if (c > 0 || (c == 0 && (q.Length > 0 ? q.Words[0] & 1 : 0) != 0)) Number.BigInteger.AddSmall(ref q, 1);
            }
            return FromBig(ref q, scale, negative);
        }

        public static decimal Remainder(decimal d1, decimal d2)
        {
            if (d2.IsZero) throw new DivideByZeroException();
            Number.BigInteger ma = default, mb = default, q = default;
            int scale = Align(d1, d2, ref ma, ref mb);
            Number.BigInteger.DivRem(ref ma, ref mb, ref q);
            return FromBig(ref ma, scale, d1.IsNegative);
        }

        public static int Compare(decimal d1, decimal d2)
        {
            bool z1 = d1.IsZero, z2 = d2.IsZero;
            if (z1 && z2) return 0;
            bool n1 = d1.IsNegative && !z1, n2 = d2.IsNegative && !z2;
            if (n1 != n2) return n1 ? -1 : 1;
            Number.BigInteger ma = default, mb = default;
            Align(d1, d2, ref ma, ref mb);
            int c = Number.BigInteger.Compare(ref ma, ref mb);
            return n1 ? -c : c;
        }

        public static decimal Negate(decimal d) => new decimal(d._lo64, d._hi32, d.Scale, !d.IsNegative);
        public static decimal Abs(decimal d) => new decimal(d._lo64, d._hi32, d.Scale, false);

        public static decimal Round(decimal d) => Round(d, 0, MidpointRounding.ToEven);
        public static decimal Round(decimal d, int decimals) => Round(d, decimals, MidpointRounding.ToEven);
        public static decimal Round(decimal d, MidpointRounding mode) => Round(d, 0, mode);
        public static decimal Round(decimal d, int decimals, MidpointRounding mode)
        {
            if ((uint)decimals > 28) throw new ArgumentOutOfRangeException("decimals", "Decimal can only round to between 0 and 28 digits of precision.");
            int scale = d.Scale;
            if (scale <= decimals) return d;
            Number.BigInteger m = default;
            d.ToBig(ref m);
            uint last = 0;
            bool sticky = false;
            for (int i = scale; i > decimals; i--)
            {
                sticky |= last != 0;
                last = Number.BigInteger.DivRemBy10(ref m);
            }
            if (RoundUp(mode, last, sticky, (m.Length > 0 ? m.Words[0] : 0) & 1, d.IsNegative)) Number.BigInteger.AddSmall(ref m, 1);
            return FromBig(ref m, decimals, d.IsNegative);
        }

        public static decimal Truncate(decimal d) => Round(d, 0, MidpointRounding.ToZero);
        public static decimal Floor(decimal d) => Round(d, 0, MidpointRounding.ToNegativeInfinity);
        public static decimal Ceiling(decimal d) => Round(d, 0, MidpointRounding.ToPositiveInfinity);

        // --- conversions ---

        private static decimal FromDouble(double value, int digits)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 7.9228162514264338E+28)
                throw new OverflowException("Value was either too large or too small for a Decimal.");
            unsafe
            {
                byte* buf = stackalloc byte[Number.DoubleBufferLength];
                var number = new Number.NumberBuffer(buf, Number.DoubleBufferLength);
                Number.DoubleToNumber(value, digits, true, ref number);
                return FromNumber(ref number);
            }
        }

        // Digits 0.d1..dn * 10^Scale to a decimal (rounding past 28 places).
        internal static unsafe decimal FromNumber(ref Number.NumberBuffer number)
        {
            Number.BigInteger m = default;
            Number.BigInteger.SetUInt64(ref m, 0);
            for (int i = 0; i < number.Count; i++)
            {
                Number.BigInteger.MultiplySmall(ref m, 10);
                Number.BigInteger.AddSmall(ref m, (uint)(number.Digits[i] - '0'));
            }
            int scale = number.Count - number.Scale;
            if (number.Count == 0) scale = number.Scale < 0 ? -number.Scale : 0;
            if (scale > 28 + 100) return new decimal(0, 0, 28, false);
            return FromBig(ref m, scale, number.IsNegative);
        }

        internal unsafe void ToNumber(ref Number.NumberBuffer number)
        {
            Number.BigInteger m = default;
            ToBig(ref m);
            byte* tmp = stackalloc byte[32];
            int n = 0;
            while (!m.IsZero) tmp[n++] = (byte)('0' + Number.BigInteger.DivRemBy10(ref m));
            for (int i = 0; i < n; i++) number.Digits[i] = tmp[n - 1 - i];
            number.Count = n;
            number.Scale = n - Scale;
            number.IsNegative = IsNegative && n > 0;
            number.IsDecimal = true;
            if (n == 0) number.Scale = -Scale;
        }

        public static double ToDouble(decimal d)
        {
            unsafe
            {
                byte* buf = stackalloc byte[40];
                var number = new Number.NumberBuffer(buf, 40);
                d.ToNumber(ref number);
                if (number.Count == 0) return d.IsNegative ? -0.0 : 0.0;
                return Number.DigitsToDouble(ref number);
            }
        }

        public static long ToInt64(decimal d)
        {
            decimal t = Truncate(d);
            if (t._hi32 != 0 || (t._lo64 >> 63 != 0 && !(t.IsNegative && t._lo64 == 1UL << 63)))
                throw new OverflowException("Value was either too large or too small for an Int64.");
            return t.IsNegative ? (long)(0 - t._lo64) : (long)t._lo64;
        }
        public static ulong ToUInt64(decimal d)
        {
            decimal t = Truncate(d);
            if (t._hi32 != 0 || (t.IsNegative && t._lo64 != 0)) throw new OverflowException("Value was either too large or too small for a UInt64.");
            return t._lo64;
        }
        public static int ToInt32(decimal d)
        {
            long v = ToInt64Checked(d, "Int32");
            if (v < int.MinValue || v > int.MaxValue) throw new OverflowException("Value was either too large or too small for an Int32.");
            return (int)v;
        }
        private static long ToInt64Checked(decimal d, string name)
        {
            decimal t = Truncate(d);
            if (t._hi32 != 0 || t._lo64 > long.MaxValue) throw new OverflowException("Value was either too large or too small for an " + name + ".");
            return t.IsNegative ? -(long)t._lo64 : (long)t._lo64;
        }

        public static implicit operator decimal(int value) => new decimal(value);
        public static implicit operator decimal(uint value) => new decimal(value);
        public static implicit operator decimal(long value) => new decimal(value);
        public static implicit operator decimal(ulong value) => new decimal(value);
        public static implicit operator decimal(short value) => new decimal(value);
        public static implicit operator decimal(ushort value) => new decimal(value);
        public static implicit operator decimal(byte value) => new decimal(value);
        public static implicit operator decimal(sbyte value) => new decimal(value);
        public static implicit operator decimal(char value) => new decimal(value);
        public static explicit operator decimal(double value) => new decimal(value);
        public static explicit operator decimal(float value) => new decimal(value);
        public static explicit operator double(decimal value) => ToDouble(value);
        public static explicit operator float(decimal value) => (float)ToDouble(value);
        public static explicit operator int(decimal value) => ToInt32(value);
        public static explicit operator long(decimal value) => ToInt64(value);
        public static explicit operator uint(decimal value) { long v = ToInt64(value); if ((ulong)v > uint.MaxValue) throw new OverflowException("Value was either too large or too small for a UInt32."); return (uint)v; }
        public static explicit operator ulong(decimal value) => ToUInt64(value);
        public static explicit operator short(decimal value) { int v = ToInt32(value); if (v < short.MinValue || v > short.MaxValue) throw new OverflowException("Value was either too large or too small for an Int16."); return (short)v; }
        public static explicit operator byte(decimal value) { int v = ToInt32(value); if ((uint)v > 255) throw new OverflowException("Value was either too large or too small for an unsigned byte."); return (byte)v; }
        public static explicit operator char(decimal value) { int v = ToInt32(value); if ((uint)v > 0xFFFF) throw new OverflowException("Value was either too large or too small for a character."); return (char)v; }

        public static decimal operator +(decimal d) => d;
        public static decimal operator -(decimal d) => Negate(d);
        public static decimal operator ++(decimal d) => Add(d, 1m);
        public static decimal operator --(decimal d) => Subtract(d, 1m);
        public static decimal operator +(decimal d1, decimal d2) => Add(d1, d2);
        public static decimal operator -(decimal d1, decimal d2) => Subtract(d1, d2);
        public static decimal operator *(decimal d1, decimal d2) => Multiply(d1, d2);
        public static decimal operator /(decimal d1, decimal d2) => Divide(d1, d2);
        public static decimal operator %(decimal d1, decimal d2) => Remainder(d1, d2);
        public static bool operator ==(decimal d1, decimal d2) => Compare(d1, d2) == 0;
        public static bool operator !=(decimal d1, decimal d2) => Compare(d1, d2) != 0;
        public static bool operator <(decimal d1, decimal d2) => Compare(d1, d2) < 0;
        public static bool operator <=(decimal d1, decimal d2) => Compare(d1, d2) <= 0;
        public static bool operator >(decimal d1, decimal d2) => Compare(d1, d2) > 0;
        public static bool operator >=(decimal d1, decimal d2) => Compare(d1, d2) >= 0;

        public int CompareTo(decimal value) => Compare(this, value);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is decimal d) return Compare(this, d);
            throw new ArgumentException("Object must be of type Decimal.");
        }
        public bool Equals(decimal value) => Compare(this, value) == 0;
        public override bool Equals(object value) => value is decimal d && Compare(this, d) == 0;
        public static bool Equals(decimal d1, decimal d2) => Compare(d1, d2) == 0;

        // Equal values (1.0m and 1.00m) hash alike: hash the double value.
        public override int GetHashCode()
        {
            double d = ToDouble(this);
            if (d == 0) return 0;
            long bits = BitConverter.DoubleToInt64Bits(d);
            return (int)bits ^ (int)(bits >> 32);
        }

        public static int[] GetBits(decimal d) => new int[] { (int)(uint)d._lo64, (int)(uint)(d._lo64 >> 32), (int)d._hi32, d._flags };

        // --- text ---

        public override string ToString() => Number.FormatDecimal(this, null);
        public string ToString(string format) => Number.FormatDecimal(this, format);
        public string ToString(IFormatProvider provider) => Number.FormatDecimal(this, null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatDecimal(this, format);

        public static decimal Parse(string s) => Parse(s, NumberStyles.Number, null);
        public static decimal Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Number, provider);
        public static decimal Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static decimal Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) ThrowHelpers.ThrowArgumentNull("s");
            if (!Number.TryParseDecimal(s, style, out decimal r, out bool overflow))
            {
                if (overflow) throw new OverflowException("Value was either too large or too small for a Decimal.");
                Number.ThrowParseFailure(Number.ParseStatus.Format, s, "Decimal");
            }
            return r;
        }
        public static bool TryParse(string s, out decimal result) => TryParse(s, NumberStyles.Number, null, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out decimal result)
        {
            result = 0m;
            if (s == null) return false;
            return Number.TryParseDecimal(s, style, out result, out _);
        }
        public static bool TryParse(ReadOnlySpan<char> s, out decimal result) => Number.TryParseDecimal(s, NumberStyles.Number, out result, out _);
    }
}

namespace System.Runtime.CompilerServices
{
    // The C# compiler records `const decimal` values with this attribute.
    public sealed class DecimalConstantAttribute : Attribute
    {
        public DecimalConstantAttribute(byte scale, byte sign, uint hi, uint mid, uint low) { }
        public DecimalConstantAttribute(byte scale, byte sign, int hi, int mid, int low) { }
    }
}

namespace System
{
    internal static unsafe partial class Number
    {
        internal static string FormatDecimal(decimal value, string format)
        {
            byte* digits = stackalloc byte[40];
            var number = new NumberBuffer(digits, 40);
            value.ToNumber(ref number);
            char kind = ParseStandard(format, out int precision);
            if (kind == '\0') return FormatCustom(ref number, format);
            if (kind == 'X' || kind == 'x' || kind == 'D' || kind == 'd' || kind == 'R' || kind == 'r') ThrowBadFormat();
            if (kind == 'G' || kind == 'g')
            {
                if (precision <= 0)
                {
                    var sb = new System.Text.StringBuilder();
                    if (number.IsNegative) sb.Append('-');
                    AppendGeneral(sb, ref number, int.MaxValue, 'E', true);
                    return sb.ToString();
                }
            }
            return FormatStandard(ref number, kind, precision, number.Scale);
        }

        internal static bool TryParseDecimal(ReadOnlySpan<char> s, NumberStyles styles, out decimal result, out bool overflow)
        {
            result = 0m;
            overflow = false;
            ValidateStyles(styles, false);
            byte* digits = stackalloc byte[MaxParseDigits];
            var number = new NumberBuffer(digits, MaxParseDigits);
            if (!TryScan(s, styles, ref number, out _)) return false;
            if (number.Scale > 29) { overflow = true; return false; }
            result = decimal.FromNumber(ref number);
            return true;
        }

        internal static double DigitsToDouble(ref NumberBuffer number) => DigitsToFloat(ref number, false);
    }
}
