using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    public interface IGrouping<out TKey, out TElement> : IEnumerable<TElement>
    {
        TKey Key { get; }
    }

    public interface ILookup<TKey, TElement> : IEnumerable<IGrouping<TKey, TElement>>
    {
        int Count { get; }
        IEnumerable<TElement> this[TKey key] { get; }
        bool Contains(TKey key);
    }

    public class Grouping<TKey, TElement> : IGrouping<TKey, TElement>, IList<TElement>, IReadOnlyList<TElement>
    {
        private readonly TKey _key;
        internal readonly List<TElement> _elements = new List<TElement>();

        internal Grouping(TKey key) { _key = key; }

        public TKey Key => _key;
        public int Count => _elements.Count;
        public bool IsReadOnly => true;
        public TElement this[int index] { get => _elements[index]; set => ThrowNotSupported(); }
        public int IndexOf(TElement item) => _elements.IndexOf(item);
        public bool Contains(TElement item) => _elements.Contains(item);
        public void CopyTo(TElement[] array, int arrayIndex) => _elements.CopyTo(array, arrayIndex);
        void ICollection<TElement>.Add(TElement item) => ThrowNotSupported();
        void ICollection<TElement>.Clear() => ThrowNotSupported();
        bool ICollection<TElement>.Remove(TElement item) { ThrowNotSupported(); return false; }
        void IList<TElement>.Insert(int index, TElement item) => ThrowNotSupported();
        void IList<TElement>.RemoveAt(int index) => ThrowNotSupported();
        private static void ThrowNotSupported() => throw new NotSupportedException("Specified method is not supported.");

        public IEnumerator<TElement> GetEnumerator() => _elements.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    // Groups in the order their keys first appear; a null key gets its own group (Dictionary refuses null keys).
    public class Lookup<TKey, TElement> : ILookup<TKey, TElement>
    {
        private readonly Dictionary<TKey, Grouping<TKey, TElement>> _groups;
        private readonly List<Grouping<TKey, TElement>> _ordered = new List<Grouping<TKey, TElement>>();
        private Grouping<TKey, TElement> _nullGroup;

        internal Lookup(IEqualityComparer<TKey> comparer) { _groups = new Dictionary<TKey, Grouping<TKey, TElement>>(comparer); }

        internal static Lookup<TKey, TElement> Create<TSource>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            var lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TSource item in source) lookup.GetGrouping(keySelector(item), true)._elements.Add(elementSelector(item));
            return lookup;
        }

        internal static Lookup<TKey, TElement> CreateForJoin(IEnumerable<TElement> source, Func<TElement, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            var lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TElement item in source)
            {
                TKey key = keySelector(item);
                if (key != null) lookup.GetGrouping(key, true)._elements.Add(item);
            }
            return lookup;
        }

        internal Grouping<TKey, TElement> GetGrouping(TKey key, bool create)
        {
            Grouping<TKey, TElement> g;
            if (key == null)
            {
                if (_nullGroup == null && create) { _nullGroup = new Grouping<TKey, TElement>(key); _ordered.Add(_nullGroup); }
                return _nullGroup;
            }
            if (_groups.TryGetValue(key, out g)) return g;
            if (!create) return null;
            g = new Grouping<TKey, TElement>(key);
            _groups.Add(key, g);
            _ordered.Add(g);
            return g;
        }

        public int Count => _ordered.Count;
        public bool Contains(TKey key) => GetGrouping(key, false) != null;

        public IEnumerable<TElement> this[TKey key] =>
            (IEnumerable<TElement>)GetGrouping(key, false) ?? Array.Empty<TElement>();

        public IEnumerable<TResult> ApplyResultSelector<TResult>(Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
        {
            foreach (var g in _ordered) yield return resultSelector(g.Key, g);
        }

        public IEnumerator<IGrouping<TKey, TElement>> GetEnumerator()
        {
            for (int i = 0; i < _ordered.Count; i++) yield return _ordered[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public static partial class Enumerable
    {
        private static TSource Identity<TSource>(TSource x) => x;

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            ToLookup(source, keySelector, Identity, null);

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer) =>
            ToLookup(source, keySelector, Identity, comparer);

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector) =>
            ToLookup(source, keySelector, elementSelector, null);

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null) ThrowNull("source");
            if (keySelector == null) ThrowNull("keySelector");
            if (elementSelector == null) ThrowNull("elementSelector");
            return Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer);
        }

        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            GroupBy(source, keySelector, Identity, (IEqualityComparer<TKey>)null);

        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer) =>
            GroupBy(source, keySelector, Identity, comparer);

        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector) =>
            GroupBy(source, keySelector, elementSelector, (IEqualityComparer<TKey>)null);

        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null) ThrowNull("source");
            if (keySelector == null) ThrowNull("keySelector");
            if (elementSelector == null) ThrowNull("elementSelector");
            return GroupByIterator(source, keySelector, elementSelector, comparer);
        }

        private static IEnumerable<IGrouping<TKey, TElement>> GroupByIterator<TSource, TKey, TElement>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            foreach (var g in Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer)) yield return g;
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector) =>
            GroupBy(source, keySelector, Identity, resultSelector);

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
        {
            if (source == null) ThrowNull("source");
            if (keySelector == null) ThrowNull("keySelector");
            if (elementSelector == null) ThrowNull("elementSelector");
            if (resultSelector == null) ThrowNull("resultSelector");
            return GroupByResultIterator(source, keySelector, elementSelector, resultSelector);
        }

        private static IEnumerable<TResult> GroupByResultIterator<TSource, TKey, TElement, TResult>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
        {
            foreach (var r in Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, null).ApplyResultSelector(resultSelector)) yield return r;
        }

        public static IEnumerable<KeyValuePair<TKey, int>> CountBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> keyComparer = null)
        {
            if (source == null) ThrowNull("source");
            if (keySelector == null) ThrowNull("keySelector");
            return CountByIterator(source, keySelector, keyComparer);
        }

        private static IEnumerable<KeyValuePair<TKey, int>> CountByIterator<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> keyComparer)
        {
            var counts = new Dictionary<TKey, int>(keyComparer);
            foreach (TSource item in source)
            {
                TKey key = keySelector(item);
                counts[key] = counts.TryGetValue(key, out int n) ? n + 1 : 1;
            }
            foreach (var pair in counts) yield return pair;
        }

        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector) =>
            Join(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);

        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            if (outer == null) ThrowNull("outer");
            if (inner == null) ThrowNull("inner");
            if (outerKeySelector == null) ThrowNull("outerKeySelector");
            if (innerKeySelector == null) ThrowNull("innerKeySelector");
            if (resultSelector == null) ThrowNull("resultSelector");
            return JoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }

        private static IEnumerable<TResult> JoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            using IEnumerator<TOuter> e = outer.GetEnumerator();
            if (!e.MoveNext()) yield break;
            var lookup = Lookup<TKey, TInner>.CreateForJoin(inner, innerKeySelector, comparer);
            if (lookup.Count == 0) yield break;
            do
            {
                TOuter item = e.Current;
                TKey key = outerKeySelector(item);
                Grouping<TKey, TInner> g = key == null ? null : lookup.GetGrouping(key, false);
                if (g == null) continue;
                for (int i = 0; i < g._elements.Count; i++) yield return resultSelector(item, g._elements[i]);
            } while (e.MoveNext());
        }

        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector) =>
            GroupJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);

        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            if (outer == null) ThrowNull("outer");
            if (inner == null) ThrowNull("inner");
            if (outerKeySelector == null) ThrowNull("outerKeySelector");
            if (innerKeySelector == null) ThrowNull("innerKeySelector");
            if (resultSelector == null) ThrowNull("resultSelector");
            return GroupJoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }

        private static IEnumerable<TResult> GroupJoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            using IEnumerator<TOuter> e = outer.GetEnumerator();
            if (!e.MoveNext()) yield break;
            var lookup = Lookup<TKey, TInner>.CreateForJoin(inner, innerKeySelector, comparer);
            do
            {
                TOuter item = e.Current;
                TKey key = outerKeySelector(item);
                yield return resultSelector(item, lookup[key]);
            } while (e.MoveNext());
        }
    }
}
