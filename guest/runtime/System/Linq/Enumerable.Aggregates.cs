using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        public static TSource Aggregate<TSource>(this IEnumerable<TSource> source, Func<TSource, TSource, TSource> func)
        {
            if (source == null) ThrowNull("source");
            if (func == null) ThrowNull("func");
            using IEnumerator<TSource> e = source.GetEnumerator();
            if (!e.MoveNext()) ThrowNoElements();
            TSource result = e.Current;
            while (e.MoveNext()) result = func(result, e.Current);
            return result;
        }

        public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func)
        {
            if (source == null) ThrowNull("source");
            if (func == null) ThrowNull("func");
            TAccumulate result = seed;
            foreach (TSource item in source) result = func(result, item);
            return result;
        }

        public static TResult Aggregate<TSource, TAccumulate, TResult>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func, Func<TAccumulate, TResult> resultSelector)
        {
            if (resultSelector == null) ThrowNull("resultSelector");
            return resultSelector(Aggregate(source, seed, func));
        }

        // Generic Min/Max: nulls are skipped and an empty sequence of a nullable type gives null, as in .NET.
        private static TSource MinMax<TSource>(IEnumerable<TSource> source, IComparer<TSource> comparer, int sign)
        {
            if (source == null) ThrowNull("source");
            comparer ??= Comparer<TSource>.Default;
            TSource value = default;
            using IEnumerator<TSource> e = source.GetEnumerator();
            if (value == null)
            {
                do
                {
                    if (!e.MoveNext()) return value;
                    value = e.Current;
                } while (value == null);
                while (e.MoveNext())
                {
                    TSource x = e.Current;
                    if (x != null && comparer.Compare(x, value) * sign > 0) value = x;
                }
                return value;
            }
            if (!e.MoveNext()) ThrowNoElements();
            value = e.Current;
            while (e.MoveNext())
            {
                TSource x = e.Current;
                if (comparer.Compare(x, value) * sign > 0) value = x;
            }
            return value;
        }

        public static TSource Min<TSource>(this IEnumerable<TSource> source) => MinMax(source, null, -1);
        public static TSource Min<TSource>(this IEnumerable<TSource> source, IComparer<TSource> comparer) => MinMax(source, comparer, -1);
        public static TSource Max<TSource>(this IEnumerable<TSource> source) => MinMax(source, null, 1);
        public static TSource Max<TSource>(this IEnumerable<TSource> source, IComparer<TSource> comparer) => MinMax(source, comparer, 1);

        public static TResult Min<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) => MinMax(Select(source, selector), null, -1);
        public static TResult Max<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) => MinMax(Select(source, selector), null, 1);

        // The first element with the smallest (largest) key wins ties, as in .NET.
        private static TSource By<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer, int sign)
        {
            if (source == null) ThrowNull("source");
            if (keySelector == null) ThrowNull("keySelector");
            comparer ??= Comparer<TKey>.Default;
            using IEnumerator<TSource> e = source.GetEnumerator();
            if (!e.MoveNext())
            {
                if (default(TSource) == null) return default;
                ThrowNoElements();
            }
            TSource value = e.Current;
            TKey key = keySelector(value);
            if (default(TKey) == null)
            {
                while (key == null)
                {
                    if (!e.MoveNext()) return value;
                    value = e.Current;
                    key = keySelector(value);
                }
                while (e.MoveNext())
                {
                    TSource next = e.Current;
                    TKey nextKey = keySelector(next);
                    if (nextKey != null && comparer.Compare(nextKey, key) * sign > 0) { key = nextKey; value = next; }
                }
                return value;
            }
            while (e.MoveNext())
            {
                TSource next = e.Current;
                TKey nextKey = keySelector(next);
                if (comparer.Compare(nextKey, key) * sign > 0) { key = nextKey; value = next; }
            }
            return value;
        }

        public static TSource MinBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => By(source, keySelector, null, -1);
        public static TSource MinBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) => By(source, keySelector, comparer, -1);
        public static TSource MaxBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => By(source, keySelector, null, 1);
        public static TSource MaxBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) => By(source, keySelector, comparer, 1);

        public static int Sum(this IEnumerable<int> source)
        {
            if (source == null) ThrowNull("source");
            int sum = 0;
            foreach (int item in source) sum = checked(sum + item);
            return (int)sum;
        }

        public static int Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Sum(Select(source, selector));
        }

        public static double Average(this IEnumerable<int> source)
        {
            if (source == null) ThrowNull("source");
            long sum = 0;
            long count = 0;
            foreach (int item in source) { sum = checked(sum + item); count++; }
            if (count == 0) ThrowNoElements();
            return (double)((double)sum / count);
        }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Average(Select(source, selector));
        }

        public static int Min(this IEnumerable<int> source)
        {
            if (source == null) ThrowNull("source");
            using IEnumerator<int> e = source.GetEnumerator();
            if (!e.MoveNext()) ThrowNoElements();
            int value = e.Current;
            while (e.MoveNext())
            {
                int x = e.Current;
                if (x < value) value = x;
            }
            return value;
        }

        public static int Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Min(Select(source, selector));
        }

        public static int Max(this IEnumerable<int> source)
        {
            if (source == null) ThrowNull("source");
            using IEnumerator<int> e = source.GetEnumerator();
            if (!e.MoveNext()) ThrowNoElements();
            int value = e.Current;
            while (e.MoveNext())
            {
                int x = e.Current;
                if (x > value) value = x;
            }
            return value;
        }

        public static int Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Max(Select(source, selector));
        }

        public static long Sum(this IEnumerable<long> source)
        {
            if (source == null) ThrowNull("source");
            long sum = 0;
            foreach (long item in source) sum = checked(sum + item);
            return (long)sum;
        }

        public static long Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Sum(Select(source, selector));
        }

        public static double Average(this IEnumerable<long> source)
        {
            if (source == null) ThrowNull("source");
            long sum = 0;
            long count = 0;
            foreach (long item in source) { sum = checked(sum + item); count++; }
            if (count == 0) ThrowNoElements();
            return (double)((double)sum / count);
        }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Average(Select(source, selector));
        }

        public static long Min(this IEnumerable<long> source)
        {
            if (source == null) ThrowNull("source");
            using IEnumerator<long> e = source.GetEnumerator();
            if (!e.MoveNext()) ThrowNoElements();
            long value = e.Current;
            while (e.MoveNext())
            {
                long x = e.Current;
                if (x < value) value = x;
            }
            return value;
        }

        public static long Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Min(Select(source, selector));
        }

        public static long Max(this IEnumerable<long> source)
        {
            if (source == null) ThrowNull("source");
            using IEnumerator<long> e = source.GetEnumerator();
            if (!e.MoveNext()) ThrowNoElements();
            long value = e.Current;
            while (e.MoveNext())
            {
                long x = e.Current;
                if (x > value) value = x;
            }
            return value;
        }

        public static long Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Max(Select(source, selector));
        }

        public static double Sum(this IEnumerable<double> source)
        {
            if (source == null) ThrowNull("source");
            double sum = 0;
            foreach (double item in source) sum += item;
            return (double)sum;
        }

        public static double Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Sum(Select(source, selector));
        }

        public static double Average(this IEnumerable<double> source)
        {
            if (source == null) ThrowNull("source");
            double sum = 0;
            long count = 0;
            foreach (double item in source) { sum += item; count++; }
            if (count == 0) ThrowNoElements();
            return (double)((double)sum / count);
        }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Average(Select(source, selector));
        }

        public static double Min(this IEnumerable<double> source)
        {
            if (source == null) ThrowNull("source");
            using IEnumerator<double> e = source.GetEnumerator();
            if (!e.MoveNext()) ThrowNoElements();
            double value = e.Current;
            while (e.MoveNext())
            {
                double x = e.Current;
                if (x < value) value = x; else if (double.IsNaN(x)) return x;
            }
            return value;
        }

        public static double Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Min(Select(source, selector));
        }

        public static double Max(this IEnumerable<double> source)
        {
            if (source == null) ThrowNull("source");
            using IEnumerator<double> e = source.GetEnumerator();
            if (!e.MoveNext()) ThrowNoElements();
            double value = e.Current;
            while (e.MoveNext())
            {
                double x = e.Current;
                if (x > value || double.IsNaN(value)) value = x;
            }
            return value;
        }

        public static double Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Max(Select(source, selector));
        }

        public static float Sum(this IEnumerable<float> source)
        {
            if (source == null) ThrowNull("source");
            double sum = 0;
            foreach (float item in source) sum += item;
            return (float)sum;
        }

        public static float Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Sum(Select(source, selector));
        }

        public static float Average(this IEnumerable<float> source)
        {
            if (source == null) ThrowNull("source");
            double sum = 0;
            long count = 0;
            foreach (float item in source) { sum += item; count++; }
            if (count == 0) ThrowNoElements();
            return (float)((double)sum / count);
        }

        public static float Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Average(Select(source, selector));
        }

        public static float Min(this IEnumerable<float> source)
        {
            if (source == null) ThrowNull("source");
            using IEnumerator<float> e = source.GetEnumerator();
            if (!e.MoveNext()) ThrowNoElements();
            float value = e.Current;
            while (e.MoveNext())
            {
                float x = e.Current;
                if (x < value) value = x; else if (double.IsNaN(x)) return x;
            }
            return value;
        }

        public static float Min<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Min(Select(source, selector));
        }

        public static float Max(this IEnumerable<float> source)
        {
            if (source == null) ThrowNull("source");
            using IEnumerator<float> e = source.GetEnumerator();
            if (!e.MoveNext()) ThrowNoElements();
            float value = e.Current;
            while (e.MoveNext())
            {
                float x = e.Current;
                if (x > value || double.IsNaN(value)) value = x;
            }
            return value;
        }

        public static float Max<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Max(Select(source, selector));
        }
    }
}
