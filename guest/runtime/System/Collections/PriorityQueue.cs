namespace System.Collections.Generic
{
    // A 4-ary min-heap laid out in an array, with .NET's exact sift-up/sift-down and growth, so elements of equal
    // priority come out in the same order as on .NET.
    public class PriorityQueue<TElement, TPriority>
    {
        private const int Arity = 4;
        private const int Log2Arity = 2;

        private (TElement Element, TPriority Priority)[] _nodes;
        private readonly IComparer<TPriority> _comparer;
        private int _size;
        private int _version;

        public PriorityQueue() : this(0, null) { }
        public PriorityQueue(int initialCapacity) : this(initialCapacity, null) { }
        public PriorityQueue(IComparer<TPriority> comparer) : this(0, comparer) { }

        public PriorityQueue(int initialCapacity, IComparer<TPriority> comparer)
        {
            if (initialCapacity < 0) ThrowHelpers.ThrowArgumentOutOfRange("initialCapacity");
            _nodes = new (TElement, TPriority)[initialCapacity];
            _comparer = comparer ?? Comparer<TPriority>.Default;
        }

        public PriorityQueue(IEnumerable<(TElement Element, TPriority Priority)> items) : this(items, null) { }

        public PriorityQueue(IEnumerable<(TElement Element, TPriority Priority)> items, IComparer<TPriority> comparer) : this(0, comparer)
        {
            if (items == null) ThrowHelpers.ThrowArgumentNull("items");
            foreach (var item in items)
            {
                if (_size == _nodes.Length) Grow(_size + 1);
                _nodes[_size++] = item;
            }
            if (_size > 1) Heapify();
        }

        public int Count => _size;
        public IComparer<TPriority> Comparer => _comparer;

        public void Enqueue(TElement element, TPriority priority)
        {
            int currentSize = _size;
            _version++;
            if (_nodes.Length == currentSize) Grow(currentSize + 1);
            _size = currentSize + 1;
            MoveUp((element, priority), currentSize);
        }

        public TElement Peek()
        {
            if (_size == 0) ThrowEmpty();
            return _nodes[0].Element;
        }

        public TElement Dequeue()
        {
            if (_size == 0) ThrowEmpty();
            TElement element = _nodes[0].Element;
            RemoveRootNode();
            return element;
        }

        public bool TryDequeue(out TElement element, out TPriority priority)
        {
            if (_size != 0)
            {
                (element, priority) = _nodes[0];
                RemoveRootNode();
                return true;
            }
            element = default;
            priority = default;
            return false;
        }

        public bool TryPeek(out TElement element, out TPriority priority)
        {
            if (_size != 0)
            {
                (element, priority) = _nodes[0];
                return true;
            }
            element = default;
            priority = default;
            return false;
        }

        public TElement EnqueueDequeue(TElement element, TPriority priority)
        {
            if (_size != 0)
            {
                var root = _nodes[0];
                if (_comparer.Compare(priority, root.Priority) > 0)
                {
                    MoveDown((element, priority), 0);
                    _version++;
                    return root.Element;
                }
            }
            return element;
        }

        public TElement DequeueEnqueue(TElement element, TPriority priority)
        {
            if (_size == 0) ThrowEmpty();
            var root = _nodes[0];
            if (_comparer.Compare(priority, root.Priority) > 0) MoveDown((element, priority), 0);
            else _nodes[0] = (element, priority);
            _version++;
            return root.Element;
        }

        public void EnqueueRange(IEnumerable<(TElement Element, TPriority Priority)> items)
        {
            if (items == null) ThrowHelpers.ThrowArgumentNull("items");
            foreach (var (element, priority) in items) Enqueue(element, priority);
        }

        public void EnqueueRange(IEnumerable<TElement> elements, TPriority priority)
        {
            if (elements == null) ThrowHelpers.ThrowArgumentNull("elements");
            foreach (TElement element in elements) Enqueue(element, priority);
        }

        public void Clear()
        {
            Array.Clear(_nodes, 0, _size);
            _size = 0;
            _version++;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelpers.ThrowArgumentOutOfRange("capacity");
            if (_nodes.Length < capacity) { Grow(capacity); _version++; }
            return _nodes.Length;
        }

        public void TrimExcess()
        {
            int threshold = (int)(_nodes.Length * 0.9);
            if (_size < threshold) { Array.Resize(ref _nodes, _size); _version++; }
        }

        private static void ThrowEmpty() => throw new InvalidOperationException("Queue empty.");

        private void Grow(int minCapacity)
        {
            const int GrowFactor = 2;
            const int MinimumGrow = 4;
            int newcapacity = GrowFactor * _nodes.Length;
            if ((uint)newcapacity > 0x7FFFFFC7) newcapacity = 0x7FFFFFC7;
            if (newcapacity < _nodes.Length + MinimumGrow) newcapacity = _nodes.Length + MinimumGrow;
            if (newcapacity < minCapacity) newcapacity = minCapacity;
            Array.Resize(ref _nodes, newcapacity);
        }

        private void RemoveRootNode()
        {
            int lastNodeIndex = --_size;
            _version++;
            if (lastNodeIndex > 0)
            {
                var lastNode = _nodes[lastNodeIndex];
                MoveDown(lastNode, 0);
            }
            _nodes[lastNodeIndex] = default;
        }

        private static int GetParentIndex(int index) => (index - 1) >> Log2Arity;
        private static int GetFirstChildIndex(int index) => (index << Log2Arity) + 1;

        private void Heapify()
        {
            int lastParentWithChildren = GetParentIndex(_size - 1);
            for (int index = lastParentWithChildren; index >= 0; --index) MoveDown(_nodes[index], index);
        }

        private void MoveUp((TElement Element, TPriority Priority) node, int nodeIndex)
        {
            var nodes = _nodes;
            while (nodeIndex > 0)
            {
                int parentIndex = GetParentIndex(nodeIndex);
                var parent = nodes[parentIndex];
                if (_comparer.Compare(node.Priority, parent.Priority) < 0)
                {
                    nodes[nodeIndex] = parent;
                    nodeIndex = parentIndex;
                }
                else break;
            }
            nodes[nodeIndex] = node;
        }

        private void MoveDown((TElement Element, TPriority Priority) node, int nodeIndex)
        {
            var nodes = _nodes;
            int size = _size;
            int i;
            while ((i = GetFirstChildIndex(nodeIndex)) < size)
            {
                var minChild = nodes[i];
                int minChildIndex = i;
                int childIndexUpperBound = i + Arity < size ? i + Arity : size;
                while (++i < childIndexUpperBound)
                {
                    var nextChild = nodes[i];
                    if (_comparer.Compare(nextChild.Priority, minChild.Priority) < 0)
                    {
                        minChild = nextChild;
                        minChildIndex = i;
                    }
                }
                if (_comparer.Compare(node.Priority, minChild.Priority) <= 0) break;
                nodes[nodeIndex] = minChild;
                nodeIndex = minChildIndex;
            }
            nodes[nodeIndex] = node;
        }

        public UnorderedItemsCollection UnorderedItems => new UnorderedItemsCollection(this);

        public sealed class UnorderedItemsCollection : IReadOnlyCollection<(TElement Element, TPriority Priority)>
        {
            private readonly PriorityQueue<TElement, TPriority> _queue;
            internal UnorderedItemsCollection(PriorityQueue<TElement, TPriority> queue) { _queue = queue; }
            public int Count => _queue._size;

            public IEnumerator<(TElement Element, TPriority Priority)> GetEnumerator()
            {
                int version = _queue._version;
                for (int i = 0; i < _queue._size; i++)
                {
                    if (version != _queue._version)
                        throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    yield return _queue._nodes[i];
                }
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
