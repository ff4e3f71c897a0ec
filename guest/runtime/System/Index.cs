namespace System
{
    // `^n` and plain indexes. A from-end index is stored as its bitwise complement, so one int holds both kinds.
    public readonly struct Index : IEquatable<Index>
    {
        private readonly int _value;

        public Index(int value, bool fromEnd = false)
        {
            if (value < 0) ThrowNegative();
            _value = fromEnd ? ~value : value;
        }

        private Index(int value, object _) { _value = value; }

        public static Index Start => new Index(0, null);
        public static Index End => new Index(~0, null);

        public static Index FromStart(int value)
        {
            if (value < 0) ThrowNegative();
            return new Index(value, null);
        }

        public static Index FromEnd(int value)
        {
            if (value < 0) ThrowNegative();
            return new Index(~value, null);
        }

        private static void ThrowNegative() =>
            throw new ArgumentOutOfRangeException("value", "Non-negative number required.");

        public int Value => _value < 0 ? ~_value : _value;
        public bool IsFromEnd => _value < 0;

        public int GetOffset(int length)
        {
            int offset = _value;
            if (IsFromEnd) offset += length + 1;
            return offset;
        }

        public override bool Equals(object value) => value is Index other && _value == other._value;
        public bool Equals(Index other) => _value == other._value;
        public override int GetHashCode() => _value;

        public static implicit operator Index(int value) => FromStart(value);

        public override string ToString() => IsFromEnd ? "^" + ((uint)Value).ToString() : ((uint)_value).ToString();
    }
}
