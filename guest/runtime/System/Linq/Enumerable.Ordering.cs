using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    public interface IOrderedEnumerable<out TElement> : IEnumerable<TElement>
    {
        IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending);
    }

    public static partial class Enumerable
    {
        public static IOrderedEnumerable<TSource> Order<TSource>(this IEnumerable<TSource> source) => OrderBy(source, x => x, null);
        public static IOrderedEnumerable<TSource> Order<TSource>(this IEnumerable<TSource> source, IComparer<TSource> comparer) => OrderBy(source, x => x, comparer);
        public static IOrderedEnumerable<TSource> OrderDescending<TSource>(this IEnumerable<TSource> source) => OrderByDescending(source, x => x, null);
        public static IOrderedEnumerable<TSource> OrderDescending<TSource>(this IEnumerable<TSource> source, IComparer<TSource> comparer) => OrderByDescending(source, x => x, comparer);

        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => OrderBy(source, keySelector, null);

        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            if (source == null) ThrowNull("source");
            if (keySelector == null) ThrowNull("keySelector");
            return new OrderedEnumerable<TSource>(source, new SortLevel<TSource, TKey>(keySelector, comparer, false, null));
        }

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => OrderByDescending(source, keySelector, null);

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            if (source == null) ThrowNull("source");
            if (keySelector == null) ThrowNull("keySelector");
            return new OrderedEnumerable<TSource>(source, new SortLevel<TSource, TKey>(keySelector, comparer, true, null));
        }

        // ThenBy goes through the concrete type rather than the interface's generic virtual method.
        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector) => ThenBy(source, keySelector, null);

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            if (source == null) ThrowNull("source");
            if (keySelector == null) ThrowNull("keySelector");
            return ((OrderedEnumerable<TSource>)source).Then(keySelector, comparer, false);
        }

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector) => ThenByDescending(source, keySelector, null);

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            if (source == null) ThrowNull("source");
            if (keySelector == null) ThrowNull("keySelector");
            return ((OrderedEnumerable<TSource>)source).Then(keySelector, comparer, true);
        }
    }

    // One sort key: its values for every element, computed once per enumeration, and the next key for ties.
    internal abstract class SortLevel<TElement>
    {
        internal SortLevel<TElement> _next;
        internal abstract SortLevel<TElement> WithNext(SortLevel<TElement> next);
        internal abstract void ComputeKeys(TElement[] elements, int count);
        internal abstract int CompareAt(int i, int j);
    }

    internal sealed class SortLevel<TElement, TKey> : SortLevel<TElement>
    {
        private readonly Func<TElement, TKey> _keySelector;
        private readonly IComparer<TKey> _comparer;
        private readonly bool _descending;
        private TKey[] _keys;

        internal SortLevel(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, SortLevel<TElement> next)
        {
            _keySelector = keySelector;
            _comparer = comparer ?? Comparer<TKey>.Default;
            _descending = descending;
            _next = next;
        }

        internal override SortLevel<TElement> WithNext(SortLevel<TElement> next) =>
            new SortLevel<TElement, TKey>(_keySelector, _comparer, _descending, next);

        internal override void ComputeKeys(TElement[] elements, int count)
        {
            var keys = new TKey[count];
            for (int i = 0; i < count; i++) keys[i] = _keySelector(elements[i]);
            _keys = keys;
            _next?.ComputeKeys(elements, count);
        }

        internal override int CompareAt(int i, int j)
        {
            int c = _comparer.Compare(_keys[i], _keys[j]);
            if (c == 0) return _next == null ? i - j : _next.CompareAt(i, j);
            return _descending ? (c > 0 ? -1 : 1) : c;
        }
    }

    internal sealed class OrderedEnumerable<TElement> : IOrderedEnumerable<TElement>
    {
        private readonly IEnumerable<TElement> _source;
        private readonly SortLevel<TElement>[] _levels; // primary key first

        internal OrderedEnumerable(IEnumerable<TElement> source, SortLevel<TElement> primary)
        {
            _source = source;
            _levels = new[] { primary };
        }

        private OrderedEnumerable(IEnumerable<TElement> source, SortLevel<TElement>[] levels)
        {
            _source = source;
            _levels = levels;
        }

        internal OrderedEnumerable<TElement> Then<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
        {
            var levels = new SortLevel<TElement>[_levels.Length + 1];
            Array.Copy(_levels, levels, _levels.Length);
            levels[_levels.Length] = new SortLevel<TElement, TKey>(keySelector, comparer, descending, null);
            return new OrderedEnumerable<TElement>(_source, levels);
        }

        public IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending) =>
            Then(keySelector, comparer, descending);

        // Sorting a map of indexes with the original index as the last tie-breaker makes the sort stable, as .NET's.
        public IEnumerator<TElement> GetEnumerator()
        {
            TElement[] elements = _source.ToArray();
            int count = elements.Length;
            if (count == 0) yield break;
            SortLevel<TElement> chain = null;
            for (int i = _levels.Length - 1; i >= 0; i--) chain = _levels[i].WithNext(chain);
            chain.ComputeKeys(elements, count);
            var map = new int[count];
            for (int i = 0; i < count; i++) map[i] = i;
            Array.Sort(map, chain.CompareAt);
            for (int i = 0; i < count; i++) yield return elements[map[i]];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
