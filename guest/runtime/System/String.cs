using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    // Immutable UTF-16 text. Field names are ilc's contract (it lays out literals with them).
    public sealed unsafe partial class String : IComparable, IEquatable<string>, IComparable<string>
    {
        private readonly int _stringLength;
        private char _firstChar;

        public static readonly string Empty = "";

        public int Length => _stringLength;

        [IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_stringLength) ThrowHelpers.ThrowIndexOutOfRange();
                return Unsafe.Add(ref _firstChar, index);
            }
        }

        internal ref char GetRawStringData() => ref _firstChar;

        internal static string FastAllocateString(int length)
        {
            if (length == 0) return Empty;
            if (length < 0) ThrowHelpers.ThrowOverflow();
            return Unsafe.As<string>(Kiln.Runtime.Allocation.NewArray(Empty.m_pEEType, length));
        }

        // ilc compiles `new string(...)` into calls of these static Ctor methods with the same parameters.
        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(char[] value);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(char[] value, int startIndex, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(char* value);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(char* value, int startIndex, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(sbyte* value);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(char c, int count);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(ReadOnlySpan<char> value);

        private static string Ctor(char[] value) => value == null ? Empty : Ctor(value, 0, value.Length);

        private static string Ctor(char[] value, int startIndex, int length)
        {
            if (value == null) ThrowHelpers.ThrowArgumentNull("value");
            if ((uint)startIndex > (uint)value.Length || (uint)length > (uint)(value.Length - startIndex))
                ThrowHelpers.ThrowArgumentOutOfRange("length");
            fixed (char* p = value) return Ctor(p, startIndex, length);
        }

        private static string Ctor(char* value)
        {
            if (value == null) return Empty;
            int n = 0;
            while (value[n] != 0) n++;
            return Ctor(value, 0, n);
        }

        private static string Ctor(char* value, int startIndex, int length)
        {
            string s = FastAllocateString(length);
            fixed (char* d = &s._firstChar) Buffer.Memmove((byte*)d, (byte*)(value + startIndex), (nuint)length * 2);
            return s;
        }

        // Decodes UTF-8 (the encoding of Linux argv and of the PVH command line).
        private static string Ctor(sbyte* value)
        {
            if (value == null) return Empty;
            int n = 0;
            while (value[n] != 0) n++;
            return Kiln.Runtime.Utf8.Decode((byte*)value, n);
        }

        private static string Ctor(char c, int count)
        {
            if (count < 0) ThrowHelpers.ThrowArgumentOutOfRange("count");
            string s = FastAllocateString(count);
            fixed (char* d = &s._firstChar) for (int i = 0; i < count; i++) d[i] = c;
            return s;
        }

        private static string Ctor(ReadOnlySpan<char> value)
        {
            fixed (char* p = value) return Ctor(p, 0, value.Length);
        }

        public static bool IsNullOrEmpty(string value) => value == null || value._stringLength == 0;

        public static bool IsNullOrWhiteSpace(string value)
        {
            if (value == null) return true;
            for (int i = 0; i < value._stringLength; i++) if (!char.IsWhiteSpace(value[i])) return false;
            return true;
        }

        public override string ToString() => this;

        public override bool Equals(object obj) => obj is string s && EqualsHelper(this, s);
        public bool Equals(string value) => value != null && EqualsHelper(this, value);
        public static bool Equals(string a, string b) => (object)a == b || (a != null && b != null && EqualsHelper(a, b));
        public static bool operator ==(string a, string b) => Equals(a, b);
        public static bool operator !=(string a, string b) => !Equals(a, b);

        private static bool EqualsHelper(string a, string b)
        {
            if (a._stringLength != b._stringLength) return false;
            fixed (char* pa = &a._firstChar) fixed (char* pb = &b._firstChar)
                return Buffer.SequenceEqual((byte*)pa, (byte*)pb, (nuint)a._stringLength * 2);
        }

        // Two code units per step (rotate, xor, multiply) and a final mix so the low bits that pick a bucket depend on
        // every char. Deterministic, so runs are reproducible.
        public override int GetHashCode()
        {
            int n = _stringLength;
            uint h = (uint)n;
            fixed (char* p = &_firstChar)
            {
                int i = 0;
                for (; i + 1 < n; i += 2) h = (((h << 5) | (h >> 27)) ^ *(uint*)(p + i)) * 0x9E3779B9;
                if (i < n) h = (((h << 5) | (h >> 27)) ^ p[i]) * 0x9E3779B9;
            }
            h ^= h >> 15;
            h *= 0x85EBCA6B;
            h ^= h >> 13;
            return (int)h;
        }

        public char[] ToCharArray()
        {
            char[] r = new char[_stringLength];
            for (int i = 0; i < r.Length; i++) r[i] = this[i];
            return r;
        }

        public static implicit operator ReadOnlySpan<char>(string value) => value.AsSpan();
    }

    public enum StringComparison
    {
        CurrentCulture = 0, CurrentCultureIgnoreCase = 1, InvariantCulture = 2, InvariantCultureIgnoreCase = 3,
        Ordinal = 4, OrdinalIgnoreCase = 5,
    }

    [Flags]
    public enum StringSplitOptions { None = 0, RemoveEmptyEntries = 1, TrimEntries = 2 }
}
