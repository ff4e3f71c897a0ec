using System.Globalization;

// Binary floating point. ToString() is the shortest text that reads back as the same value, as in .NET Core 3.0+.
namespace System
{
    public struct Double : IComparable, IEquatable<double>, IComparable<double>, IFormattable
    {
        private readonly double m_value;
        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.9406564584124654E-324;
        public const double NaN = 0.0 / 0.0;
        public const double PositiveInfinity = 1.0 / 0.0;
        public const double NegativeInfinity = -1.0 / 0.0;
        public const double NegativeZero = -0.0;
        public const double E = Math.E;
        public const double Pi = Math.PI;
        public const double Tau = Math.Tau;
        public static bool IsNaN(double d) => d != d;
        public static bool IsInfinity(double d) => d == PositiveInfinity || d == NegativeInfinity;
        public static bool IsPositiveInfinity(double d) => d == PositiveInfinity;
        public static bool IsNegativeInfinity(double d) => d == NegativeInfinity;
        public static bool IsFinite(double d) => !IsNaN(d) && !IsInfinity(d);
        public static bool IsNegative(double d) => BitConverter.DoubleToInt64Bits(d) < 0;
        public static bool IsInteger(double d) => IsFinite(d) && Math.Truncate(d) == d;
        public static bool IsNormal(double d) { double a = Math.Abs(d); return IsFinite(d) && a >= 2.2250738585072014E-308; }
        public static bool IsSubnormal(double d) { double a = Math.Abs(d); return a != 0 && a < 2.2250738585072014E-308; }

        public override string ToString() => Number.FormatDouble(m_value, null);
        public string ToString(string format) => Number.FormatDouble(m_value, format);
        public string ToString(IFormatProvider provider) => Number.FormatDouble(m_value, null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatDouble(m_value, format);

        public override int GetHashCode()
        {
            double v = m_value;
            if (v == 0) v = 0;
            if (IsNaN(v)) v = NaN;
            long b = BitConverter.DoubleToInt64Bits(v);
            return (int)b ^ (int)(b >> 32);
        }
        public override bool Equals(object obj) => obj is double d && Equals(d);
        public bool Equals(double other) => m_value == other || (IsNaN(other) && IsNaN(m_value));
        public int CompareTo(double other)
        {
            if (m_value < other) return -1;
            if (m_value > other) return 1;
            if (m_value == other) return 0;
            return IsNaN(m_value) ? (IsNaN(other) ? 0 : -1) : 1;
        }
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is double v) return CompareTo(v);
            throw new ArgumentException("Object must be of type Double.");
        }

        public static double Parse(string s) => (double)Number.ParseDouble(s, NumberStyles.Float | NumberStyles.AllowThousands, false);
        public static double Parse(string s, IFormatProvider provider) => (double)Number.ParseDouble(s, NumberStyles.Float | NumberStyles.AllowThousands, false);
        public static double Parse(string s, NumberStyles style) => (double)Number.ParseDouble(s, style, false);
        public static double Parse(string s, NumberStyles style, IFormatProvider provider) => (double)Number.ParseDouble(s, style, false);
        public static double Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Float | NumberStyles.AllowThousands, IFormatProvider provider = null)
        {
            if (!Number.TryParseFloat(s, style, false, out double v)) Number.ThrowParseFailure(Number.ParseStatus.Format, s, null);
            return v;
        }
        public static double Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        public static bool TryParse(string s, out double result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result);
        public static bool TryParse(string s, IFormatProvider provider, out double result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out double result)
        {
            result = 0;
            if (s == null) return false;
            return TryParse(s.AsSpan(), style, provider, out result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, out double result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result);
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out double result)
        {
            bool ok = Number.TryParseFloat(s, style, false, out double v);
            result = ok ? (double)v : 0;
            return ok;
        }
    }

    public struct Single : IComparable, IEquatable<float>, IComparable<float>, IFormattable
    {
        private readonly float m_value;
        public const float MinValue = -3.40282347E+38f;
        public const float MaxValue = 3.40282347E+38f;
        public const float Epsilon = 1.401298E-45f;
        public const float NaN = 0.0f / 0.0f;
        public const float PositiveInfinity = 1.0f / 0.0f;
        public const float NegativeInfinity = -1.0f / 0.0f;
        public const float NegativeZero = -0.0f;
        public const float E = MathF.E;
        public const float Pi = MathF.PI;
        public const float Tau = MathF.Tau;
        public static bool IsNaN(float d) => d != d;
        public static bool IsInfinity(float d) => d == PositiveInfinity || d == NegativeInfinity;
        public static bool IsPositiveInfinity(float d) => d == PositiveInfinity;
        public static bool IsNegativeInfinity(float d) => d == NegativeInfinity;
        public static bool IsFinite(float d) => !IsNaN(d) && !IsInfinity(d);
        public static bool IsNegative(float d) => BitConverter.SingleToInt32Bits(d) < 0;
        public static bool IsInteger(float d) => IsFinite(d) && Math.Truncate(d) == d;
        public static bool IsNormal(float d) { float a = Math.Abs(d); return IsFinite(d) && a >= 1.17549435E-38f; }
        public static bool IsSubnormal(float d) { float a = Math.Abs(d); return a != 0 && a < 1.17549435E-38f; }

        public override string ToString() => Number.FormatSingle(m_value, null);
        public string ToString(string format) => Number.FormatSingle(m_value, format);
        public string ToString(IFormatProvider provider) => Number.FormatSingle(m_value, null);
        public string ToString(string format, IFormatProvider provider) => Number.FormatSingle(m_value, format);

        public override int GetHashCode()
        {
            float v = m_value;
            if (v == 0) v = 0;
            if (IsNaN(v)) v = NaN;
            long b = BitConverter.DoubleToInt64Bits(v);
            return (int)b ^ (int)(b >> 32);
        }
        public override bool Equals(object obj) => obj is float d && Equals(d);
        public bool Equals(float other) => m_value == other || (IsNaN(other) && IsNaN(m_value));
        public int CompareTo(float other)
        {
            if (m_value < other) return -1;
            if (m_value > other) return 1;
            if (m_value == other) return 0;
            return IsNaN(m_value) ? (IsNaN(other) ? 0 : -1) : 1;
        }
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is float v) return CompareTo(v);
            throw new ArgumentException("Object must be of type Single.");
        }

        public static float Parse(string s) => (float)Number.ParseDouble(s, NumberStyles.Float | NumberStyles.AllowThousands, true);
        public static float Parse(string s, IFormatProvider provider) => (float)Number.ParseDouble(s, NumberStyles.Float | NumberStyles.AllowThousands, true);
        public static float Parse(string s, NumberStyles style) => (float)Number.ParseDouble(s, style, true);
        public static float Parse(string s, NumberStyles style, IFormatProvider provider) => (float)Number.ParseDouble(s, style, true);
        public static float Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Float | NumberStyles.AllowThousands, IFormatProvider provider = null)
        {
            if (!Number.TryParseFloat(s, style, true, out double v)) Number.ThrowParseFailure(Number.ParseStatus.Format, s, null);
            return (float)v;
        }
        public static float Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        public static bool TryParse(string s, out float result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result);
        public static bool TryParse(string s, IFormatProvider provider, out float result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out float result)
        {
            result = 0;
            if (s == null) return false;
            return TryParse(s.AsSpan(), style, provider, out result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, out float result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result);
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out float result)
        {
            bool ok = Number.TryParseFloat(s, style, true, out double v);
            result = ok ? (float)v : 0;
            return ok;
        }
    }
}
