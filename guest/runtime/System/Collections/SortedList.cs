namespace System.Collections.Generic
{
    // Keys and values in two parallel sorted arrays (as .NET's SortedList): binary search to find, a shift to
    // insert or remove; capacity grows 4, then doubling.
    public class SortedList<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        private TKey[] _keys;
        private TValue[] _values;
        private int _size;
        private int _version;
        private readonly IComparer<TKey> _comparer;
        private KeyList _keyList;
        private ValueList _valueList;

        public SortedList() : this(0, null) { }
        public SortedList(int capacity) : this(capacity, null) { }
        public SortedList(IComparer<TKey> comparer) : this(0, comparer) { }

        public SortedList(int capacity, IComparer<TKey> comparer)
        {
            if (capacity < 0) ThrowHelpers.ThrowArgumentOutOfRange("capacity");
            _keys = capacity == 0 ? Array.Empty<TKey>() : new TKey[capacity];
            _values = capacity == 0 ? Array.Empty<TValue>() : new TValue[capacity];
            _comparer = comparer ?? Comparer<TKey>.Default;
        }

        public SortedList(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public SortedList(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(dictionary?.Count ?? 0, comparer)
        {
            if (dictionary == null) ThrowHelpers.ThrowArgumentNull("dictionary");
            foreach (var pair in dictionary) Add(pair.Key, pair.Value);
        }

        public int Count => _size;
        public bool IsReadOnly => false;
        public IComparer<TKey> Comparer => _comparer;

        public int Capacity
        {
            get => _keys.Length;
            set
            {
                if (value < _size) ThrowHelpers.ThrowArgumentOutOfRange("value");
                if (value == _keys.Length) return;
                Array.Resize(ref _keys, value);
                Array.Resize(ref _values, value);
            }
        }

        public IList<TKey> Keys => _keyList ??= new KeyList(this);
        public IList<TValue> Values => _valueList ??= new ValueList(this);
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;

        internal int Search(TKey key)
        {
            if (key == null) ThrowHelpers.ThrowArgumentNull("key");
            int lo = 0, hi = _size - 1;
            while (lo <= hi)
            {
                int mid = lo + ((hi - lo) >> 1);
                int c = _comparer.Compare(_keys[mid], key);
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }

        public int IndexOfKey(TKey key)
        {
            int i = Search(key);
            return i >= 0 ? i : -1;
        }

        public int IndexOfValue(TValue value)
        {
            var cmp = EqualityComparer<TValue>.Default;
            for (int i = 0; i < _size; i++) if (cmp.Equals(_values[i], value)) return i;
            return -1;
        }

        public TValue this[TKey key]
        {
            get
            {
                int i = Search(key);
                if (i < 0) ThrowHelpers.ThrowKeyNotFound(key.ToString());
                return _values[i];
            }
            set
            {
                int i = Search(key);
                if (i >= 0) { _values[i] = value; _version++; }
                else Insert(~i, key, value);
            }
        }

        public void Add(TKey key, TValue value)
        {
            int i = Search(key);
            if (i >= 0) ThrowHelpers.ThrowArgument("An item with the same key has already been added. Key: " + key.ToString());
            Insert(~i, key, value);
        }

        public bool TryAdd(TKey key, TValue value)
        {
            int i = Search(key);
            if (i >= 0) return false;
            Insert(~i, key, value);
            return true;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> pair) => Add(pair.Key, pair.Value);

        private void Insert(int index, TKey key, TValue value)
        {
            if (_size == _keys.Length) Capacity = _keys.Length == 0 ? 4 : _keys.Length * 2;
            if (index < _size)
            {
                Array.Copy(_keys, index, _keys, index + 1, _size - index);
                Array.Copy(_values, index, _values, index + 1, _size - index);
            }
            _keys[index] = key;
            _values[index] = value;
            _size++;
            _version++;
        }

        public TKey GetKeyAtIndex(int index)
        {
            if ((uint)index >= (uint)_size) ThrowHelpers.ThrowArgumentOutOfRange("index");
            return _keys[index];
        }

        public TValue GetValueAtIndex(int index)
        {
            if ((uint)index >= (uint)_size) ThrowHelpers.ThrowArgumentOutOfRange("index");
            return _values[index];
        }

        public void SetValueAtIndex(int index, TValue value)
        {
            if ((uint)index >= (uint)_size) ThrowHelpers.ThrowArgumentOutOfRange("index");
            _values[index] = value;
            _version++;
        }

        public bool ContainsKey(TKey key) => Search(key) >= 0;
        public bool ContainsValue(TValue value) => IndexOfValue(value) >= 0;

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> pair)
        {
            int i = Search(pair.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(_values[i], pair.Value);
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = Search(key);
            if (i >= 0) { value = _values[i]; return true; }
            value = default;
            return false;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_size) ThrowHelpers.ThrowArgumentOutOfRange("index");
            _size--;
            if (index < _size)
            {
                Array.Copy(_keys, index + 1, _keys, index, _size - index);
                Array.Copy(_values, index + 1, _values, index, _size - index);
            }
            _keys[_size] = default;
            _values[_size] = default;
            _version++;
        }

        public bool Remove(TKey key)
        {
            int i = Search(key);
            if (i < 0) return false;
            RemoveAt(i);
            return true;
        }

        internal bool Remove(TKey key, out TValue value)
        {
            int i = Search(key);
            if (i < 0) { value = default; return false; }
            value = _values[i];
            RemoveAt(i);
            return true;
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> pair)
        {
            int i = Search(pair.Key);
            if (i < 0 || !EqualityComparer<TValue>.Default.Equals(_values[i], pair.Value)) return false;
            RemoveAt(i);
            return true;
        }

        public void Clear()
        {
            Array.Clear(_keys, 0, _size);
            Array.Clear(_values, 0, _size);
            _size = 0;
            _version++;
        }

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            for (int i = 0; i < _size; i++) array[index + i] = new KeyValuePair<TKey, TValue>(_keys[i], _values[i]);
        }

        public void TrimExcess()
        {
            if (_size < (int)(_keys.Length * 0.9)) Capacity = _size;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        private static void ThrowModified() =>
            throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            private readonly SortedList<TKey, TValue> _list;
            private readonly int _version;
            private int _index;
            private KeyValuePair<TKey, TValue> _current;

            internal Enumerator(SortedList<TKey, TValue> list) { _list = list; _version = list._version; _index = 0; _current = default; }

            public bool MoveNext()
            {
                if (_version != _list._version) ThrowModified();
                if ((uint)_index < (uint)_list._size)
                {
                    _current = new KeyValuePair<TKey, TValue>(_list._keys[_index], _list._values[_index]);
                    _index++;
                    return true;
                }
                _index = _list._size + 1;
                _current = default;
                return false;
            }

            public KeyValuePair<TKey, TValue> Current => _current;
            object IEnumerator.Current => _current;
            public void Reset() { _index = 0; _current = default; }
            public void Dispose() { }
        }

        private abstract class ReadOnlyList<T> : IList<T>, IReadOnlyList<T>
        {
            protected readonly SortedList<TKey, TValue> _list;
            protected ReadOnlyList(SortedList<TKey, TValue> list) { _list = list; }
            protected abstract T At(int index);
            public int Count => _list._size;
            public bool IsReadOnly => true;
            public T this[int index]
            {
                get
                {
                    if ((uint)index >= (uint)_list._size) ThrowHelpers.ThrowArgumentOutOfRange("index");
                    return At(index);
                }
                set => ThrowNotSupported();
            }
            public virtual int IndexOf(T item)
            {
                var cmp = EqualityComparer<T>.Default;
                for (int i = 0; i < _list._size; i++) if (cmp.Equals(At(i), item)) return i;
                return -1;
            }
            public bool Contains(T item) => IndexOf(item) >= 0;
            public void CopyTo(T[] array, int index) { for (int i = 0; i < _list._size; i++) array[index + i] = At(i); }
            public void Add(T item) => ThrowNotSupported();
            public void Insert(int index, T item) => ThrowNotSupported();
            public bool Remove(T item) { ThrowNotSupported(); return false; }
            public void RemoveAt(int index) => ThrowNotSupported();
            public void Clear() => ThrowNotSupported();
            private static void ThrowNotSupported() => throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");

            public IEnumerator<T> GetEnumerator()
            {
                int version = _list._version;
                for (int i = 0; i < _list._size; i++)
                {
                    if (version != _list._version) ThrowModified();
                    yield return At(i);
                }
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        private sealed class KeyList : ReadOnlyList<TKey>
        {
            public KeyList(SortedList<TKey, TValue> list) : base(list) { }
            protected override TKey At(int index) => _list._keys[index];
            public override int IndexOf(TKey key) => _list.IndexOfKey(key);
        }

        private sealed class ValueList : ReadOnlyList<TValue>
        {
            public ValueList(SortedList<TKey, TValue> list) : base(list) { }
            protected override TValue At(int index) => _list._values[index];
        }
    }

    // Sorted by key. .NET keeps a red-black tree; this one keeps a SortedList (sorted arrays): the same order and
    // results, O(log n) lookups, and inserts that shift memory instead of rebalancing.
    public class SortedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        private readonly SortedList<TKey, TValue> _list;

        public SortedDictionary() : this((IComparer<TKey>)null) { }
        public SortedDictionary(IComparer<TKey> comparer) { _list = new SortedList<TKey, TValue>(comparer); }
        public SortedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer)
        {
            if (dictionary == null) ThrowHelpers.ThrowArgumentNull("dictionary");
            _list = new SortedList<TKey, TValue>(dictionary, comparer);
        }

        public int Count => _list.Count;
        public bool IsReadOnly => false;
        public IComparer<TKey> Comparer => _list.Comparer;
        public TValue this[TKey key] { get => _list[key]; set => _list[key] = value; }
        public void Add(TKey key, TValue value) => _list.Add(key, value);
        public bool TryAdd(TKey key, TValue value) => _list.TryAdd(key, value);
        public bool ContainsKey(TKey key) => _list.ContainsKey(key);
        public bool ContainsValue(TValue value) => _list.ContainsValue(value);
        public bool TryGetValue(TKey key, out TValue value) => _list.TryGetValue(key, out value);
        public bool Remove(TKey key) => _list.Remove(key);
        public bool Remove(TKey key, out TValue value) => _list.Remove(key, out value);
        public void Clear() => _list.Clear();
        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index) => _list.CopyTo(array, index);

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> pair) => _list.Add(pair.Key, pair.Value);
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> pair) => ((ICollection<KeyValuePair<TKey, TValue>>)_list).Contains(pair);
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> pair) => ((ICollection<KeyValuePair<TKey, TValue>>)_list).Remove(pair);

        public IList<TKey> Keys => _list.Keys;
        public IList<TValue> Values => _list.Values;
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => _list.Keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => _list.Values;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => _list.Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => _list.Values;

        public SortedList<TKey, TValue>.Enumerator GetEnumerator() => _list.GetEnumerator();
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => _list.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => _list.GetEnumerator();
    }
}
