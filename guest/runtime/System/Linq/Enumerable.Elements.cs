using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        private static bool TryFirst<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out TSource result)
        {
            if (source == null) ThrowNull("source");
            if (predicate == null)
            {
                if (source is IList<TSource> list)
                {
                    if (list.Count > 0) { result = list[0]; return true; }
                    result = default;
                    return false;
                }
                foreach (TSource item in source) { result = item; return true; }
            }
            else
            {
                foreach (TSource item in source) if (predicate(item)) { result = item; return true; }
            }
            result = default;
            return false;
        }

        private static bool TryLast<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out TSource result)
        {
            if (source == null) ThrowNull("source");
            bool found = false;
            result = default;
            if (predicate == null && source is IList<TSource> list)
            {
                if (list.Count == 0) return false;
                result = list[list.Count - 1];
                return true;
            }
            foreach (TSource item in source)
            {
                if (predicate == null || predicate(item)) { result = item; found = true; }
            }
            return found;
        }

        private static bool TrySingle<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out TSource result)
        {
            if (source == null) ThrowNull("source");
            bool found = false;
            result = default;
            foreach (TSource item in source)
            {
                if (predicate != null && !predicate(item)) continue;
                if (found)
                {
                    if (predicate == null) ThrowMoreThanOne();
                    ThrowMoreThanOneMatch();
                }
                result = item;
                found = true;
            }
            return found;
        }

        public static TSource First<TSource>(this IEnumerable<TSource> source)
        {
            if (!TryFirst(source, null, out TSource r)) ThrowNoElements();
            return r;
        }

        public static TSource First<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (predicate == null) ThrowNull("predicate");
            if (!TryFirst(source, predicate, out TSource r)) ThrowNoMatch();
            return r;
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source) => TryFirst(source, null, out TSource r) ? r : default;
        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, TSource defaultValue) => TryFirst(source, null, out TSource r) ? r : defaultValue;

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (predicate == null) ThrowNull("predicate");
            return TryFirst(source, predicate, out TSource r) ? r : default;
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate, TSource defaultValue)
        {
            if (predicate == null) ThrowNull("predicate");
            return TryFirst(source, predicate, out TSource r) ? r : defaultValue;
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source)
        {
            if (!TryLast(source, null, out TSource r)) ThrowNoElements();
            return r;
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (predicate == null) ThrowNull("predicate");
            if (!TryLast(source, predicate, out TSource r)) ThrowNoMatch();
            return r;
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source) => TryLast(source, null, out TSource r) ? r : default;
        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, TSource defaultValue) => TryLast(source, null, out TSource r) ? r : defaultValue;

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (predicate == null) ThrowNull("predicate");
            return TryLast(source, predicate, out TSource r) ? r : default;
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source)
        {
            if (!TrySingle(source, null, out TSource r)) ThrowNoElements();
            return r;
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (predicate == null) ThrowNull("predicate");
            if (!TrySingle(source, predicate, out TSource r)) ThrowNoMatch();
            return r;
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source) => TrySingle(source, null, out TSource r) ? r : default;

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (predicate == null) ThrowNull("predicate");
            return TrySingle(source, predicate, out TSource r) ? r : default;
        }

        private static bool TryElementAt<TSource>(IEnumerable<TSource> source, int index, out TSource result)
        {
            if (source == null) ThrowNull("source");
            if (source is IList<TSource> list)
            {
                if ((uint)index < (uint)list.Count) { result = list[index]; return true; }
            }
            else if (index >= 0)
            {
                foreach (TSource item in source)
                {
                    if (index == 0) { result = item; return true; }
                    index--;
                }
            }
            result = default;
            return false;
        }

        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, int index)
        {
            if (!TryElementAt(source, index, out TSource r)) throw new ArgumentOutOfRangeException("index");
            return r;
        }

        public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, int index) =>
            TryElementAt(source, index, out TSource r) ? r : default;

        public static bool Any<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null) ThrowNull("source");
            if (source is ICollection<TSource> c) return c.Count != 0;
            using IEnumerator<TSource> e = source.GetEnumerator();
            return e.MoveNext();
        }

        public static bool Any<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null) ThrowNull("source");
            if (predicate == null) ThrowNull("predicate");
            foreach (TSource item in source) if (predicate(item)) return true;
            return false;
        }

        public static bool All<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null) ThrowNull("source");
            if (predicate == null) ThrowNull("predicate");
            foreach (TSource item in source) if (!predicate(item)) return false;
            return true;
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value)
        {
            if (source is ICollection<TSource> c) return c.Contains(value);
            return Contains(source, value, null);
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value, IEqualityComparer<TSource> comparer)
        {
            if (source == null) ThrowNull("source");
            comparer ??= EqualityComparer<TSource>.Default;
            foreach (TSource item in source) if (comparer.Equals(item, value)) return true;
            return false;
        }

        public static int Count<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null) ThrowNull("source");
            if (source is ICollection<TSource> c) return c.Count;
            if (source is IReadOnlyCollection<TSource> rc) return rc.Count;
            int count = 0;
            using IEnumerator<TSource> e = source.GetEnumerator();
            while (e.MoveNext()) checked { count++; }
            return count;
        }

        public static int Count<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null) ThrowNull("source");
            if (predicate == null) ThrowNull("predicate");
            int count = 0;
            foreach (TSource item in source) if (predicate(item)) checked { count++; }
            return count;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null) ThrowNull("source");
            long count = 0;
            using IEnumerator<TSource> e = source.GetEnumerator();
            while (e.MoveNext()) count++;
            return count;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null) ThrowNull("source");
            if (predicate == null) ThrowNull("predicate");
            long count = 0;
            foreach (TSource item in source) if (predicate(item)) count++;
            return count;
        }

        public static bool TryGetNonEnumeratedCount<TSource>(this IEnumerable<TSource> source, out int count)
        {
            if (source == null) ThrowNull("source");
            if (source is ICollection<TSource> c) { count = c.Count; return true; }
            count = 0;
            return false;
        }
    }
}
