namespace System.Collections.Generic
{
    // A circular doubly linked list: head.prev is the last node, as in .NET; the public Next/Previous stop at the ends.
    public class LinkedList<T> : ICollection<T>, IReadOnlyCollection<T>
    {
        internal LinkedListNode<T> _head;
        private int _count;
        private int _version;

        public LinkedList() { }

        public LinkedList(IEnumerable<T> collection)
        {
            if (collection == null) ThrowHelpers.ThrowArgumentNull("collection");
            foreach (T item in collection) AddLast(item);
        }

        public int Count => _count;
        public bool IsReadOnly => false;
        public LinkedListNode<T> First => _head;
        public LinkedListNode<T> Last => _head?._prev;

        public LinkedListNode<T> AddFirst(T value)
        {
            var node = new LinkedListNode<T>(this, value);
            if (_head == null) InsertEmpty(node);
            else { InsertBefore(_head, node); _head = node; }
            return node;
        }

        public void AddFirst(LinkedListNode<T> node)
        {
            CheckNew(node);
            if (_head == null) InsertEmpty(node);
            else { InsertBefore(_head, node); _head = node; }
            node._list = this;
        }

        public LinkedListNode<T> AddLast(T value)
        {
            var node = new LinkedListNode<T>(this, value);
            if (_head == null) InsertEmpty(node);
            else InsertBefore(_head, node);
            return node;
        }

        public void AddLast(LinkedListNode<T> node)
        {
            CheckNew(node);
            if (_head == null) InsertEmpty(node);
            else InsertBefore(_head, node);
            node._list = this;
        }

        public LinkedListNode<T> AddBefore(LinkedListNode<T> node, T value)
        {
            CheckOwned(node);
            var n = new LinkedListNode<T>(this, value);
            InsertBefore(node, n);
            if (node == _head) _head = n;
            return n;
        }

        public void AddBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            CheckOwned(node);
            CheckNew(newNode);
            InsertBefore(node, newNode);
            newNode._list = this;
            if (node == _head) _head = newNode;
        }

        public LinkedListNode<T> AddAfter(LinkedListNode<T> node, T value)
        {
            CheckOwned(node);
            var n = new LinkedListNode<T>(this, value);
            InsertBefore(node._next, n);
            return n;
        }

        public void AddAfter(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            CheckOwned(node);
            CheckNew(newNode);
            InsertBefore(node._next, newNode);
            newNode._list = this;
        }

        void ICollection<T>.Add(T value) => AddLast(value);

        public LinkedListNode<T> Find(T value)
        {
            var cmp = EqualityComparer<T>.Default;
            LinkedListNode<T> node = _head;
            if (node == null) return null;
            do
            {
                if (cmp.Equals(node._item, value)) return node;
                node = node._next;
            } while (node != _head);
            return null;
        }

        public LinkedListNode<T> FindLast(T value)
        {
            if (_head == null) return null;
            var cmp = EqualityComparer<T>.Default;
            LinkedListNode<T> last = _head._prev, node = last;
            do
            {
                if (cmp.Equals(node._item, value)) return node;
                node = node._prev;
            } while (node != last);
            return null;
        }

        public bool Contains(T value) => Find(value) != null;

        public bool Remove(T value)
        {
            LinkedListNode<T> node = Find(value);
            if (node == null) return false;
            RemoveNode(node);
            return true;
        }

        public void Remove(LinkedListNode<T> node)
        {
            CheckOwned(node);
            RemoveNode(node);
        }

        public void RemoveFirst()
        {
            if (_head == null) ThrowEmpty();
            RemoveNode(_head);
        }

        public void RemoveLast()
        {
            if (_head == null) ThrowEmpty();
            RemoveNode(_head._prev);
        }

        private static void ThrowEmpty() => throw new InvalidOperationException("The LinkedList is empty.");

        public void Clear()
        {
            LinkedListNode<T> node = _head;
            while (node != null)
            {
                LinkedListNode<T> next = node._next;
                node.Invalidate();
                node = next == _head ? null : next;
            }
            _head = null;
            _count = 0;
            _version++;
        }

        public void CopyTo(T[] array, int index)
        {
            foreach (T item in this) array[index++] = item;
        }

        private void CheckNew(LinkedListNode<T> node)
        {
            if (node == null) ThrowHelpers.ThrowArgumentNull("node");
            if (node._list != null) ThrowHelpers.ThrowInvalidOperation("The LinkedList node already belongs to a LinkedList.");
        }

        private void CheckOwned(LinkedListNode<T> node)
        {
            if (node == null) ThrowHelpers.ThrowArgumentNull("node");
            if (node._list != this) ThrowHelpers.ThrowInvalidOperation("The LinkedList node does not belong to current LinkedList.");
        }

        private void InsertBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            newNode._next = node;
            newNode._prev = node._prev;
            node._prev._next = newNode;
            node._prev = newNode;
            _version++;
            _count++;
        }

        private void InsertEmpty(LinkedListNode<T> newNode)
        {
            newNode._next = newNode;
            newNode._prev = newNode;
            _head = newNode;
            _version++;
            _count++;
        }

        internal void RemoveNode(LinkedListNode<T> node)
        {
            if (node._next == node) _head = null;
            else
            {
                node._next._prev = node._prev;
                node._prev._next = node._next;
                if (_head == node) _head = node._next;
            }
            node.Invalidate();
            _count--;
            _version++;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<T>
        {
            private readonly LinkedList<T> _list;
            private LinkedListNode<T> _node;
            private readonly int _version;
            private T _current;
            private int _index;

            internal Enumerator(LinkedList<T> list) { _list = list; _version = list._version; _node = list._head; _current = default; _index = 0; }

            public bool MoveNext()
            {
                if (_version != _list._version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (_node == null) { _index = _list._count + 1; return false; }
                ++_index;
                _current = _node._item;
                _node = _node._next;
                if (_node == _list._head) _node = null;
                return true;
            }

            public T Current => _current;
            object IEnumerator.Current => _current;
            public void Reset() { _current = default; _node = _list._head; _index = 0; }
            public void Dispose() { }
        }
    }

    public sealed class LinkedListNode<T>
    {
        internal LinkedList<T> _list;
        internal LinkedListNode<T> _next;
        internal LinkedListNode<T> _prev;
        internal T _item;

        public LinkedListNode(T value) { _item = value; }
        internal LinkedListNode(LinkedList<T> list, T value) { _list = list; _item = value; }

        public LinkedList<T> List => _list;
        public LinkedListNode<T> Next => _next == null || _next == _list._head ? null : _next;
        public LinkedListNode<T> Previous => _prev == null || this == _list._head ? null : _prev;
        public T Value { get => _item; set => _item = value; }
        public ref T ValueRef => ref _item;

        internal void Invalidate() { _list = null; _next = null; _prev = null; }
    }
}
