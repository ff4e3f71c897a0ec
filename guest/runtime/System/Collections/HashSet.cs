namespace System.Collections.Generic
{
    // The same entries-and-buckets scheme as Dictionary (and .NET's HashSet): insertion order with freed slots
    // reused last-freed-first, so enumeration order matches .NET's after the same operations.
    public class HashSet<T> : ISet<T>, IReadOnlySet<T>, IReadOnlyCollection<T>
    {
        private struct Entry
        {
            public uint hashCode;
            public int next;
            public T value;
        }

        private const int StartOfFreeList = -3;

        private int[] _buckets;
        private Entry[] _entries;
        private int _count;
        private int _freeList;
        private int _freeCount;
        private int _version;
        private readonly IEqualityComparer<T> _comparer;

        public HashSet() : this((IEqualityComparer<T>)null) { }
        public HashSet(IEqualityComparer<T> comparer) { _comparer = comparer ?? EqualityComparer<T>.Default; }
        public HashSet(int capacity) : this(capacity, null) { }

        public HashSet(int capacity, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (capacity < 0) ThrowHelpers.ThrowArgumentOutOfRange("capacity");
            if (capacity > 0) Initialize(capacity);
        }

        public HashSet(IEnumerable<T> collection) : this(collection, null) { }

        public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (collection == null) ThrowHelpers.ThrowArgumentNull("collection");
            if (collection is ICollection<T> c && c.Count > 0) Initialize(c.Count);
            UnionWith(collection);
        }

        public int Count => _count - _freeCount;
        public bool IsReadOnly => false;
        public IEqualityComparer<T> Comparer => _comparer;

        private void Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _buckets = new int[size];
            _entries = new Entry[size];
            _freeList = -1;
        }

        private int FindItemIndex(T item)
        {
            if (_buckets == null) return -1;
            uint hash = item == null ? 0 : (uint)_comparer.GetHashCode(item);
            int i = _buckets[hash % (uint)_buckets.Length] - 1;
            while ((uint)i < (uint)_entries.Length)
            {
                ref Entry e = ref _entries[i];
                if (e.hashCode == hash && _comparer.Equals(e.value, item)) return i;
                i = e.next;
            }
            return -1;
        }

        public bool Contains(T item) => FindItemIndex(item) >= 0;

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            int i = FindItemIndex(equalValue);
            if (i >= 0) { actualValue = _entries[i].value; return true; }
            actualValue = default;
            return false;
        }

        public bool Add(T item) => AddOrGetLocation(item, out _);
        void ICollection<T>.Add(T item) => AddOrGetLocation(item, out _);

        private bool AddOrGetLocation(T item, out int location)
        {
            if (_buckets == null) Initialize(0);
            uint hash = item == null ? 0 : (uint)_comparer.GetHashCode(item);
            ref int bucket = ref _buckets[hash % (uint)_buckets.Length];
            for (int i = bucket - 1; (uint)i < (uint)_entries.Length; i = _entries[i].next)
            {
                if (_entries[i].hashCode == hash && _comparer.Equals(_entries[i].value, item)) { location = i; return false; }
            }

            int index;
            if (_freeCount > 0)
            {
                index = _freeList;
                _freeList = StartOfFreeList - _entries[_freeList].next;
                _freeCount--;
            }
            else
            {
                if (_count == _entries.Length)
                {
                    Resize(HashHelpers.ExpandPrime(_count));
                    bucket = ref _buckets[hash % (uint)_buckets.Length];
                }
                index = _count++;
            }

            ref Entry entry = ref _entries[index];
            entry.hashCode = hash;
            entry.next = bucket - 1;
            entry.value = item;
            bucket = index + 1;
            _version++;
            location = index;
            return true;
        }

        private void Resize(int newSize)
        {
            var entries = new Entry[newSize];
            Array.Copy(_entries, 0, entries, 0, _count);
            _buckets = new int[newSize];
            for (int i = 0; i < _count; i++)
            {
                if (entries[i].next >= -1)
                {
                    ref int b = ref _buckets[entries[i].hashCode % (uint)newSize];
                    entries[i].next = b - 1;
                    b = i + 1;
                }
            }
            _entries = entries;
        }

        public bool Remove(T item)
        {
            if (_buckets == null) return false;
            uint hash = item == null ? 0 : (uint)_comparer.GetHashCode(item);
            ref int bucket = ref _buckets[hash % (uint)_buckets.Length];
            int last = -1;
            for (int i = bucket - 1; i >= 0; )
            {
                ref Entry e = ref _entries[i];
                if (e.hashCode == hash && _comparer.Equals(e.value, item))
                {
                    if (last < 0) bucket = e.next + 1;
                    else _entries[last].next = e.next;
                    e.next = StartOfFreeList - _freeList;
                    e.value = default;
                    _freeList = i;
                    _freeCount++;
                    _version++;
                    return true;
                }
                last = i;
                i = e.next;
            }
            return false;
        }

        public void Clear()
        {
            if (_count == 0) return;
            Array.Clear(_buckets, 0, _buckets.Length);
            Array.Clear(_entries, 0, _count);
            _count = 0;
            _freeList = -1;
            _freeCount = 0;
            _version++;
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) ThrowHelpers.ThrowArgumentNull("match");
            int removed = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_entries[i].next >= -1)
                {
                    T value = _entries[i].value;
                    if (match(value) && Remove(value)) removed++;
                }
            }
            return removed;
        }

        public void CopyTo(T[] array) => CopyTo(array, 0);

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            if (arrayIndex < 0 || arrayIndex > array.Length - Count) ThrowHelpers.ThrowArgumentOutOfRange("arrayIndex");
            for (int i = 0; i < _count; i++) if (_entries[i].next >= -1) array[arrayIndex++] = _entries[i].value;
        }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelpers.ThrowArgumentNull("other");
            foreach (T item in other) AddOrGetLocation(item, out _);
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelpers.ThrowArgumentNull("other");
            if (Count == 0) return;
            if (ReferenceEquals(other, this)) { Clear(); return; }
            foreach (T item in other) Remove(item);
        }

        // Entries are visited in index order either way, so the free list ends up as in .NET.
        public void IntersectWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelpers.ThrowArgumentNull("other");
            if (Count == 0 || ReferenceEquals(other, this)) return;
            HashSet<T> keep = other as HashSet<T>;
            bool[] marked = null;
            if (keep == null || !ReferenceEquals(keep._comparer, _comparer) && !keep._comparer.Equals(_comparer))
            {
                keep = null;
                marked = new bool[_count];
                foreach (T item in other)
                {
                    int i = FindItemIndex(item);
                    if (i >= 0) marked[i] = true;
                }
            }
            for (int i = 0; i < _count; i++)
            {
                if (_entries[i].next < -1) continue;
                T value = _entries[i].value;
                if (keep != null ? !keep.Contains(value) : !marked[i]) Remove(value);
            }
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelpers.ThrowArgumentNull("other");
            if (Count == 0) { UnionWith(other); return; }
            if (ReferenceEquals(other, this)) { Clear(); return; }
            if (other is HashSet<T> set && (ReferenceEquals(set._comparer, _comparer) || set._comparer.Equals(_comparer)))
            {
                foreach (T item in set) if (!Remove(item)) AddOrGetLocation(item, out _);
                return;
            }
            // Items of other already here are removed after the pass; items it adds are not removed again.
            var added = new List<int>();
            var toRemove = new List<int>();
            foreach (T item in other)
            {
                if (AddOrGetLocation(item, out int location)) added.Add(location);
                else if (!added.Contains(location) && !toRemove.Contains(location)) toRemove.Add(location);
            }
            toRemove.Sort();
            for (int k = 0; k < toRemove.Count; k++) Remove(_entries[toRemove[k]].value);
        }

        private int CountShared(IEnumerable<T> other, out bool foundOther)
        {
            var seen = new HashSet<T>(_comparer);
            foundOther = false;
            foreach (T item in other)
            {
                if (Contains(item)) seen.Add(item);
                else foundOther = true;
            }
            return seen.Count;
        }

        public bool IsSubsetOf(IEnumerable<T> other) => CountShared(other, out _) == Count;
        public bool IsProperSubsetOf(IEnumerable<T> other) => CountShared(other, out bool extra) == Count && extra;

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            foreach (T item in other) if (!Contains(item)) return false;
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other) => CountShared(other, out bool extra) < Count && !extra;

        public bool Overlaps(IEnumerable<T> other)
        {
            if (Count == 0) return false;
            foreach (T item in other) if (Contains(item)) return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other) => CountShared(other, out bool extra) == Count && !extra;

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<T>
        {
            private readonly HashSet<T> _set;
            private readonly int _version;
            private int _index;
            private T _current;

            internal Enumerator(HashSet<T> set) { _set = set; _version = set._version; _index = 0; _current = default; }

            public bool MoveNext()
            {
                if (_version != _set._version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while ((uint)_index < (uint)_set._count)
                {
                    ref Entry e = ref _set._entries[_index++];
                    if (e.next >= -1) { _current = e.value; return true; }
                }
                _index = _set._count + 1;
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
