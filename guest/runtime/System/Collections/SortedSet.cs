namespace System.Collections.Generic
{
    // Distinct items in comparer order. .NET keeps a red-black tree; this keeps one sorted array (same order and
    // results; inserts shift memory).
    public class SortedSet<T> : ISet<T>, IReadOnlySet<T>, IReadOnlyCollection<T>
    {
        private T[] _items = Array.Empty<T>();
        private int _size;
        private int _version;
        private readonly IComparer<T> _comparer;

        public SortedSet() : this((IComparer<T>)null) { }
        public SortedSet(IComparer<T> comparer) { _comparer = comparer ?? Comparer<T>.Default; }
        public SortedSet(IEnumerable<T> collection) : this(collection, null) { }

        public SortedSet(IEnumerable<T> collection, IComparer<T> comparer) : this(comparer)
        {
            if (collection == null) ThrowHelpers.ThrowArgumentNull("collection");
            UnionWith(collection);
        }

        public int Count => _size;
        public bool IsReadOnly => false;
        public IComparer<T> Comparer => _comparer;
        public T Min => _size == 0 ? default : _items[0];
        public T Max => _size == 0 ? default : _items[_size - 1];

        private int Search(T item)
        {
            int lo = 0, hi = _size - 1;
            while (lo <= hi)
            {
                int mid = lo + ((hi - lo) >> 1);
                int c = _comparer.Compare(_items[mid], item);
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }

        public bool Contains(T item) => Search(item) >= 0;

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            int i = Search(equalValue);
            if (i >= 0) { actualValue = _items[i]; return true; }
            actualValue = default;
            return false;
        }

        public bool Add(T item)
        {
            int i = Search(item);
            if (i >= 0) return false;
            i = ~i;
            if (_size == _items.Length) Array.Resize(ref _items, _items.Length == 0 ? 4 : _items.Length * 2);
            if (i < _size) Array.Copy(_items, i, _items, i + 1, _size - i);
            _items[i] = item;
            _size++;
            _version++;
            return true;
        }

        void ICollection<T>.Add(T item) => Add(item);

        public bool Remove(T item)
        {
            int i = Search(item);
            if (i < 0) return false;
            _size--;
            if (i < _size) Array.Copy(_items, i + 1, _items, i, _size - i);
            _items[_size] = default;
            _version++;
            return true;
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) ThrowHelpers.ThrowArgumentNull("match");
            int kept = 0;
            for (int i = 0; i < _size; i++) if (!match(_items[i])) _items[kept++] = _items[i];
            int removed = _size - kept;
            Array.Clear(_items, kept, removed);
            _size = kept;
            if (removed > 0) _version++;
            return removed;
        }

        public void Clear()
        {
            Array.Clear(_items, 0, _size);
            _size = 0;
            _version++;
        }

        public void CopyTo(T[] array) => CopyTo(array, 0);
        public void CopyTo(T[] array, int index) => Array.Copy(_items, 0, array, index, _size);

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelpers.ThrowArgumentNull("other");
            foreach (T item in other) Add(item);
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelpers.ThrowArgumentNull("other");
            if (ReferenceEquals(other, this)) { Clear(); return; }
            foreach (T item in other) Remove(item);
        }

        public void IntersectWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelpers.ThrowArgumentNull("other");
            if (ReferenceEquals(other, this)) return;
            var keep = new SortedSet<T>(_comparer);
            foreach (T item in other) if (Contains(item)) keep.Add(item);
            _items = keep._items;
            _size = keep._size;
            _version++;
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelpers.ThrowArgumentNull("other");
            if (ReferenceEquals(other, this)) { Clear(); return; }
            var distinct = new SortedSet<T>(other, _comparer);
            foreach (T item in distinct) if (!Remove(item)) Add(item);
        }

        private int CountShared(IEnumerable<T> other, out bool foundOther)
        {
            var seen = new SortedSet<T>(_comparer);
            foundOther = false;
            foreach (T item in other)
            {
                if (Contains(item)) seen.Add(item);
                else foundOther = true;
            }
            return seen.Count;
        }

        public bool IsSubsetOf(IEnumerable<T> other) => CountShared(other, out _) == _size;
        public bool IsProperSubsetOf(IEnumerable<T> other) => CountShared(other, out bool extra) == _size && extra;

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            foreach (T item in other) if (!Contains(item)) return false;
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other) => CountShared(other, out bool extra) < _size && !extra;

        public bool Overlaps(IEnumerable<T> other)
        {
            foreach (T item in other) if (Contains(item)) return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other) => CountShared(other, out bool extra) == _size && !extra;

        // A copy, where .NET returns a live view: reads agree until either set changes.
        public SortedSet<T> GetViewBetween(T lowerValue, T upperValue)
        {
            if (_comparer.Compare(lowerValue, upperValue) > 0)
                ThrowHelpers.ThrowArgument("Must be less than or equal to upperValue. (Parameter 'lowerValue')");
            var r = new SortedSet<T>(_comparer);
            for (int i = 0; i < _size; i++)
                if (_comparer.Compare(_items[i], lowerValue) >= 0 && _comparer.Compare(_items[i], upperValue) <= 0) r.Add(_items[i]);
            return r;
        }

        public IEnumerable<T> Reverse()
        {
            int version = _version;
            for (int i = _size - 1; i >= 0; i--)
            {
                if (version != _version) ThrowModified();
                yield return _items[i];
            }
        }

        private static void ThrowModified() =>
            throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<T>
        {
            private readonly SortedSet<T> _set;
            private readonly int _version;
            private int _index;
            private T _current;

            internal Enumerator(SortedSet<T> set) { _set = set; _version = set._version; _index = 0; _current = default; }

            public bool MoveNext()
            {
                if (_version != _set._version) ThrowModified();
                if (_index < _set._size) { _current = _set._items[_index++]; return true; }
                _current = default;
                return false;
            }

            public T Current => _current;
            object IEnumerator.Current => _current;
            public void Reset() { _index = 0; _current = default; }
            public void Dispose() { }
        }
    }
}
