using System.Runtime.CompilerServices;

namespace System
{
    public readonly ref struct Span<T>
    {
        internal readonly ref T _reference;
        private readonly int _length;

        public Span(T[] array)
        {
            if (array == null) { this = default; return; }
            _reference = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(array);
            _length = array.Length;
        }

        public Span(T[] array, int start, int length)
        {
            if (array == null) { if (start != 0 || length != 0) ThrowHelpers.ThrowArgumentOutOfRange("start"); this = default; return; }
            if ((uint)start > (uint)array.Length || (uint)length > (uint)(array.Length - start)) ThrowHelpers.ThrowArgumentOutOfRange("start");
            _reference = ref Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(array), start);
            _length = length;
        }

        public unsafe Span(void* pointer, int length)
        {
            if (length < 0) ThrowHelpers.ThrowArgumentOutOfRange("length");
            _reference = ref Unsafe.AsRef<T>(pointer);
            _length = length;
        }

        internal Span(ref T reference, int length) { _reference = ref reference; _length = length; }

        public int Length => _length;
        public bool IsEmpty => _length == 0;

        public ref T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_length) ThrowHelpers.ThrowIndexOutOfRange();
                return ref Unsafe.Add(ref _reference, index);
            }
        }

        public ref T GetPinnableReference() => ref (_length != 0 ? ref _reference : ref Unsafe.NullRef<T>());

        public Span<T> Slice(int start)
        {
            if ((uint)start > (uint)_length) ThrowHelpers.ThrowArgumentOutOfRange("start");
            return new Span<T>(ref Unsafe.Add(ref _reference, start), _length - start);
        }

        public Span<T> Slice(int start, int length)
        {
            if ((uint)start > (uint)_length || (uint)length > (uint)(_length - start)) ThrowHelpers.ThrowArgumentOutOfRange("start");
            return new Span<T>(ref Unsafe.Add(ref _reference, start), length);
        }

        public void Fill(T value) { for (int i = 0; i < _length; i++) Unsafe.Add(ref _reference, i) = value; }
        public void Clear() { for (int i = 0; i < _length; i++) Unsafe.Add(ref _reference, i) = default; }

        public void CopyTo(Span<T> destination) => ((ReadOnlySpan<T>)this).CopyTo(destination);
        public T[] ToArray() => ((ReadOnlySpan<T>)this).ToArray();

        public Enumerator GetEnumerator() => new Enumerator(this);

        public static implicit operator Span<T>(T[] array) => new Span<T>(array);
        public static implicit operator ReadOnlySpan<T>(Span<T> span) => new ReadOnlySpan<T>(ref span._reference, span._length);

        public override string ToString() => ((ReadOnlySpan<T>)this).ToString();

        public ref struct Enumerator
        {
            private readonly Span<T> _span;
            private int _index;
            internal Enumerator(Span<T> span) { _span = span; _index = -1; }
            public bool MoveNext() => ++_index < _span.Length;
            public ref T Current => ref _span[_index];
        }
    }

    public readonly ref struct ReadOnlySpan<T>
    {
        internal readonly ref T _reference;
        private readonly int _length;

        public ReadOnlySpan(T[] array)
        {
            if (array == null) { this = default; return; }
            _reference = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(array);
            _length = array.Length;
        }

        public ReadOnlySpan(T[] array, int start, int length)
        {
            this = new Span<T>(array, start, length);
        }

        public unsafe ReadOnlySpan(void* pointer, int length)
        {
            if (length < 0) ThrowHelpers.ThrowArgumentOutOfRange("length");
            _reference = ref Unsafe.AsRef<T>(pointer);
            _length = length;
        }

        internal ReadOnlySpan(ref T reference, int length) { _reference = ref reference; _length = length; }

        public int Length => _length;
        public bool IsEmpty => _length == 0;

        public ref readonly T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_length) ThrowHelpers.ThrowIndexOutOfRange();
                return ref Unsafe.Add(ref _reference, index);
            }
        }

        public ref readonly T GetPinnableReference() => ref (_length != 0 ? ref _reference : ref Unsafe.NullRef<T>());

        public ReadOnlySpan<T> Slice(int start)
        {
            if ((uint)start > (uint)_length) ThrowHelpers.ThrowArgumentOutOfRange("start");
            return new ReadOnlySpan<T>(ref Unsafe.Add(ref _reference, start), _length - start);
        }

        public ReadOnlySpan<T> Slice(int start, int length)
        {
            if ((uint)start > (uint)_length || (uint)length > (uint)(_length - start)) ThrowHelpers.ThrowArgumentOutOfRange("start");
            return new ReadOnlySpan<T>(ref Unsafe.Add(ref _reference, start), length);
        }

        public void CopyTo(Span<T> destination)
        {
            if ((uint)_length > (uint)destination.Length) ThrowHelpers.ThrowArgument("Destination is too short.");
            for (int i = 0; i < _length; i++) Unsafe.Add(ref destination._reference, i) = Unsafe.Add(ref _reference, i);
        }

        public T[] ToArray()
        {
            T[] r = new T[_length];
            for (int i = 0; i < _length; i++) r[i] = Unsafe.Add(ref _reference, i);
            return r;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);

        public static implicit operator ReadOnlySpan<T>(T[] array) => new ReadOnlySpan<T>(array);

        // Matches .NET: a ReadOnlySpan<char> prints its characters.
        public override string ToString()
        {
            if (default(T) is char) return new string(new ReadOnlySpan<char>(ref Unsafe.As<T, char>(ref Unsafe.AsRef(in _reference)), _length));
            return "System.ReadOnlySpan[" + _length.ToString() + "]";
        }

        public ref struct Enumerator
        {
            private readonly ReadOnlySpan<T> _span;
            private int _index;
            internal Enumerator(ReadOnlySpan<T> span) { _span = span; _index = -1; }
            public bool MoveNext() => ++_index < _span.Length;
            public ref readonly T Current => ref _span[_index];
        }
    }

    public static class MemoryExtensions
    {
        // C# 14 lowers string -> ReadOnlySpan<char> conversions to this method, so it must not convert implicitly.
        public static ReadOnlySpan<char> AsSpan(this string text) =>
            text == null ? default : new ReadOnlySpan<char>(ref text.GetRawStringData(), text.Length);
        public static ReadOnlySpan<char> AsSpan(this string text, int start) => ((ReadOnlySpan<char>)text).Slice(start);
        public static ReadOnlySpan<char> AsSpan(this string text, int start, int length) => ((ReadOnlySpan<char>)text).Slice(start, length);
        public static Span<T> AsSpan<T>(this T[] array) => new Span<T>(array);
        public static Span<T> AsSpan<T>(this T[] array, int start, int length) => new Span<T>(array, start, length);

        public static bool SequenceEqual(this ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++) if (a[i] != b[i]) return false;
            return true;
        }

        public static bool SequenceEqual(this Span<char> a, ReadOnlySpan<char> b) => SequenceEqual((ReadOnlySpan<char>)a, b);

        public static bool StartsWith(this ReadOnlySpan<char> span, ReadOnlySpan<char> value) =>
            value.Length <= span.Length && SequenceEqual(span.Slice(0, value.Length), value);

        public static bool EndsWith(this ReadOnlySpan<char> span, ReadOnlySpan<char> value) =>
            value.Length <= span.Length && SequenceEqual(span.Slice(span.Length - value.Length), value);

        public static int IndexOf(this ReadOnlySpan<char> span, char value)
        {
            for (int i = 0; i < span.Length; i++) if (span[i] == value) return i;
            return -1;
        }

        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span)
        {
            int s = 0, e = span.Length;
            while (s < e && char.IsWhiteSpace(span[s])) s++;
            while (e > s && char.IsWhiteSpace(span[e - 1])) e--;
            return span.Slice(s, e - s);
        }
    }
}
