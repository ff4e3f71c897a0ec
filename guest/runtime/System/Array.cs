using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    public abstract unsafe partial class Array
    {
        // Layout matches ilc's arrays: length, padding, then elements.
        private readonly int _numComponents;

        public int Length => _numComponents;
        public long LongLength => _numComponents;
        // Elements start at BaseSize less the object header: right after the length for T[], after the
        // bounds for multi-dimensional arrays (Array.MultiDim.cs).
        internal ref byte GetRawArrayData() =>
            ref Unsafe.AddByteOffset(ref Unsafe.As<RawData>(this).Data, (nint)m_pEEType->BaseSize - 16);
        internal nuint ElementSize => m_pEEType->ComponentSize;

        public static T[] Empty<T>() => EmptyArray<T>.Value;

        public static void Copy(Array sourceArray, Array destinationArray, int length) =>
            Copy(sourceArray, 0, destinationArray, 0, length);

        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            if (sourceArray == null) ThrowHelpers.ThrowArgumentNull("sourceArray");
            if (destinationArray == null) ThrowHelpers.ThrowArgumentNull("destinationArray");
            if (sourceArray.m_pEEType != destinationArray.m_pEEType)
            {
                CopyConverting(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
                return;
            }
            if (length < 0 || sourceIndex < 0 || destinationIndex < 0 ||
                sourceIndex > sourceArray.Length - length || destinationIndex > destinationArray.Length - length)
                ThrowHelpers.ThrowArgumentOutOfRange("length");
            nuint size = sourceArray.ElementSize;
            fixed (byte* s = &sourceArray.GetRawArrayData()) fixed (byte* d = &destinationArray.GetRawArrayData())
                Buffer.Memmove(d + (nuint)destinationIndex * size, s + (nuint)sourceIndex * size, (nuint)length * size);
        }

        // Arrays of different types: reference elements only (string[] into object[] and back, as .NET); each
        // element is checked against the destination's element type unless the source's always fits.
        private static void CopyConverting(Array source, int sourceIndex, Array destination, int destinationIndex, int length)
        {
            MethodTable* se = source.m_pEEType->RelatedParameterType, de = destination.m_pEEType->RelatedParameterType;
            if (se->IsValueType || de->IsValueType || source.m_pEEType->BaseSize != destination.m_pEEType->BaseSize)
                ThrowHelpers.ThrowArrayTypeMismatch();
            if (length < 0 || sourceIndex < 0 || destinationIndex < 0 ||
                sourceIndex > source.Length - length || destinationIndex > destination.Length - length)
                ThrowHelpers.ThrowArgumentOutOfRange("length");
            ref object from = ref Unsafe.As<byte, object>(ref source.GetRawArrayData());
            ref object to = ref Unsafe.As<byte, object>(ref destination.GetRawArrayData());
            bool fits = System.Runtime.TypeCast.AreTypesAssignable(se, de);
            if (!fits)
                for (int i = 0; i < length; i++)
                {
                    object o = Unsafe.Add(ref from, sourceIndex + i);
                    if (o != null && !System.Runtime.TypeCast.AreTypesAssignable(o.m_pEEType, de))
                        throw new InvalidCastException("At least one element in the source array could not be cast down to the destination array type.");
                }
            if (source == destination && sourceIndex < destinationIndex)
                for (int i = length - 1; i >= 0; i--) Unsafe.Add(ref to, destinationIndex + i) = Unsafe.Add(ref from, sourceIndex + i);
            else
                for (int i = 0; i < length; i++) Unsafe.Add(ref to, destinationIndex + i) = Unsafe.Add(ref from, sourceIndex + i);
        }

        public static void Clear(Array array, int index, int length)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            if (index < 0 || length < 0 || index > array.Length - length) ThrowHelpers.ThrowArgumentOutOfRange("length");
            nuint size = array.ElementSize;
            fixed (byte* d = &array.GetRawArrayData()) Buffer.ZeroMemory(d + (nuint)index * size, (nuint)length * size);
        }

        public static void Resize<T>(ref T[] array, int newSize)
        {
            if (newSize < 0) ThrowHelpers.ThrowArgumentOutOfRange("newSize");
            T[] old = array;
            if (old == null) { array = new T[newSize]; return; }
            if (old.Length == newSize) return;
            T[] r = new T[newSize];
            Copy(old, 0, r, 0, old.Length < newSize ? old.Length : newSize);
            array = r;
        }

        public static int IndexOf<T>(T[] array, T value)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            var cmp = EqualityComparer<T>.Default;
            for (int i = 0; i < array.Length; i++) if (cmp.Equals(array[i], value)) return i;
            return -1;
        }

        public static void Reverse<T>(T[] array)
        {
            for (int i = 0, j = array.Length - 1; i < j; i++, j--) { T t = array[i]; array[i] = array[j]; array[j] = t; }
        }

        public static void Sort<T>(T[] array) => Sort(array, 0, array.Length, Comparer<T>.Default.Compare);
        public static void Sort<T>(T[] array, Comparison<T> comparison) => Sort(array, 0, array.Length, comparison);

        internal static void Sort<T>(T[] array, int index, int length, Comparison<T> comparison)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            if (comparison == null) ThrowHelpers.ThrowArgumentNull("comparison");
            ArraySort<T>.IntroSort(array, index, index + length - 1, comparison, 2 * Log2(length + 1));
        }

        private static int Log2(int v) { int r = 0; while ((v >>= 1) != 0) r++; return r; }
    }

    // ilc's type for T[]: the interfaces it declares are the interfaces of every single-dimensional T[], and its
    // methods run with `this` being the array.
    public class Array<T> : Array, IList<T>, IReadOnlyList<T>
    {
        private T[] Self => Unsafe.As<T[]>(this);

        public new IEnumerator<T> GetEnumerator() => new SZArrayEnumerator<T>(Self);
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new SZArrayEnumerator<T>(Self);

        public int Count => Length;
        public bool IsReadOnly => true;

        public T this[int index]
        {
            get => Self[index];
            set => Self[index] = value;
        }

        public int IndexOf(T item) => IndexOf(Self, item);
        public bool Contains(T item) => IndexOf(Self, item) >= 0;
        public void CopyTo(T[] array, int arrayIndex) => Copy(Self, 0, array, arrayIndex, Length);

        public void Add(T item) => ThrowFixedSize();
        public void Insert(int index, T item) => ThrowFixedSize();
        public bool Remove(T item) { ThrowFixedSize(); return false; }
        public void RemoveAt(int index) => ThrowFixedSize();
        public void Clear() => ThrowFixedSize();
        private static void ThrowFixedSize() => throw new NotSupportedException("Collection was of a fixed size.");
    }

    internal sealed class SZArrayEnumerator<T> : IEnumerator<T>
    {
        private readonly T[] _array;
        private int _index = -1;

        internal SZArrayEnumerator(T[] array) { _array = array; }

        public bool MoveNext()
        {
            if (_index < _array.Length - 1) { _index++; return true; }
            _index = _array.Length;
            return false;
        }

        public T Current => _array[_index];
        object System.Collections.IEnumerator.Current => Current;
        public void Reset() => _index = -1;
        public void Dispose() { }
    }

    internal static class EmptyArray<T> { internal static readonly T[] Value = new T[0]; }

    // Introsort, as .NET's Array.Sort uses: quicksort, heapsort past the depth limit, insertion sort for small runs.
    // Not stable, like .NET's.
    internal static class ArraySort<T>
    {
        public static void IntroSort(T[] a, int lo, int hi, Comparison<T> cmp, int depth)
        {
            while (hi > lo)
            {
                int size = hi - lo + 1;
                if (size <= 16) { InsertionSort(a, lo, hi, cmp); return; }
                if (depth == 0) { HeapSort(a, lo, hi, cmp); return; }
                depth--;
                int p = Partition(a, lo, hi, cmp);
                IntroSort(a, p + 1, hi, cmp, depth);
                hi = p - 1;
            }
        }

        private static void SwapIfGreater(T[] a, int i, int j, Comparison<T> cmp)
        {
            if (i != j && cmp(a[i], a[j]) > 0) { T t = a[i]; a[i] = a[j]; a[j] = t; }
        }

        private static int Partition(T[] a, int lo, int hi, Comparison<T> cmp)
        {
            int mid = lo + ((hi - lo) >> 1);
            SwapIfGreater(a, lo, mid, cmp);
            SwapIfGreater(a, lo, hi, cmp);
            SwapIfGreater(a, mid, hi, cmp);
            T pivot = a[mid];
            Swap(a, mid, hi - 1);
            int left = lo, right = hi - 1;
            while (left < right)
            {
                while (cmp(a[++left], pivot) < 0) { }
                while (cmp(pivot, a[--right]) < 0) { }
                if (left >= right) break;
                Swap(a, left, right);
            }
            if (left != hi - 1) Swap(a, left, hi - 1);
            return left;
        }

        private static void Swap(T[] a, int i, int j) { T t = a[i]; a[i] = a[j]; a[j] = t; }

        private static void InsertionSort(T[] a, int lo, int hi, Comparison<T> cmp)
        {
            for (int i = lo; i < hi; i++)
            {
                int j = i;
                T t = a[i + 1];
                while (j >= lo && cmp(t, a[j]) < 0) { a[j + 1] = a[j]; j--; }
                a[j + 1] = t;
            }
        }

        private static void HeapSort(T[] a, int lo, int hi, Comparison<T> cmp)
        {
            int n = hi - lo + 1;
            for (int i = n >> 1; i >= 1; i--) DownHeap(a, i, n, lo, cmp);
            for (int i = n; i > 1; i--) { Swap(a, lo, lo + i - 1); DownHeap(a, 1, i - 1, lo, cmp); }
        }

        private static void DownHeap(T[] a, int i, int n, int lo, Comparison<T> cmp)
        {
            T d = a[lo + i - 1];
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && cmp(a[lo + child - 1], a[lo + child]) < 0) child++;
                if (!(cmp(d, a[lo + child - 1]) < 0)) break;
                a[lo + i - 1] = a[lo + child - 1];
                i = child;
            }
            a[lo + i - 1] = d;
        }
    }
}
