namespace System.Collections.Generic
{
    // Last in, first out over an array that grows as .NET's does (4, then doubling); enumerates from the top.
    public class Stack<T> : IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _size;
        private int _version;

        public Stack() { _array = Array.Empty<T>(); }

        public Stack(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), "Non-negative number required.");
            _array = new T[capacity];
        }

        public Stack(IEnumerable<T> collection) : this()
        {
            if (collection == null) ThrowHelpers.ThrowArgumentNull("collection");
            foreach (T item in collection) Push(item);
        }

        public int Count => _size;

        public void Push(T item)
        {
            if (_size == _array.Length) Array.Resize(ref _array, _array.Length == 0 ? 4 : 2 * _array.Length);
            _array[_size++] = item;
            _version++;
        }

        public T Pop()
        {
            if (_size == 0) ThrowEmpty();
            _version++;
            T item = _array[--_size];
            _array[_size] = default;
            return item;
        }

        public bool TryPop(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = Pop();
            return true;
        }

        public T Peek()
        {
            if (_size == 0) ThrowEmpty();
            return _array[_size - 1];
        }

        public bool TryPeek(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = _array[_size - 1];
            return true;
        }

        private static void ThrowEmpty() => throw new InvalidOperationException("Stack empty.");

        public void Clear()
        {
            Array.Clear(_array, 0, _size);
            _size = 0;
            _version++;
        }

        public bool Contains(T item)
        {
            var cmp = EqualityComparer<T>.Default;
            for (int i = _size - 1; i >= 0; i--) if (cmp.Equals(_array[i], item)) return true;
            return false;
        }

        public T[] ToArray()
        {
            var r = new T[_size];
            for (int i = 0; i < _size; i++) r[i] = _array[_size - 1 - i];
            return r;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<T>
        {
            private readonly Stack<T> _stack;
            private readonly int _version;
            private int _index; // -2 before the start, -1 past the end
            private T _current;

            internal Enumerator(Stack<T> stack) { _stack = stack; _version = stack._version; _index = -2; _current = default; }

            public bool MoveNext()
            {
                if (_version != _stack._version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (_index == -2) _index = _stack._size;
                if (_index <= 0) { _index = -1; _current = default; return false; }
                _current = _stack._array[--_index];
                return true;
            }

            public T Current => _current;
            object IEnumerator.Current => _current;
            public void Reset() { _index = -2; _current = default; }
            public void Dispose() { }
        }
    }
}
