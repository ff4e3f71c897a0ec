namespace System.Collections.Generic
{
    // Growable array with .NET's growth policy (4, then doubling), so Capacity reads the same as on .NET.
    public class List<T> : IList<T>, IReadOnlyList<T>
    {
        private T[] _items;
        private int _size;
        private int _version;

        public List() { _items = Array.Empty<T>(); }

        public List(int capacity)
        {
            if (capacity < 0) ThrowHelpers.ThrowArgumentOutOfRange("capacity");
            _items = capacity == 0 ? Array.Empty<T>() : new T[capacity];
        }

        public List(IEnumerable<T> collection) : this()
        {
            if (collection == null) ThrowHelpers.ThrowArgumentNull("collection");
            AddRange(collection);
        }

        public int Count => _size;
        public bool IsReadOnly => false;

        public int Capacity
        {
            get => _items.Length;
            set
            {
                if (value < _size) ThrowHelpers.ThrowArgumentOutOfRange("value");
                if (value == _items.Length) return;
                T[] items = new T[value];
                Array.Copy(_items, 0, items, 0, _size);
                _items = items;
            }
        }

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_size) ThrowIndex();
                return _items[index];
            }
            set
            {
                if ((uint)index >= (uint)_size) ThrowIndex();
                _items[index] = value;
                _version++;
            }
        }

        private static void ThrowIndex() =>
            throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");

        public void Add(T item)
        {
            _version++;
            if (_size == _items.Length) Grow(_size + 1);
            _items[_size++] = item;
        }

        private void Grow(int min)
        {
            int capacity = _items.Length == 0 ? 4 : 2 * _items.Length;
            if (capacity < min) capacity = min;
            Capacity = capacity;
        }

        public void AddRange(IEnumerable<T> collection)
        {
            if (collection == null) ThrowHelpers.ThrowArgumentNull("collection");
            foreach (T item in collection) Add(item);
        }

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)_size) ThrowHelpers.ThrowArgumentOutOfRange("index");
            if (_size == _items.Length) Grow(_size + 1);
            if (index < _size) Array.Copy(_items, index, _items, index + 1, _size - index);
            _items[index] = item;
            _size++;
            _version++;
        }

        public void InsertRange(int index, IEnumerable<T> collection)
        {
            if (collection == null) ThrowHelpers.ThrowArgumentNull("collection");
            if ((uint)index > (uint)_size) ThrowHelpers.ThrowArgumentOutOfRange("index");
            T[] items = collection is ICollection<T> c ? CopyOf(c) : new List<T>(collection).ToArray();
            if (items.Length == 0) return;
            if (_items.Length - _size < items.Length) Grow(_size + items.Length);
            if (index < _size) Array.Copy(_items, index, _items, index + items.Length, _size - index);
            Array.Copy(items, 0, _items, index, items.Length);
            _size += items.Length;
            _version++;
        }

        private static T[] CopyOf(ICollection<T> c)
        {
            var r = new T[c.Count];
            c.CopyTo(r, 0);
            return r;
        }

        public List<T> GetRange(int index, int count)
        {
            if (index < 0) ThrowHelpers.ThrowArgumentOutOfRange("index");
            if (count < 0) ThrowHelpers.ThrowArgumentOutOfRange("count");
            if (_size - index < count) ThrowHelpers.ThrowArgument("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            var r = new List<T>(count);
            Array.Copy(_items, index, r._items, 0, count);
            r._size = count;
            return r;
        }

        public void RemoveRange(int index, int count)
        {
            if (index < 0) ThrowHelpers.ThrowArgumentOutOfRange("index");
            if (count < 0) ThrowHelpers.ThrowArgumentOutOfRange("count");
            if (_size - index < count) ThrowHelpers.ThrowArgument("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (count == 0) return;
            _size -= count;
            if (index < _size) Array.Copy(_items, index + count, _items, index, _size - index);
            Array.Clear(_items, _size, count);
            _version++;
        }

        public int BinarySearch(T item) => BinarySearch(0, _size, item, null);
        public int BinarySearch(T item, IComparer<T> comparer) => BinarySearch(0, _size, item, comparer);

        public int BinarySearch(int index, int count, T item, IComparer<T> comparer)
        {
            if (index < 0 || count < 0 || _size - index < count) ThrowHelpers.ThrowArgumentOutOfRange("count");
            return Array.BinarySearch(_items, index, count, item, comparer);
        }

        public int LastIndexOf(T item)
        {
            var cmp = EqualityComparer<T>.Default;
            for (int i = _size - 1; i >= 0; i--) if (cmp.Equals(_items[i], item)) return i;
            return -1;
        }

        public T FindLast(Predicate<T> match)
        {
            for (int i = _size - 1; i >= 0; i--) if (match(_items[i])) return _items[i];
            return default;
        }

        public int FindLastIndex(Predicate<T> match)
        {
            for (int i = _size - 1; i >= 0; i--) if (match(_items[i])) return i;
            return -1;
        }

        public void Reverse(int index, int count)
        {
            if (index < 0 || count < 0 || _size - index < count) ThrowHelpers.ThrowArgumentOutOfRange("count");
            for (int i = index, j = index + count - 1; i < j; i++, j--) { T t = _items[i]; _items[i] = _items[j]; _items[j] = t; }
            _version++;
        }

        public int IndexOf(T item)
        {
            var cmp = EqualityComparer<T>.Default;
            for (int i = 0; i < _size; i++) if (cmp.Equals(_items[i], item)) return i;
            return -1;
        }

        public bool Contains(T item) => IndexOf(item) >= 0;

        public bool Remove(T item)
        {
            int i = IndexOf(item);
            if (i < 0) return false;
            RemoveAt(i);
            return true;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_size) ThrowIndex();
            _size--;
            if (index < _size) Array.Copy(_items, index + 1, _items, index, _size - index);
            _items[_size] = default;
            _version++;
        }

        public int RemoveAll(Predicate<T> match)
        {
            if (match == null) ThrowHelpers.ThrowArgumentNull("match");
            int kept = 0;
            for (int i = 0; i < _size; i++)
                if (!match(_items[i])) _items[kept++] = _items[i];
            int removed = _size - kept;
            for (int i = kept; i < _size; i++) _items[i] = default;
            _size = kept;
            _version++;
            return removed;
        }

        public void Clear()
        {
            if (_size > 0) Array.Clear(_items, 0, _size);
            _size = 0;
            _version++;
        }

        public void CopyTo(T[] array, int arrayIndex) => Array.Copy(_items, 0, array, arrayIndex, _size);

        public T[] ToArray()
        {
            T[] r = new T[_size];
            Array.Copy(_items, 0, r, 0, _size);
            return r;
        }

        public void Sort() => Sort(Comparer<T>.Default.Compare);

        public void Sort(Comparison<T> comparison)
        {
            if (comparison == null) ThrowHelpers.ThrowArgumentNull("comparison");
            if (_size > 1) Array.Sort(_items, 0, _size, comparison);
            _version++;
        }

        public void Sort(IComparer<T> comparer) => Sort((comparer ?? Comparer<T>.Default).Compare);

        public void Reverse()
        {
            for (int i = 0, j = _size - 1; i < j; i++, j--) { T t = _items[i]; _items[i] = _items[j]; _items[j] = t; }
            _version++;
        }

        public void ForEach(Action<T> action)
        {
            if (action == null) ThrowHelpers.ThrowArgumentNull("action");
            int version = _version;
            for (int i = 0; i < _size && version == _version; i++) action(_items[i]);
            if (version != _version) ThrowModified();
        }

        public T Find(Predicate<T> match)
        {
            for (int i = 0; i < _size; i++) if (match(_items[i])) return _items[i];
            return default;
        }

        public int FindIndex(Predicate<T> match)
        {
            for (int i = 0; i < _size; i++) if (match(_items[i])) return i;
            return -1;
        }

        public List<T> FindAll(Predicate<T> match)
        {
            var r = new List<T>();
            for (int i = 0; i < _size; i++) if (match(_items[i])) r.Add(_items[i]);
            return r;
        }

        public bool Exists(Predicate<T> match) => FindIndex(match) >= 0;

        public bool TrueForAll(Predicate<T> match)
        {
            for (int i = 0; i < _size; i++) if (!match(_items[i])) return false;
            return true;
        }

        public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
        {
            var r = new List<TOutput>(_size);
            for (int i = 0; i < _size; i++) r.Add(converter(_items[i]));
            return r;
        }

        private static void ThrowModified() =>
            throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<T>
        {
            private readonly List<T> _list;
            private readonly int _version;
            private int _index;
            private T _current;

            internal Enumerator(List<T> list) { _list = list; _version = list._version; _index = 0; _current = default; }

            public bool MoveNext()
            {
                if (_version != _list._version) ThrowModified();
                if ((uint)_index < (uint)_list._size)
                {
                    _current = _list._items[_index++];
                    return true;
                }
                _index = _list._size + 1;
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
