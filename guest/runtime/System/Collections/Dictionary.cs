namespace System.Collections.Generic
{
    // Separate chaining over an entries array, the same scheme as .NET's Dictionary: entries are appended in
    // insertion order and freed slots are reused last-freed-first, so enumeration order matches .NET's.
    public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        private struct Entry
        {
            public uint hashCode;
            public int next; // index of the next entry in the chain; -1 ends it; < -1 encodes the free list
            public TKey key;
            public TValue value;
        }

        private const int StartOfFreeList = -3;

        private int[] _buckets; // 1-based entry index, 0 = empty
        private Entry[] _entries;
        private ulong _fastModMultiplier;   // for hash % _buckets.Length without a division
        private int _count;
        private int _freeList;
        private int _freeCount;
        private int _version;
        private readonly IEqualityComparer<TKey> _comparer;

        public Dictionary() : this(0, null) { }
        public Dictionary(int capacity) : this(capacity, null) { }
        public Dictionary(IEqualityComparer<TKey> comparer) : this(0, comparer) { }

        public Dictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }
        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null) { }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer)
            : this(collection is ICollection<KeyValuePair<TKey, TValue>> c ? c.Count : 0, comparer)
        {
            if (collection == null) ThrowHelpers.ThrowArgumentNull("collection");
            foreach (var pair in collection) Add(pair.Key, pair.Value);
        }

        public Dictionary(int capacity, IEqualityComparer<TKey> comparer)
        {
            if (capacity < 0) ThrowHelpers.ThrowArgumentOutOfRange("capacity");
            if (capacity > 0) Initialize(capacity);
            _comparer = comparer ?? EqualityComparer<TKey>.Default;
        }

        public int Count => _count - _freeCount;
        public IEqualityComparer<TKey> Comparer => _comparer;
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> pair) => Add(pair.Key, pair.Value);

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> pair) =>
            TryGetValue(pair.Key, out TValue v) && EqualityComparer<TValue>.Default.Equals(v, pair.Value);

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> pair) =>
            TryGetValue(pair.Key, out TValue v) && EqualityComparer<TValue>.Default.Equals(v, pair.Value) && Remove(pair.Key);

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            foreach (var pair in this) array[index++] = pair;
        }

        public TValue this[TKey key]
        {
            get
            {
                int i = FindEntry(key);
                if (i < 0) ThrowHelpers.ThrowKeyNotFound(key.ToString());
                return _entries[i].value;
            }
            set => TryInsert(key, value, overwrite: true);
        }

        public void Add(TKey key, TValue value)
        {
            if (!TryInsert(key, value, overwrite: false))
                ThrowHelpers.ThrowArgument("An item with the same key has already been added. Key: " + key.ToString());
        }

        public bool TryAdd(TKey key, TValue value) => TryInsert(key, value, overwrite: false);

        public bool ContainsKey(TKey key) => FindEntry(key) >= 0;

        public bool ContainsValue(TValue value)
        {
            var cmp = EqualityComparer<TValue>.Default;
            for (int i = 0; i < _count; i++)
                if (_entries[i].next >= -1 && cmp.Equals(_entries[i].value, value)) return true;
            return false;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = FindEntry(key);
            if (i >= 0) { value = _entries[i].value; return true; }
            value = default;
            return false;
        }

        public TValue GetValueOrDefault(TKey key, TValue defaultValue = default) =>
            TryGetValue(key, out TValue v) ? v : defaultValue;

        private int FindEntry(TKey key)
        {
            if (key == null) ThrowHelpers.ThrowArgumentNull("key");
            if (_buckets == null) return -1;
            uint hash = (uint)_comparer.GetHashCode(key);
            int i = Bucket(hash) - 1;
            while ((uint)i < (uint)_entries.Length)
            {
                ref Entry e = ref _entries[i];
                if (e.hashCode == hash && _comparer.Equals(e.key, key)) return i;
                i = e.next;
            }
            return -1;
        }

        // hash % length by two multiplications (Lemire's method; exact for 32-bit hashes and lengths below 2^31):
        // the division it replaces is the dearest instruction of a lookup.
        private ref int Bucket(uint hash)
        {
            int[] buckets = _buckets;
            uint index = (uint)((((_fastModMultiplier * hash) >> 32) + 1) * (uint)buckets.Length >> 32);
            return ref buckets[index];
        }

        private void Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _buckets = new int[size];
            _fastModMultiplier = ulong.MaxValue / (uint)size + 1;
            _entries = new Entry[size];
            _freeList = -1;
        }

        private bool TryInsert(TKey key, TValue value, bool overwrite)
        {
            if (key == null) ThrowHelpers.ThrowArgumentNull("key");
            if (_buckets == null) Initialize(0);
            uint hash = (uint)_comparer.GetHashCode(key);
            ref int bucket = ref Bucket(hash);
            for (int i = bucket - 1; (uint)i < (uint)_entries.Length; i = _entries[i].next)
            {
                if (_entries[i].hashCode == hash && _comparer.Equals(_entries[i].key, key))
                {
                    if (!overwrite) return false;
                    _entries[i].value = value;
                    return true;
                }
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
                    bucket = ref Bucket(hash);
                }
                index = _count++;
            }

            ref Entry entry = ref _entries[index];
            entry.hashCode = hash;
            entry.next = bucket - 1;
            entry.key = key;
            entry.value = value;
            bucket = index + 1;
            _version++;
            return true;
        }

        private void Resize(int newSize)
        {
            var entries = new Entry[newSize];
            Array.Copy(_entries, 0, entries, 0, _count);
            _buckets = new int[newSize];
            _fastModMultiplier = ulong.MaxValue / (uint)newSize + 1;
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

        public bool Remove(TKey key) => Remove(key, out _);

        public bool Remove(TKey key, out TValue value)
        {
            if (key == null) ThrowHelpers.ThrowArgumentNull("key");
            value = default;
            if (_buckets == null) return false;
            uint hash = (uint)_comparer.GetHashCode(key);
            ref int bucket = ref Bucket(hash);
            int last = -1;
            for (int i = bucket - 1; i >= 0; )
            {
                ref Entry e = ref _entries[i];
                if (e.hashCode == hash && _comparer.Equals(e.key, key))
                {
                    if (last < 0) bucket = e.next + 1;
                    else _entries[last].next = e.next;
                    value = e.value;
                    e.next = StartOfFreeList - _freeList;
                    e.key = default;
                    e.value = default;
                    _freeList = i;
                    _freeCount++;
                    _version++;
                    return true;
                }
                last = i;
                i = e.next;
            }
            value = default;
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

        public KeyCollection Keys => new KeyCollection(this);
        public ValueCollection Values => new ValueCollection(this);

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        private static void ThrowModified() =>
            throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            private readonly Dictionary<TKey, TValue> _d;
            private readonly int _version;
            private int _index;
            private KeyValuePair<TKey, TValue> _current;

            internal Enumerator(Dictionary<TKey, TValue> d) { _d = d; _version = d._version; _index = 0; _current = default; }

            public bool MoveNext()
            {
                if (_version != _d._version) ThrowModified();
                while ((uint)_index < (uint)_d._count)
                {
                    ref Entry e = ref _d._entries[_index++];
                    if (e.next >= -1)
                    {
                        _current = new KeyValuePair<TKey, TValue>(e.key, e.value);
                        return true;
                    }
                }
                _index = _d._count + 1;
                _current = default;
                return false;
            }

            public KeyValuePair<TKey, TValue> Current => _current;
            object IEnumerator.Current => _current;
            public void Reset() { _index = 0; _current = default; }
            public void Dispose() { }
        }

        public sealed class KeyCollection : ICollection<TKey>, IReadOnlyCollection<TKey>
        {
            private readonly Dictionary<TKey, TValue> _d;
            internal KeyCollection(Dictionary<TKey, TValue> d) { _d = d; }
            public int Count => _d.Count;
            public bool IsReadOnly => true;
            public bool Contains(TKey item) => _d.ContainsKey(item);
            public void CopyTo(TKey[] array, int index) { foreach (TKey x in this) array[index++] = x; }
            void ICollection<TKey>.Add(TKey item) => ThrowReadOnly();
            void ICollection<TKey>.Clear() => ThrowReadOnly();
            bool ICollection<TKey>.Remove(TKey item) { ThrowReadOnly(); return false; }
            private static void ThrowReadOnly() =>
                throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            public Enumerator GetEnumerator() => new Enumerator(_d);
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() => new Enumerator(_d);
            IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_d);

            public struct Enumerator : IEnumerator<TKey>
            {
                private Dictionary<TKey, TValue>.Enumerator _inner;
                internal Enumerator(Dictionary<TKey, TValue> d) { _inner = new Dictionary<TKey, TValue>.Enumerator(d); }
                public bool MoveNext() => _inner.MoveNext();
                public TKey Current => _inner.Current.Key;
                object IEnumerator.Current => Current;
                public void Reset() => _inner.Reset();
                public void Dispose() { }
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, IReadOnlyCollection<TValue>
        {
            private readonly Dictionary<TKey, TValue> _d;
            internal ValueCollection(Dictionary<TKey, TValue> d) { _d = d; }
            public int Count => _d.Count;
            public bool IsReadOnly => true;
            public bool Contains(TValue item) => _d.ContainsValue(item);
            public void CopyTo(TValue[] array, int index) { foreach (TValue x in this) array[index++] = x; }
            void ICollection<TValue>.Add(TValue item) => ThrowReadOnly();
            void ICollection<TValue>.Clear() => ThrowReadOnly();
            bool ICollection<TValue>.Remove(TValue item) { ThrowReadOnly(); return false; }
            private static void ThrowReadOnly() =>
                throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            public Enumerator GetEnumerator() => new Enumerator(_d);
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() => new Enumerator(_d);
            IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_d);

            public struct Enumerator : IEnumerator<TValue>
            {
                private Dictionary<TKey, TValue>.Enumerator _inner;
                internal Enumerator(Dictionary<TKey, TValue> d) { _inner = new Dictionary<TKey, TValue>.Enumerator(d); }
                public bool MoveNext() => _inner.MoveNext();
                public TValue Current => _inner.Current.Value;
                object IEnumerator.Current => Current;
                public void Reset() => _inner.Reset();
                public void Dispose() { }
            }
        }
    }

    internal static class HashHelpers
    {
        private static readonly int[] s_primes =
        {
            3, 7, 11, 17, 23, 29, 37, 47, 59, 71, 89, 107, 131, 163, 197, 239, 293, 353, 431, 521, 631, 761, 919,
            1103, 1327, 1597, 1931, 2333, 2801, 3371, 4049, 4861, 5839, 7013, 8419, 10103, 12143, 14591,
            17519, 21023, 25229, 30293, 36353, 43627, 52361, 62851, 75431, 90523, 108631, 130363, 156437,
            187751, 225307, 270371, 324449, 389357, 467237, 560689, 672827, 807403, 968897, 1162687, 1395263,
        };

        public static int GetPrime(int min)
        {
            for (int i = 0; i < s_primes.Length; i++) if (s_primes[i] >= min) return s_primes[i];
            for (int i = min | 1; ; i += 2) if (IsPrime(i)) return i;
        }

        private static bool IsPrime(int n)
        {
            for (int d = 3; d * d <= n; d += 2) if (n % d == 0) return false;
            return true;
        }

        public static int ExpandPrime(int oldSize) => GetPrime(2 * oldSize);
    }
}
