namespace System.Text
{
    public sealed class StringBuilder
    {
        private char[] _chars;
        private int _length;

        public StringBuilder() : this(16) { }
        public StringBuilder(int capacity) { _chars = new char[capacity < 1 ? 16 : capacity]; }
        public StringBuilder(string value) : this(value == null || value.Length < 16 ? 16 : value.Length) { Append(value); }

        public int Length
        {
            get => _length;
            set
            {
                if (value < 0) ThrowHelpers.ThrowArgumentOutOfRange("value");
                Ensure(value);
                for (int i = _length; i < value; i++) _chars[i] = '\0';
                _length = value;
            }
        }

        public int Capacity => _chars.Length;

        public char this[int index]
        {
            get { if ((uint)index >= (uint)_length) ThrowHelpers.ThrowIndexOutOfRange(); return _chars[index]; }
            set { if ((uint)index >= (uint)_length) ThrowHelpers.ThrowIndexOutOfRange(); _chars[index] = value; }
        }

        private void Ensure(int needed)
        {
            if (needed <= _chars.Length) return;
            int capacity = _chars.Length * 2;
            if (capacity < needed) capacity = needed;
            char[] chars = new char[capacity];
            Array.Copy(_chars, 0, chars, 0, _length);
            _chars = chars;
        }

        public StringBuilder Append(char value)
        {
            Ensure(_length + 1);
            _chars[_length++] = value;
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            Ensure(_length + repeatCount);
            for (int i = 0; i < repeatCount; i++) _chars[_length++] = value;
            return this;
        }

        public StringBuilder Append(string value) => value == null ? this : Append(value, 0, value.Length);

        public StringBuilder Append(string value, int startIndex, int count)
        {
            if (value == null) return this;
            if ((uint)startIndex > (uint)value.Length || (uint)count > (uint)(value.Length - startIndex))
                ThrowHelpers.ThrowArgumentOutOfRange("count");
            Ensure(_length + count);
            for (int i = 0; i < count; i++) _chars[_length++] = value[startIndex + i];
            return this;
        }

        public StringBuilder Append(ReadOnlySpan<char> value)
        {
            Ensure(_length + value.Length);
            for (int i = 0; i < value.Length; i++) _chars[_length++] = value[i];
            return this;
        }

        public StringBuilder Append(int value) => Append(value.ToString());
        public StringBuilder Append(long value) => Append(value.ToString());
        public StringBuilder Append(uint value) => Append(value.ToString());
        public StringBuilder Append(ulong value) => Append(value.ToString());
        public StringBuilder Append(bool value) => Append(value.ToString());
        public StringBuilder Append(double value) => Append(value.ToString());
        public StringBuilder Append(object value) => value == null ? this : Append(value.ToString());

        public StringBuilder AppendLine() => Append('\n');
        public StringBuilder AppendLine(string value) => Append(value).Append('\n');

        public StringBuilder Insert(int index, string value)
        {
            if ((uint)index > (uint)_length) ThrowHelpers.ThrowArgumentOutOfRange("index");
            if (value == null || value.Length == 0) return this;
            Ensure(_length + value.Length);
            Array.Copy(_chars, index, _chars, index + value.Length, _length - index);
            for (int i = 0; i < value.Length; i++) _chars[index + i] = value[i];
            _length += value.Length;
            return this;
        }

        public StringBuilder Remove(int startIndex, int length)
        {
            if (startIndex < 0 || length < 0 || startIndex > _length - length) ThrowHelpers.ThrowArgumentOutOfRange("length");
            Array.Copy(_chars, startIndex + length, _chars, startIndex, _length - startIndex - length);
            _length -= length;
            return this;
        }

        public StringBuilder Clear() { _length = 0; return this; }

        public override string ToString() => new string(_chars, 0, _length);
    }
}

namespace System.Runtime.CompilerServices
{
    // The C# compiler lowers $"..." to this handler when the core library has it.
    [InterpolatedStringHandler]
    public ref struct DefaultInterpolatedStringHandler
    {
        private System.Text.StringBuilder _sb;

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount)
        {
            _sb = new System.Text.StringBuilder(literalLength + formattedCount * 8);
        }

        public void AppendLiteral(string value) => _sb.Append(value);
        public void AppendFormatted(string value) => _sb.Append(value);
        public void AppendFormatted(ReadOnlySpan<char> value) => _sb.Append(value);
        public void AppendFormatted(object value) { if (value != null) _sb.Append(value.ToString()); }

        public void AppendFormatted<T>(T value)
        {
            if (value != null) _sb.Append(value.ToString());
        }

        public void AppendFormatted<T>(T value, int alignment)
        {
            string s = value?.ToString() ?? "";
            if (alignment >= 0) _sb.Append(s.PadLeft(alignment));
            else _sb.Append(s.PadRight(-alignment));
        }

        public void AppendFormatted<T>(T value, string format) => AppendFormatted(value, 0, format);

        public void AppendFormatted<T>(T value, int alignment, string format)
        {
            string s;
            if (format == null) s = value?.ToString() ?? "";
            else if (value is int i) s = i.ToString(format);
            else if (value is long l) s = l.ToString(format);
            else if (value is uint u) s = u.ToString(format);
            else if (value is ulong ul) s = ul.ToString(format);
            else if (value is byte b) s = ((uint)b).ToString(format);
            else if (value is IFormattable f) s = f.ToString(format, null);
            else s = value?.ToString() ?? "";
            if (alignment >= 0) _sb.Append(s.PadLeft(alignment));
            else _sb.Append(s.PadRight(-alignment));
        }

        public string ToStringAndClear()
        {
            string s = _sb.ToString();
            _sb = null;
            return s;
        }

        public override string ToString() => _sb.ToString();
    }
}
