using System.Collections.Generic;

// Enumerable's aggregates over decimal and over nullable numbers, as .NET defines them: Sum of nullables skips nulls
// (0 when there is none), Average/Min/Max of nullables give null when every item is null (or there are none).
namespace System.Linq
{
    public static partial class Enumerable
    {
        public static decimal Sum(this IEnumerable<decimal> source)
        {
            if (source == null) ThrowNull("source");
            decimal sum = 0;
            foreach (decimal item in source) sum += item;
            return sum;
        }

        public static decimal Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Sum(Select(source, selector));
        }

        public static decimal Average(this IEnumerable<decimal> source)
        {
            if (source == null) ThrowNull("source");
            decimal sum = 0;
            long count = 0;
            foreach (decimal item in source) { sum += item; count++; }
            if (count == 0) ThrowNoElements();
            return sum / count;
        }

        public static decimal Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Average(Select(source, selector));
        }

        public static decimal Min(this IEnumerable<decimal> source)
        {
            if (source == null) ThrowNull("source");
            using IEnumerator<decimal> e = source.GetEnumerator();
            if (!e.MoveNext()) ThrowNoElements();
            decimal value = e.Current;
            while (e.MoveNext())
            {
                decimal x = e.Current;
                if (x < value) value = x;
            }
            return value;
        }

        public static decimal Min<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Min(Select(source, selector));
        }

        public static decimal Max(this IEnumerable<decimal> source)
        {
            if (source == null) ThrowNull("source");
            using IEnumerator<decimal> e = source.GetEnumerator();
            if (!e.MoveNext()) ThrowNoElements();
            decimal value = e.Current;
            while (e.MoveNext())
            {
                decimal x = e.Current;
                if (x > value) value = x;
            }
            return value;
        }

        public static decimal Max<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Max(Select(source, selector));
        }

        public static int? Sum(this IEnumerable<int?> source)
        {
            if (source == null) ThrowNull("source");
            int sum = 0;
            foreach (int? item in source) if (item.HasValue) sum = checked(sum + item.GetValueOrDefault());
            return sum;
        }

        public static int? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Sum(Select(source, selector));
        }

        public static double? Average(this IEnumerable<int?> source)
        {
            if (source == null) ThrowNull("source");
            long sum = 0;
            long count = 0;
            foreach (int? item in source) if (item.HasValue) { sum = checked(sum + item.GetValueOrDefault()); count++; }
            if (count == 0) return null;
            return (double)sum / count;
        }

        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Average(Select(source, selector));
        }

        public static int? Min(this IEnumerable<int?> source)
        {
            if (source == null) ThrowNull("source");
            int? result = null;
            foreach (int? item in source)
            {
                if (!item.HasValue) continue;
                int x = item.GetValueOrDefault();
                if (!result.HasValue) { result = x; continue; }
                int value = result.GetValueOrDefault();
                if (x < value) result = x;
            }
            return result;
        }

        public static int? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Min(Select(source, selector));
        }

        public static int? Max(this IEnumerable<int?> source)
        {
            if (source == null) ThrowNull("source");
            int? result = null;
            foreach (int? item in source)
            {
                if (!item.HasValue) continue;
                int x = item.GetValueOrDefault();
                if (!result.HasValue) { result = x; continue; }
                int value = result.GetValueOrDefault();
                if (x > value) result = x;
            }
            return result;
        }

        public static int? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Max(Select(source, selector));
        }

        public static long? Sum(this IEnumerable<long?> source)
        {
            if (source == null) ThrowNull("source");
            long sum = 0;
            foreach (long? item in source) if (item.HasValue) sum = checked(sum + item.GetValueOrDefault());
            return sum;
        }

        public static long? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Sum(Select(source, selector));
        }

        public static double? Average(this IEnumerable<long?> source)
        {
            if (source == null) ThrowNull("source");
            long sum = 0;
            long count = 0;
            foreach (long? item in source) if (item.HasValue) { sum = checked(sum + item.GetValueOrDefault()); count++; }
            if (count == 0) return null;
            return (double)sum / count;
        }

        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Average(Select(source, selector));
        }

        public static long? Min(this IEnumerable<long?> source)
        {
            if (source == null) ThrowNull("source");
            long? result = null;
            foreach (long? item in source)
            {
                if (!item.HasValue) continue;
                long x = item.GetValueOrDefault();
                if (!result.HasValue) { result = x; continue; }
                long value = result.GetValueOrDefault();
                if (x < value) result = x;
            }
            return result;
        }

        public static long? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Min(Select(source, selector));
        }

        public static long? Max(this IEnumerable<long?> source)
        {
            if (source == null) ThrowNull("source");
            long? result = null;
            foreach (long? item in source)
            {
                if (!item.HasValue) continue;
                long x = item.GetValueOrDefault();
                if (!result.HasValue) { result = x; continue; }
                long value = result.GetValueOrDefault();
                if (x > value) result = x;
            }
            return result;
        }

        public static long? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Max(Select(source, selector));
        }

        public static double? Sum(this IEnumerable<double?> source)
        {
            if (source == null) ThrowNull("source");
            double sum = 0;
            foreach (double? item in source) if (item.HasValue) sum = sum + item.GetValueOrDefault();
            return sum;
        }

        public static double? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Sum(Select(source, selector));
        }

        public static double? Average(this IEnumerable<double?> source)
        {
            if (source == null) ThrowNull("source");
            double sum = 0;
            long count = 0;
            foreach (double? item in source) if (item.HasValue) { sum = sum + item.GetValueOrDefault(); count++; }
            if (count == 0) return null;
            return (double)sum / count;
        }

        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Average(Select(source, selector));
        }

        public static double? Min(this IEnumerable<double?> source)
        {
            if (source == null) ThrowNull("source");
            double? result = null;
            foreach (double? item in source)
            {
                if (!item.HasValue) continue;
                double x = item.GetValueOrDefault();
                if (!result.HasValue) { result = x; continue; }
                double value = result.GetValueOrDefault();
                if (x < value) result = x; else if (double.IsNaN(x)) return x;
            }
            return result;
        }

        public static double? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Min(Select(source, selector));
        }

        public static double? Max(this IEnumerable<double?> source)
        {
            if (source == null) ThrowNull("source");
            double? result = null;
            foreach (double? item in source)
            {
                if (!item.HasValue) continue;
                double x = item.GetValueOrDefault();
                if (!result.HasValue) { result = x; continue; }
                double value = result.GetValueOrDefault();
                if (x > value || double.IsNaN(value)) result = x;
            }
            return result;
        }

        public static double? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Max(Select(source, selector));
        }

        public static decimal? Sum(this IEnumerable<decimal?> source)
        {
            if (source == null) ThrowNull("source");
            decimal sum = 0;
            foreach (decimal? item in source) if (item.HasValue) sum = sum + item.GetValueOrDefault();
            return sum;
        }

        public static decimal? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Sum(Select(source, selector));
        }

        public static decimal? Average(this IEnumerable<decimal?> source)
        {
            if (source == null) ThrowNull("source");
            decimal sum = 0;
            long count = 0;
            foreach (decimal? item in source) if (item.HasValue) { sum = sum + item.GetValueOrDefault(); count++; }
            if (count == 0) return null;
            return (decimal)sum / count;
        }

        public static decimal? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Average(Select(source, selector));
        }

        public static decimal? Min(this IEnumerable<decimal?> source)
        {
            if (source == null) ThrowNull("source");
            decimal? result = null;
            foreach (decimal? item in source)
            {
                if (!item.HasValue) continue;
                decimal x = item.GetValueOrDefault();
                if (!result.HasValue) { result = x; continue; }
                decimal value = result.GetValueOrDefault();
                if (x < value) result = x;
            }
            return result;
        }

        public static decimal? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Min(Select(source, selector));
        }

        public static decimal? Max(this IEnumerable<decimal?> source)
        {
            if (source == null) ThrowNull("source");
            decimal? result = null;
            foreach (decimal? item in source)
            {
                if (!item.HasValue) continue;
                decimal x = item.GetValueOrDefault();
                if (!result.HasValue) { result = x; continue; }
                decimal value = result.GetValueOrDefault();
                if (x > value) result = x;
            }
            return result;
        }

        public static decimal? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector)
        {
            if (selector == null) ThrowNull("selector");
            return Max(Select(source, selector));
        }

    }
}
