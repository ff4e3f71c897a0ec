using System.Collections.Generic;

namespace System
{
    // Array's generic statics for searching, filling and sorting with comparers or paired key/item arrays.
    public abstract unsafe partial class Array : ICloneable
    {
        public object Clone()
        {
            Array r = Runtime.CompilerServices.Unsafe.As<Array>(Kiln.Runtime.Allocation.NewArray(m_pEEType, Length));
            // From the first bound (multi-dimensional arrays) or element on: bounds and elements alike.
            nuint bytes = m_pEEType->BaseSize - 24 + (nuint)Length * ElementSize;
            fixed (byte* s = &Runtime.CompilerServices.Unsafe.As<Runtime.CompilerServices.RawArrayData>(this).Data)
            fixed (byte* d = &Runtime.CompilerServices.Unsafe.As<Runtime.CompilerServices.RawArrayData>(r).Data)
                Buffer.Memmove(d, s, bytes);
            return r;
        }

        public static void Copy(Array sourceArray, Array destinationArray, long length) => Copy(sourceArray, 0, destinationArray, 0, (int)length);

        public static int BinarySearch<T>(T[] array, T value) => BinarySearch(array, 0, array?.Length ?? 0, value, null);
        public static int BinarySearch<T>(T[] array, T value, IComparer<T> comparer) => BinarySearch(array, 0, array?.Length ?? 0, value, comparer);

        public static int BinarySearch<T>(T[] array, int index, int length, T value, IComparer<T> comparer)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            if (index < 0 || length < 0 || array.Length - index < length) ThrowHelpers.ThrowArgumentOutOfRange("length");
            comparer ??= Comparer<T>.Default;
            int lo = index, hi = index + length - 1;
            while (lo <= hi)
            {
                int i = lo + ((hi - lo) >> 1);
                int c = comparer.Compare(array[i], value);
                if (c == 0) return i;
                if (c < 0) lo = i + 1; else hi = i - 1;
            }
            return ~lo;
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex) => IndexOf(array, value, startIndex, (array?.Length ?? 0) - startIndex);

