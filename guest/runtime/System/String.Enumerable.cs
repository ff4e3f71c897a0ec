using System.Collections;
using System.Collections.Generic;

namespace System
{
    // A string is a sequence of its UTF-16 code units, so LINQ and IEnumerable<char> APIs take it as .NET's does.
    public sealed partial class String : IEnumerable<char>
    {
        public CharEnumerator GetEnumerator() => new CharEnumerator(this);
        IEnumerator<char> IEnumerable<char>.GetEnumerator() => new CharEnumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new CharEnumerator(this);
    }

    public sealed class CharEnumerator : IEnumerator<char>
    {
        private readonly string _str;
        private int _index = -1;

        internal CharEnumerator(string str) { _str = str; }

        public bool MoveNext()
        {
            if (_index < _str.Length - 1) { _index++; return true; }
            _index = _str.Length;
            return false;
        }

        public char Current
        {
            get
            {
                if ((uint)_index >= (uint)_str.Length) ThrowHelpers.ThrowInvalidOperation(_index < 0 ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.");
                return _str[_index];
            }
        }

        object IEnumerator.Current => Current;
        public void Reset() => _index = -1;
        public void Dispose() { }
    }
}
