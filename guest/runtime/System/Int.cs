using System.Globalization;

// Integer primitives. Formatting and parsing follow .NET with the invariant culture (Number.Formatting.cs).
namespace System
{
    public struct SByte : IEquatable<sbyte>, IComparable, IComparable<sbyte>, IFormattable
    {
        private readonly sbyte m_value;
        public const sbyte MaxValue = 127;
        public const sbyte MinValue = -128;
        public override string ToString() => Number.Int64ToString(m_value);
        public string ToString(string format) => Number.FormatInteger(m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, m_value < 0, (byte)m_value, format);
        public string ToString(IFormatProvider provider) => Number.Int64ToString(m_value);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, m_value < 0, (byte)m_value, format);
        public override int GetHashCode() => m_value;
        public override bool Equals(object obj) => obj is sbyte v && v == m_value;
        public bool Equals(sbyte other) => m_value == other;
        public int CompareTo(sbyte other) => m_value - other;
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is sbyte v) return CompareTo(v);
            throw new ArgumentException("Object must be of type SByte.");
        }
        public static sbyte Max(sbyte x, sbyte y) => x > y ? x : y;
        public static sbyte Min(sbyte x, sbyte y) => x < y ? x : y;
        public static sbyte Parse(string s) => (sbyte)Number.ParseInteger(s, NumberStyles.Integer, 8, true, "SByte");
        public static sbyte Parse(string s, NumberStyles style) => (sbyte)Number.ParseInteger(s, style, 8, true, "SByte");
        public static sbyte Parse(string s, IFormatProvider provider) => (sbyte)Number.ParseInteger(s, NumberStyles.Integer, 8, true, "SByte");
        public static sbyte Parse(string s, NumberStyles style, IFormatProvider provider) => (sbyte)Number.ParseInteger(s, style, 8, true, "SByte");
        public static sbyte Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ParseStatus st = Number.TryParseInteger(s, style, 8, true, out long v);
            if (st != Number.ParseStatus.OK) Number.ThrowParseFailure(st, s, "SByte");
            return (sbyte)v;
        }
        public static bool TryParse(string s, out sbyte result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(string s, IFormatProvider provider, out sbyte result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out sbyte result)
        {
            result = 0;
            if (s == null) return false;
            return TryParse(s.AsSpan(), style, provider, out result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, out sbyte result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out sbyte result)
        {
            bool ok = Number.TryParseInteger(s, style, 8, true, out long v) == Number.ParseStatus.OK;
            result = ok ? (sbyte)v : (sbyte)0;
            return ok;
        }
    }

    public struct Byte : IEquatable<byte>, IComparable, IComparable<byte>, IFormattable
    {
        private readonly byte m_value;
        public const byte MaxValue = 255;
        public const byte MinValue = 0;
        public override string ToString() => Number.UInt64ToString(m_value);
        public string ToString(string format) => Number.FormatInteger(m_value, false, m_value, format);
        public string ToString(IFormatProvider provider) => Number.UInt64ToString(m_value);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(m_value, false, m_value, format);
        public override int GetHashCode() => m_value;
        public override bool Equals(object obj) => obj is byte v && v == m_value;
        public bool Equals(byte other) => m_value == other;
        public int CompareTo(byte other) => m_value - other;
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is byte v) return CompareTo(v);
            throw new ArgumentException("Object must be of type Byte.");
        }
        public static byte Max(byte x, byte y) => x > y ? x : y;
        public static byte Min(byte x, byte y) => x < y ? x : y;
        public static byte Parse(string s) => (byte)Number.ParseInteger(s, NumberStyles.Integer, 8, false, "Byte");
        public static byte Parse(string s, NumberStyles style) => (byte)Number.ParseInteger(s, style, 8, false, "Byte");
        public static byte Parse(string s, IFormatProvider provider) => (byte)Number.ParseInteger(s, NumberStyles.Integer, 8, false, "Byte");
        public static byte Parse(string s, NumberStyles style, IFormatProvider provider) => (byte)Number.ParseInteger(s, style, 8, false, "Byte");
        public static byte Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ParseStatus st = Number.TryParseInteger(s, style, 8, false, out long v);
            if (st != Number.ParseStatus.OK) Number.ThrowParseFailure(st, s, "Byte");
            return (byte)v;
        }
        public static bool TryParse(string s, out byte result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(string s, IFormatProvider provider, out byte result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out byte result)
        {
            result = 0;
            if (s == null) return false;
            return TryParse(s.AsSpan(), style, provider, out result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, out byte result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out byte result)
        {
            bool ok = Number.TryParseInteger(s, style, 8, false, out long v) == Number.ParseStatus.OK;
            result = ok ? (byte)v : (byte)0;
            return ok;
        }
    }

    public struct Int16 : IEquatable<short>, IComparable, IComparable<short>, IFormattable
    {
        private readonly short m_value;
        public const short MaxValue = 32767;
        public const short MinValue = -32768;
        public override string ToString() => Number.Int64ToString(m_value);
        public string ToString(string format) => Number.FormatInteger(m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, m_value < 0, (ushort)m_value, format);
        public string ToString(IFormatProvider provider) => Number.Int64ToString(m_value);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, m_value < 0, (ushort)m_value, format);
        public override int GetHashCode() => m_value;
        public override bool Equals(object obj) => obj is short v && v == m_value;
        public bool Equals(short other) => m_value == other;
        public int CompareTo(short other) => m_value - other;
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is short v) return CompareTo(v);
            throw new ArgumentException("Object must be of type Int16.");
        }
        public static short Max(short x, short y) => x > y ? x : y;
        public static short Min(short x, short y) => x < y ? x : y;
        public static short Parse(string s) => (short)Number.ParseInteger(s, NumberStyles.Integer, 16, true, "Int16");
        public static short Parse(string s, NumberStyles style) => (short)Number.ParseInteger(s, style, 16, true, "Int16");
        public static short Parse(string s, IFormatProvider provider) => (short)Number.ParseInteger(s, NumberStyles.Integer, 16, true, "Int16");
        public static short Parse(string s, NumberStyles style, IFormatProvider provider) => (short)Number.ParseInteger(s, style, 16, true, "Int16");
        public static short Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ParseStatus st = Number.TryParseInteger(s, style, 16, true, out long v);
            if (st != Number.ParseStatus.OK) Number.ThrowParseFailure(st, s, "Int16");
            return (short)v;
        }
        public static bool TryParse(string s, out short result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(string s, IFormatProvider provider, out short result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out short result)
        {
            result = 0;
            if (s == null) return false;
            return TryParse(s.AsSpan(), style, provider, out result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, out short result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out short result)
        {
            bool ok = Number.TryParseInteger(s, style, 16, true, out long v) == Number.ParseStatus.OK;
            result = ok ? (short)v : (short)0;
            return ok;
        }
    }

    public struct UInt16 : IEquatable<ushort>, IComparable, IComparable<ushort>, IFormattable
    {
        private readonly ushort m_value;
        public const ushort MaxValue = 65535;
        public const ushort MinValue = 0;
        public override string ToString() => Number.UInt64ToString(m_value);
        public string ToString(string format) => Number.FormatInteger(m_value, false, m_value, format);
        public string ToString(IFormatProvider provider) => Number.UInt64ToString(m_value);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(m_value, false, m_value, format);
        public override int GetHashCode() => m_value;
        public override bool Equals(object obj) => obj is ushort v && v == m_value;
        public bool Equals(ushort other) => m_value == other;
        public int CompareTo(ushort other) => m_value - other;
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is ushort v) return CompareTo(v);
            throw new ArgumentException("Object must be of type UInt16.");
        }
        public static ushort Max(ushort x, ushort y) => x > y ? x : y;
        public static ushort Min(ushort x, ushort y) => x < y ? x : y;
        public static ushort Parse(string s) => (ushort)Number.ParseInteger(s, NumberStyles.Integer, 16, false, "UInt16");
        public static ushort Parse(string s, NumberStyles style) => (ushort)Number.ParseInteger(s, style, 16, false, "UInt16");
        public static ushort Parse(string s, IFormatProvider provider) => (ushort)Number.ParseInteger(s, NumberStyles.Integer, 16, false, "UInt16");
        public static ushort Parse(string s, NumberStyles style, IFormatProvider provider) => (ushort)Number.ParseInteger(s, style, 16, false, "UInt16");
        public static ushort Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ParseStatus st = Number.TryParseInteger(s, style, 16, false, out long v);
            if (st != Number.ParseStatus.OK) Number.ThrowParseFailure(st, s, "UInt16");
            return (ushort)v;
        }
        public static bool TryParse(string s, out ushort result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(string s, IFormatProvider provider, out ushort result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ushort result)
        {
            result = 0;
            if (s == null) return false;
            return TryParse(s.AsSpan(), style, provider, out result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, out ushort result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out ushort result)
        {
            bool ok = Number.TryParseInteger(s, style, 16, false, out long v) == Number.ParseStatus.OK;
            result = ok ? (ushort)v : (ushort)0;
            return ok;
        }
    }

    public struct Int32 : IEquatable<int>, IComparable, IComparable<int>, IFormattable
    {
        private readonly int m_value;
        public const int MaxValue = 0x7fffffff;
        public const int MinValue = unchecked((int)0x80000000);
        public override string ToString() => Number.Int64ToString(m_value);
        public string ToString(string format) => Number.FormatInteger(m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, m_value < 0, (uint)m_value, format);
        public string ToString(IFormatProvider provider) => Number.Int64ToString(m_value);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, m_value < 0, (uint)m_value, format);
        public override int GetHashCode() => m_value;
        public override bool Equals(object obj) => obj is int v && v == m_value;
        public bool Equals(int other) => m_value == other;
        public int CompareTo(int other) => m_value < other ? -1 : (m_value > other ? 1 : 0);
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is int v) return CompareTo(v);
            throw new ArgumentException("Object must be of type Int32.");
        }
        public static int Max(int x, int y) => x > y ? x : y;
        public static int Min(int x, int y) => x < y ? x : y;
        public static int Parse(string s) => (int)Number.ParseInteger(s, NumberStyles.Integer, 32, true, "Int32");
        public static int Parse(string s, NumberStyles style) => (int)Number.ParseInteger(s, style, 32, true, "Int32");
        public static int Parse(string s, IFormatProvider provider) => (int)Number.ParseInteger(s, NumberStyles.Integer, 32, true, "Int32");
        public static int Parse(string s, NumberStyles style, IFormatProvider provider) => (int)Number.ParseInteger(s, style, 32, true, "Int32");
        public static int Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ParseStatus st = Number.TryParseInteger(s, style, 32, true, out long v);
            if (st != Number.ParseStatus.OK) Number.ThrowParseFailure(st, s, "Int32");
            return (int)v;
        }
        public static bool TryParse(string s, out int result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(string s, IFormatProvider provider, out int result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out int result)
        {
            result = 0;
            if (s == null) return false;
            return TryParse(s.AsSpan(), style, provider, out result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, out int result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out int result)
        {
            bool ok = Number.TryParseInteger(s, style, 32, true, out long v) == Number.ParseStatus.OK;
            result = ok ? (int)v : (int)0;
            return ok;
        }
    }

    public struct UInt32 : IEquatable<uint>, IComparable, IComparable<uint>, IFormattable
    {
        private readonly uint m_value;
        public const uint MaxValue = 0xffffffff;
        public const uint MinValue = 0;
        public override string ToString() => Number.UInt64ToString(m_value);
        public string ToString(string format) => Number.FormatInteger(m_value, false, m_value, format);
        public string ToString(IFormatProvider provider) => Number.UInt64ToString(m_value);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(m_value, false, m_value, format);
        public override int GetHashCode() => (int)m_value;
        public override bool Equals(object obj) => obj is uint v && v == m_value;
        public bool Equals(uint other) => m_value == other;
        public int CompareTo(uint other) => m_value < other ? -1 : (m_value > other ? 1 : 0);
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is uint v) return CompareTo(v);
            throw new ArgumentException("Object must be of type UInt32.");
        }
        public static uint Max(uint x, uint y) => x > y ? x : y;
        public static uint Min(uint x, uint y) => x < y ? x : y;
        public static uint Parse(string s) => (uint)Number.ParseInteger(s, NumberStyles.Integer, 32, false, "UInt32");
        public static uint Parse(string s, NumberStyles style) => (uint)Number.ParseInteger(s, style, 32, false, "UInt32");
        public static uint Parse(string s, IFormatProvider provider) => (uint)Number.ParseInteger(s, NumberStyles.Integer, 32, false, "UInt32");
        public static uint Parse(string s, NumberStyles style, IFormatProvider provider) => (uint)Number.ParseInteger(s, style, 32, false, "UInt32");
        public static uint Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ParseStatus st = Number.TryParseInteger(s, style, 32, false, out long v);
            if (st != Number.ParseStatus.OK) Number.ThrowParseFailure(st, s, "UInt32");
            return (uint)v;
        }
        public static bool TryParse(string s, out uint result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(string s, IFormatProvider provider, out uint result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out uint result)
        {
            result = 0;
            if (s == null) return false;
            return TryParse(s.AsSpan(), style, provider, out result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, out uint result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out uint result)
        {
            bool ok = Number.TryParseInteger(s, style, 32, false, out long v) == Number.ParseStatus.OK;
            result = ok ? (uint)v : (uint)0;
            return ok;
        }
    }

    public struct Int64 : IEquatable<long>, IComparable, IComparable<long>, IFormattable
    {
        private readonly long m_value;
        public const long MaxValue = 0x7fffffffffffffffL;
        public const long MinValue = unchecked((long)0x8000000000000000L);
        public override string ToString() => Number.Int64ToString(m_value);
        public string ToString(string format) => Number.FormatInteger(m_value < 0 ? 0 - (ulong)m_value : (ulong)m_value, m_value < 0, (ulong)m_value, format);
        public string ToString(IFormatProvider provider) => Number.Int64ToString(m_value);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(m_value < 0 ? 0 - (ulong)m_value : (ulong)m_value, m_value < 0, (ulong)m_value, format);
        public override int GetHashCode() => (int)m_value ^ (int)(m_value >> 32);
        public override bool Equals(object obj) => obj is long v && v == m_value;
        public bool Equals(long other) => m_value == other;
        public int CompareTo(long other) => m_value < other ? -1 : (m_value > other ? 1 : 0);
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is long v) return CompareTo(v);
            throw new ArgumentException("Object must be of type Int64.");
        }
        public static long Max(long x, long y) => x > y ? x : y;
        public static long Min(long x, long y) => x < y ? x : y;
        public static long Parse(string s) => (long)Number.ParseInteger(s, NumberStyles.Integer, 64, true, "Int64");
        public static long Parse(string s, NumberStyles style) => (long)Number.ParseInteger(s, style, 64, true, "Int64");
        public static long Parse(string s, IFormatProvider provider) => (long)Number.ParseInteger(s, NumberStyles.Integer, 64, true, "Int64");
        public static long Parse(string s, NumberStyles style, IFormatProvider provider) => (long)Number.ParseInteger(s, style, 64, true, "Int64");
        public static long Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ParseStatus st = Number.TryParseInteger(s, style, 64, true, out long v);
            if (st != Number.ParseStatus.OK) Number.ThrowParseFailure(st, s, "Int64");
            return (long)v;
        }
        public static bool TryParse(string s, out long result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(string s, IFormatProvider provider, out long result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out long result)
        {
            result = 0;
            if (s == null) return false;
            return TryParse(s.AsSpan(), style, provider, out result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, out long result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out long result)
        {
            bool ok = Number.TryParseInteger(s, style, 64, true, out long v) == Number.ParseStatus.OK;
            result = ok ? (long)v : (long)0;
            return ok;
        }
    }

    public struct UInt64 : IEquatable<ulong>, IComparable, IComparable<ulong>, IFormattable
    {
        private readonly ulong m_value;
        public const ulong MaxValue = 0xffffffffffffffffUL;
        public const ulong MinValue = 0;
        public override string ToString() => Number.UInt64ToString(m_value);
        public string ToString(string format) => Number.FormatInteger(m_value, false, m_value, format);
        public string ToString(IFormatProvider provider) => Number.UInt64ToString(m_value);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(m_value, false, m_value, format);
        public override int GetHashCode() => (int)m_value ^ (int)(m_value >> 32);
        public override bool Equals(object obj) => obj is ulong v && v == m_value;
        public bool Equals(ulong other) => m_value == other;
        public int CompareTo(ulong other) => m_value < other ? -1 : (m_value > other ? 1 : 0);
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is ulong v) return CompareTo(v);
            throw new ArgumentException("Object must be of type UInt64.");
        }
        public static ulong Max(ulong x, ulong y) => x > y ? x : y;
        public static ulong Min(ulong x, ulong y) => x < y ? x : y;
        public static ulong Parse(string s) => (ulong)Number.ParseInteger(s, NumberStyles.Integer, 64, false, "UInt64");
        public static ulong Parse(string s, NumberStyles style) => (ulong)Number.ParseInteger(s, style, 64, false, "UInt64");
        public static ulong Parse(string s, IFormatProvider provider) => (ulong)Number.ParseInteger(s, NumberStyles.Integer, 64, false, "UInt64");
        public static ulong Parse(string s, NumberStyles style, IFormatProvider provider) => (ulong)Number.ParseInteger(s, style, 64, false, "UInt64");
        public static ulong Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ParseStatus st = Number.TryParseInteger(s, style, 64, false, out long v);
            if (st != Number.ParseStatus.OK) Number.ThrowParseFailure(st, s, "UInt64");
            return (ulong)v;
        }
        public static bool TryParse(string s, out ulong result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(string s, IFormatProvider provider, out ulong result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ulong result)
        {
            result = 0;
            if (s == null) return false;
            return TryParse(s.AsSpan(), style, provider, out result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, out ulong result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out ulong result)
        {
            bool ok = Number.TryParseInteger(s, style, 64, false, out long v) == Number.ParseStatus.OK;
            result = ok ? (ulong)v : (ulong)0;
            return ok;
        }
    }


    public unsafe struct IntPtr : IEquatable<nint>
    {
        private readonly void* _value;
        public static readonly IntPtr Zero;
        public IntPtr(void* value) { _value = value; }
        public IntPtr(int value) { _value = (void*)value; }
        public IntPtr(long value) { _value = (void*)value; }
        public static int Size => 8;
        public void* ToPointer() => _value;
        public long ToInt64() => (long)_value;
        public override string ToString() => Number.Int64ToString((long)_value);
        public override int GetHashCode() => (int)(long)_value ^ (int)((long)_value >> 32);
        public override bool Equals(object obj) => obj is nint v && v == (nint)_value;
        public bool Equals(nint other) => (nint)_value == other;
        public static explicit operator IntPtr(int value) => new IntPtr(value);
        public static explicit operator IntPtr(long value) => new IntPtr(value);
        public static explicit operator IntPtr(void* value) => new IntPtr(value);
        public static explicit operator void*(IntPtr value) => value._value;
        public static explicit operator int(IntPtr value) => (int)(long)value._value;
        public static explicit operator long(IntPtr value) => (long)value._value;
        public static bool operator ==(IntPtr a, IntPtr b) => a._value == b._value;
        public static bool operator !=(IntPtr a, IntPtr b) => a._value != b._value;
    }

    public unsafe struct UIntPtr : IEquatable<nuint>
    {
        private readonly void* _value;
        public static readonly UIntPtr Zero;
        public UIntPtr(void* value) { _value = value; }
        public UIntPtr(uint value) { _value = (void*)value; }
        public UIntPtr(ulong value) { _value = (void*)value; }
        public static int Size => 8;
        public void* ToPointer() => _value;
        public override string ToString() => Number.UInt64ToString((ulong)_value);
        public override int GetHashCode() => (int)(ulong)_value ^ (int)((ulong)_value >> 32);
        public override bool Equals(object obj) => obj is nuint v && v == (nuint)_value;
        public bool Equals(nuint other) => (nuint)_value == other;
        public static bool operator ==(UIntPtr a, UIntPtr b) => a._value == b._value;
        public static bool operator !=(UIntPtr a, UIntPtr b) => a._value != b._value;
    }
}
