using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    // A read-only view of a list (AggregateException.InnerExceptions, List<T>.AsReadOnly): reads go through to it,
    // writes throw NotSupportedException as in .NET.
    public class ReadOnlyCollection<T> : IList<T>, IReadOnlyList<T>
    {
        private readonly IList<T> _list;

        public ReadOnlyCollection(IList<T> list)
        {
            _list = list ?? throw new ArgumentNullException(nameof(list));
        }

        public static ReadOnlyCollection<T> Empty { get; } = new ReadOnlyCollection<T>(new T[0]);

        public int Count => _list.Count;
        public T this[int index] => _list[index];
        T IList<T>.this[int index] { get => _list[index]; set => throw ReadOnly(); }
        bool ICollection<T>.IsReadOnly => true;
        protected IList<T> Items => _list;

        public bool Contains(T value) => _list.Contains(value);
        public void CopyTo(T[] array, int index) => _list.CopyTo(array, index);
        public int IndexOf(T value) => _list.IndexOf(value);
        public IEnumerator<T> GetEnumerator() => _list.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => _list.GetEnumerator();

        void ICollection<T>.Add(T value) => throw ReadOnly();
        void ICollection<T>.Clear() => throw ReadOnly();
        bool ICollection<T>.Remove(T value) => throw ReadOnly();
        void IList<T>.Insert(int index, T value) => throw ReadOnly();
        void IList<T>.RemoveAt(int index) => throw ReadOnly();

        private static NotSupportedException ReadOnly() => new NotSupportedException("Collection is read-only.");
    }
}
