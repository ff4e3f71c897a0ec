namespace System.Collections.Generic
{
    // First in, first out over a circular buffer that doubles when full (growth as in .NET: 4, then x2).
    public class Queue<T> : IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _head;
        private int _size;

        public Queue() { _array = new T[0]; }

        public Queue(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), "Non-negative number required.");
            _array = new T[capacity];
        }

        public Queue(IEnumerable<T> collection) : this()
        {
            if (collection == null) ThrowHelpers.ThrowArgumentNull("collection");
            foreach (T item in collection) Enqueue(item);
        }

        public int Count => _size;

        public void Enqueue(T item)
        {
            if (_size == _array.Length) Grow();
            _array[(_head + _size) % _array.Length] = item;
            _size++;
        }

        public T Dequeue()
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            T item = _array[_head];
            _array[_head] = default;
            _head = (_head + 1) % _array.Length;
            _size--;
            return item;
        }

        public bool TryDequeue(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = Dequeue();
            return true;
        }

        public T Peek()
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            return _array[_head];
        }

        public bool TryPeek(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = _array[_head];
            return true;
        }

        public void Clear()
        {
            _array = new T[_array.Length];
            _head = 0;
            _size = 0;
        }

        public bool Contains(T item)
        {
            var comparer = EqualityComparer<T>.Default;
            for (int i = 0; i < _size; i++) if (comparer.Equals(_array[(_head + i) % _array.Length], item)) return true;
            return false;
        }

        public T[] ToArray()
        {
            var result = new T[_size];
            for (int i = 0; i < _size; i++) result[i] = _array[(_head + i) % _array.Length];
            return result;
        }

        private void Grow()
        {
            int capacity = _array.Length == 0 ? 4 : _array.Length * 2;
            var bigger = new T[capacity];
            for (int i = 0; i < _size; i++) bigger[i] = _array[(_head + i) % _array.Length];
            _array = bigger;
            _head = 0;
        }

        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < _size; i++) yield return _array[(_head + i) % _array.Length];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
