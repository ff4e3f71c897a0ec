namespace System.Collections
{
    // Exception.Data's dictionary, named as .NET names it: a few pairs in insertion order, found by walking the list.
    internal sealed class ListDictionaryInternal : IDictionary
    {
        private sealed class Node
        {
            public object Key;
            public object Value;
            public Node Next;
        }

        private Node _head;
        private int _count;

        public int Count => _count;
        public bool IsReadOnly => false;
        public bool IsFixedSize => false;
        public bool IsSynchronized => false;
        public object SyncRoot => this;

        public object this[object key]
        {
            get => Find(key)?.Value;
            set
            {
                Node node = Find(key);
                if (node != null) node.Value = value;
                else Append(key, value);
            }
        }

        public bool Contains(object key) => Find(key) != null;

        public void Add(object key, object value)
        {
            if (Find(key) != null)
                throw new ArgumentException("Item has already been added. Key in dictionary: '" + key + "'  Key being added: '" + key + "'");
            Append(key, value);
        }

        public void Remove(object key)
        {
            ArgumentNullException.ThrowIfNull(key);
            Node previous = null;
            for (Node n = _head; n != null; previous = n, n = n.Next)
            {
                if (!n.Key.Equals(key)) continue;
                if (previous == null) _head = n.Next; else previous.Next = n.Next;
                _count--;
                return;
            }
        }

        public void Clear() { _head = null; _count = 0; }

        public ICollection Keys => new Column(this, keys: true);
        public ICollection Values => new Column(this, keys: false);

        public void CopyTo(Array array, int index)
        {
            ArgumentNullException.ThrowIfNull(array);
            var entries = (DictionaryEntry[])array;
            for (Node n = _head; n != null; n = n.Next) entries[index++] = new DictionaryEntry(n.Key, n.Value);
        }

        public IDictionaryEnumerator GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        private Node Find(object key)
        {
            ArgumentNullException.ThrowIfNull(key);
            for (Node n = _head; n != null; n = n.Next)
                if (n.Key.Equals(key)) return n;
            return null;
        }

        private void Append(object key, object value)
        {
            var node = new Node { Key = key, Value = value };
            if (_head == null) _head = node;
            else
            {
                Node last = _head;
                while (last.Next != null) last = last.Next;
                last.Next = node;
            }
            _count++;
        }

        private sealed class Enumerator(ListDictionaryInternal owner) : IDictionaryEnumerator
        {
            private Node _current;
            private bool _started;

            public bool MoveNext()
            {
                _current = _started ? _current?.Next : owner._head;
                _started = true;
                return _current != null;
            }

            public DictionaryEntry Entry => _current != null ? new DictionaryEntry(_current.Key, _current.Value) : throw new InvalidOperationException("Enumeration has either not started or has already finished.");
            public object Key => Entry.Key;
            public object Value => Entry.Value;
            public object Current => Entry;
            public void Reset() { _current = null; _started = false; }
        }

        // Keys or Values: a view over the list.
        private sealed class Column(ListDictionaryInternal owner, bool keys) : ICollection
        {
            public int Count => owner._count;
            public bool IsSynchronized => false;
            public object SyncRoot => owner;

            public void CopyTo(Array array, int index)
            {
                ArgumentNullException.ThrowIfNull(array);
                var items = (object[])array;
                for (Node n = owner._head; n != null; n = n.Next) items[index++] = keys ? n.Key : n.Value;
            }

            public IEnumerator GetEnumerator()
            {
                for (Node n = owner._head; n != null; n = n.Next) yield return keys ? n.Key : n.Value;
            }
        }
    }
}
