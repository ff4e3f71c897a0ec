// Integer and boolean primitives. ToString output matches .NET's invariant formatting.
namespace System
{
    public struct Boolean : IEquatable<bool>, IComparable<bool>
    {
        private readonly bool m_value;
        public const string TrueString = "True";
        public const string FalseString = "False";
        public override string ToString() => m_value ? TrueString : FalseString;
        public override int GetHashCode() => m_value ? 1 : 0;
        public override bool Equals(object obj) => obj is bool b && b == m_value;
        public bool Equals(bool other) => m_value == other;
        public int CompareTo(bool other) => m_value == other ? 0 : (m_value ? 1 : -1);
    }

    public struct Char : IEquatable<char>, IComparable<char>
    {
        private readonly char m_value;
        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0;
        public override string ToString() => new string(m_value, 1);
        public override int GetHashCode() => m_value | (m_value << 16);
        public override bool Equals(object obj) => obj is char c && c == m_value;
        public bool Equals(char other) => m_value == other;
        public int CompareTo(char other) => m_value - other;
        public static bool IsDigit(char c) => c >= '0' && c <= '9';
        public static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c <= 0x24F);
        public static bool IsLetterOrDigit(char c) => IsLetter(c) || IsDigit(c);
        public static bool IsWhiteSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u0085';
        public static bool IsUpper(char c) => c >= 'A' && c <= 'Z';
        public static bool IsLower(char c) => c >= 'a' && c <= 'z';
        public static char ToUpperInvariant(char c) => c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
        public static char ToLowerInvariant(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        public static char ToUpper(char c) => ToUpperInvariant(c);
        public static char ToLower(char c) => ToLowerInvariant(c);
    }

    public struct SByte : IEquatable<sbyte>, IComparable<sbyte>
    {
        private readonly sbyte m_value;
        public const sbyte MaxValue = 127;
        public const sbyte MinValue = -128;
        public override string ToString() => Number.Int64ToString(m_value);
        public override int GetHashCode() => m_value;
        public override bool Equals(object obj) => obj is sbyte v && v == m_value;
        public bool Equals(sbyte other) => m_value == other;
        public int CompareTo(sbyte other) => m_value - other;
    }

    public struct Byte : IEquatable<byte>, IComparable<byte>
    {
        private readonly byte m_value;
        public const byte MaxValue = 255;
        public const byte MinValue = 0;
        public override string ToString() => Number.UInt64ToString(m_value);
        public override int GetHashCode() => m_value;
        public override bool Equals(object obj) => obj is byte v && v == m_value;
        public bool Equals(byte other) => m_value == other;
        public int CompareTo(byte other) => m_value - other;
    }

    public struct Int16 : IEquatable<short>, IComparable<short>
    {
        private readonly short m_value;
        public const short MaxValue = 32767;
        public const short MinValue = -32768;
        public override string ToString() => Number.Int64ToString(m_value);
        public override int GetHashCode() => m_value;
        public override bool Equals(object obj) => obj is short v && v == m_value;
        public bool Equals(short other) => m_value == other;
        public int CompareTo(short other) => m_value - other;
    }

    public struct UInt16 : IEquatable<ushort>, IComparable<ushort>
    {
        private readonly ushort m_value;
        public const ushort MaxValue = 65535;
        public const ushort MinValue = 0;
        public override string ToString() => Number.UInt64ToString(m_value);
        public override int GetHashCode() => m_value;
        public override bool Equals(object obj) => obj is ushort v && v == m_value;
        public bool Equals(ushort other) => m_value == other;
        public int CompareTo(ushort other) => m_value - other;
    }

    public struct Int32 : IEquatable<int>, IComparable<int>
    {
        private readonly int m_value;
        public const int MaxValue = 0x7fffffff;
        public const int MinValue = unchecked((int)0x80000000);
        public override string ToString() => Number.Int64ToString(m_value);
        public string ToString(string format) => Number.FormatInt64(m_value, format);
        public override int GetHashCode() => m_value;
        public override bool Equals(object obj) => obj is int v && v == m_value;
        public bool Equals(int other) => m_value == other;
        public int CompareTo(int other) => m_value < other ? -1 : (m_value > other ? 1 : 0);
        public static int Parse(string s) => (int)Number.ParseInt64(s, MinValue, MaxValue);
        public static bool TryParse(string s, out int result)
        {
            bool ok = Number.TryParseInt64(s, MinValue, MaxValue, out long v);
            result = (int)v;
            return ok;
        }
    }

    public struct UInt32 : IEquatable<uint>, IComparable<uint>
    {
        private readonly uint m_value;
        public const uint MaxValue = 0xffffffff;
        public const uint MinValue = 0;
        public override string ToString() => Number.UInt64ToString(m_value);
        public string ToString(string format) => Number.FormatUInt64(m_value, format);
        public override int GetHashCode() => (int)m_value;
        public override bool Equals(object obj) => obj is uint v && v == m_value;
        public bool Equals(uint other) => m_value == other;
        public int CompareTo(uint other) => m_value < other ? -1 : (m_value > other ? 1 : 0);
    }

    public struct Int64 : IEquatable<long>, IComparable<long>
    {
        private readonly long m_value;
        public const long MaxValue = 0x7fffffffffffffffL;
        public const long MinValue = unchecked((long)0x8000000000000000L);
        public override string ToString() => Number.Int64ToString(m_value);
        public string ToString(string format) => Number.FormatInt64(m_value, format);
        public override int GetHashCode() => (int)m_value ^ (int)(m_value >> 32);
        public override bool Equals(object obj) => obj is long v && v == m_value;
        public bool Equals(long other) => m_value == other;
        public int CompareTo(long other) => m_value < other ? -1 : (m_value > other ? 1 : 0);
        public static long Parse(string s) => Number.ParseInt64(s, MinValue, MaxValue);
    }

    public struct UInt64 : IEquatable<ulong>, IComparable<ulong>
    {
        private readonly ulong m_value;
        public const ulong MaxValue = 0xffffffffffffffffUL;
        public const ulong MinValue = 0;
        public override string ToString() => Number.UInt64ToString(m_value);
        public string ToString(string format) => Number.FormatUInt64(m_value, format);
        public override int GetHashCode() => (int)m_value ^ (int)(m_value >> 32);
        public override bool Equals(object obj) => obj is ulong v && v == m_value;
        public bool Equals(ulong other) => m_value == other;
        public int CompareTo(ulong other) => m_value < other ? -1 : (m_value > other ? 1 : 0);
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