        public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            if ((uint)startIndex > (uint)array.Length) ThrowHelpers.ThrowArgumentOutOfRange("startIndex");
            if (count < 0 || count > array.Length - startIndex) ThrowHelpers.ThrowArgumentOutOfRange("count");
            var cmp = EqualityComparer<T>.Default;
            for (int i = startIndex; i < startIndex + count; i++) if (cmp.Equals(array[i], value)) return i;
            return -1;
        }

        public static int LastIndexOf<T>(T[] array, T value)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            var cmp = EqualityComparer<T>.Default;
            for (int i = array.Length - 1; i >= 0; i--) if (cmp.Equals(array[i], value)) return i;
            return -1;
        }

        public static void Reverse<T>(T[] array, int index, int length)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            if (index < 0 || length < 0 || array.Length - index < length) ThrowHelpers.ThrowArgumentOutOfRange("length");
            for (int i = index, j = index + length - 1; i < j; i++, j--) { T t = array[i]; array[i] = array[j]; array[j] = t; }
        }

        public static void Fill<T>(T[] array, T value)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            for (int i = 0; i < array.Length; i++) array[i] = value;
        }

        public static void Fill<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            if ((uint)startIndex > (uint)array.Length) ThrowHelpers.ThrowArgumentOutOfRange("startIndex");
            if ((uint)count > (uint)(array.Length - startIndex)) ThrowHelpers.ThrowArgumentOutOfRange("count");
            for (int i = startIndex; i < startIndex + count; i++) array[i] = value;
        }

        public static void Clear(Array array)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            Clear(array, 0, array.Length);
        }

        public static bool Exists<T>(T[] array, Predicate<T> match) => FindIndex(array, match) >= 0;

        public static T Find<T>(T[] array, Predicate<T> match)
        {
            int i = FindIndex(array, match);
            return i >= 0 ? array[i] : default;
        }

        public static int FindIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            if (match == null) ThrowHelpers.ThrowArgumentNull("match");
            for (int i = 0; i < array.Length; i++) if (match(array[i])) return i;
            return -1;
        }

        public static T FindLast<T>(T[] array, Predicate<T> match)
        {
            int i = FindLastIndex(array, match);
            return i >= 0 ? array[i] : default;
        }

        public static int FindLastIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            if (match == null) ThrowHelpers.ThrowArgumentNull("match");
            for (int i = array.Length - 1; i >= 0; i--) if (match(array[i])) return i;
            return -1;
        }

        public static T[] FindAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            if (match == null) ThrowHelpers.ThrowArgumentNull("match");
            var r = new List<T>();
            for (int i = 0; i < array.Length; i++) if (match(array[i])) r.Add(array[i]);
            return r.ToArray();
        }

        public static bool TrueForAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            if (match == null) ThrowHelpers.ThrowArgumentNull("match");
            for (int i = 0; i < array.Length; i++) if (!match(array[i])) return false;
            return true;
        }

        public static void ForEach<T>(T[] array, Action<T> action)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            if (action == null) ThrowHelpers.ThrowArgumentNull("action");
            for (int i = 0; i < array.Length; i++) action(array[i]);
        }

        public static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            if (converter == null) ThrowHelpers.ThrowArgumentNull("converter");
            var r = new TOutput[array.Length];
            for (int i = 0; i < array.Length; i++) r[i] = converter(array[i]);
            return r;
        }

        public static void Sort<T>(T[] array, IComparer<T> comparer) => Sort(array, 0, array?.Length ?? 0, (comparer ?? Comparer<T>.Default).Compare);
        public static void Sort<T>(T[] array, int index, int length) => Sort(array, index, length, Comparer<T>.Default.Compare);

        public static void Sort<T>(T[] array, int index, int length, IComparer<T> comparer)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            if (index < 0 || length < 0 || array.Length - index < length) ThrowHelpers.ThrowArgumentOutOfRange("length");
            Sort(array, index, length, (comparer ?? Comparer<T>.Default).Compare);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items) => Sort(keys, items, null);

        // The same introsort as Sort<T>, moving items[i] with keys[i], as .NET does.
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, IComparer<TKey> comparer)
        {
            if (keys == null) ThrowHelpers.ThrowArgumentNull("keys");
            if (items == null) { Sort(keys, comparer); return; }
            if (items.Length < keys.Length) ThrowHelpers.ThrowArgument("Length of the items array is less than the length of the keys array.");
            int length = keys.Length;
            if (length > 1)
                PairSort<TKey, TValue>.IntroSort(keys, items, 0, length - 1, (comparer ?? Comparer<TKey>.Default).Compare, 2 * Log2(length + 1));
        }
    }

    internal static class PairSort<TKey, TValue>
    {
        public static void IntroSort(TKey[] k, TValue[] v, int lo, int hi, Comparison<TKey> cmp, int depth)
        {
            while (hi > lo)
            {
                int size = hi - lo + 1;
                if (size <= 16) { InsertionSort(k, v, lo, hi, cmp); return; }
                if (depth == 0) { HeapSort(k, v, lo, hi, cmp); return; }
                depth--;
                int p = Partition(k, v, lo, hi, cmp);
                IntroSort(k, v, p + 1, hi, cmp, depth);
                hi = p - 1;
            }
        }

        private static void Swap(TKey[] k, TValue[] v, int i, int j)
        {
            TKey t = k[i]; k[i] = k[j]; k[j] = t;
            TValue u = v[i]; v[i] = v[j]; v[j] = u;
        }

        private static void SwapIfGreater(TKey[] k, TValue[] v, int i, int j, Comparison<TKey> cmp)
        {
            if (i != j && cmp(k[i], k[j]) > 0) Swap(k, v, i, j);
        }

        private static int Partition(TKey[] k, TValue[] v, int lo, int hi, Comparison<TKey> cmp)
        {
            int mid = lo + ((hi - lo) >> 1);
            SwapIfGreater(k, v, lo, mid, cmp);
            SwapIfGreater(k, v, lo, hi, cmp);
            SwapIfGreater(k, v, mid, hi, cmp);
            TKey pivot = k[mid];
            Swap(k, v, mid, hi - 1);
            int left = lo, right = hi - 1;
            while (left < right)
            {
                while (cmp(k[++left], pivot) < 0) { }
                while (cmp(pivot, k[--right]) < 0) { }
                if (left >= right) break;
                Swap(k, v, left, right);
            }
            if (left != hi - 1) Swap(k, v, left, hi - 1);
            return left;
        }

        private static void InsertionSort(TKey[] k, TValue[] v, int lo, int hi, Comparison<TKey> cmp)
        {
            for (int i = lo; i < hi; i++)
            {
                int j = i;
                TKey t = k[i + 1];
                TValue tv = v[i + 1];
                while (j >= lo && cmp(t, k[j]) < 0) { k[j + 1] = k[j]; v[j + 1] = v[j]; j--; }
                k[j + 1] = t;
                v[j + 1] = tv;
            }
        }

        private static void HeapSort(TKey[] k, TValue[] v, int lo, int hi, Comparison<TKey> cmp)
        {
            int n = hi - lo + 1;
            for (int i = n >> 1; i >= 1; i--) DownHeap(k, v, i, n, lo, cmp);
            for (int i = n; i > 1; i--) { Swap(k, v, lo, lo + i - 1); DownHeap(k, v, 1, i - 1, lo, cmp); }
        }

        private static void DownHeap(TKey[] k, TValue[] v, int i, int n, int lo, Comparison<TKey> cmp)
        {
            TKey d = k[lo + i - 1];
            TValue dv = v[lo + i - 1];
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && cmp(k[lo + child - 1], k[lo + child]) < 0) child++;
                if (!(cmp(d, k[lo + child - 1]) < 0)) break;
                k[lo + i - 1] = k[lo + child - 1];
                v[lo + i - 1] = v[lo + child - 1];
                i = child;
            }
            k[lo + i - 1] = d;
            v[lo + i - 1] = dv;
        }
    }
}
