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
            char[] chars = _chars;
            int length = _length;
            if ((uint)length >= (uint)chars.Length) { Ensure(length + 1); chars = _chars; }
            chars[length] = value;
            _length = length + 1;
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
            return Append(value.AsSpan(startIndex, count));
        }

        public unsafe StringBuilder Append(ReadOnlySpan<char> value)
        {
            int count = value.Length;
            if (count == 0) return this;
            Ensure(_length + count);
            fixed (char* d = &_chars[_length])
            fixed (char* s = value)
            {
                // Short pieces (numbers, words) copy faster inline than through memmove's string instruction.
                if (count <= 16) for (int i = 0; i < count; i++) d[i] = s[i];
                else Buffer.Memmove((byte*)d, (byte*)s, (nuint)count * 2);
            }
            _length += count;
            return this;
        }

        // Integers are formatted straight into the buffer: no string per call.
        public StringBuilder Append(int value) => AppendInteger(value);
        public StringBuilder Append(long value) => AppendInteger(value);
        public StringBuilder Append(uint value) => AppendDigits(value, false);
        public StringBuilder Append(ulong value) => AppendDigits(value, false);
        public StringBuilder Append(short value) => AppendInteger(value);
        public StringBuilder Append(ushort value) => AppendDigits(value, false);
        public StringBuilder Append(byte value) => AppendDigits(value, false);
        public StringBuilder Append(sbyte value) => AppendInteger(value);

        private StringBuilder AppendInteger(long value) =>
            value < 0 ? AppendDigits((ulong)(-(value + 1)) + 1, true) : AppendDigits((ulong)value, false);

        private unsafe StringBuilder AppendDigits(ulong magnitude, bool negative)
        {
            char* buf = stackalloc char[21];
            int n = Number.WriteDigits(buf + 21, magnitude);
            if (negative) buf[21 - ++n] = '-';
            return Append(new ReadOnlySpan<char>(buf + 21 - n, n));
        }
        public StringBuilder Append(bool value) => Append(value.ToString());
        public StringBuilder Append(double value) => Append(value.ToString());
        public StringBuilder Append(float value) => Append(value.ToString());
        public StringBuilder Append(decimal value) => Append(value.ToString());
        public StringBuilder Append(object value) => value == null ? this : Append(value.ToString());
        public StringBuilder Append(char[] value) => value == null ? this : Append(new ReadOnlySpan<char>(value));
        public StringBuilder Append(char[] value, int startIndex, int charCount) => value == null ? this : Append(new ReadOnlySpan<char>(value, startIndex, charCount));
        public StringBuilder Append(StringBuilder value) => value == null ? this : Append(value.ToString());

        public StringBuilder AppendLine() => Append('\n');
        public StringBuilder AppendLine(string value) => Append(value).Append('\n');

        public StringBuilder AppendFormat(string format, object arg0) => Append(CompositeFormatter.Format(null, format, new object[] { arg0 }));
        public StringBuilder AppendFormat(string format, object arg0, object arg1) => Append(CompositeFormatter.Format(null, format, new object[] { arg0, arg1 }));
        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2) => Append(CompositeFormatter.Format(null, format, new object[] { arg0, arg1, arg2 }));
        public StringBuilder AppendFormat(string format, params object[] args) => Append(CompositeFormatter.Format(null, format, args));
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0) => Append(CompositeFormatter.Format(provider, format, new object[] { arg0 }));
        public StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args) => Append(CompositeFormatter.Format(provider, format, args));

        public StringBuilder AppendJoin(string separator, params string[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(string separator, params object[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(char separator, params string[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin<T>(string separator, System.Collections.Generic.IEnumerable<T> values) => Append(string.Join(separator, values));

        public StringBuilder Insert(int index, char value) => Insert(index, new string(value, 1));
        public StringBuilder Insert(int index, int value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, long value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, double value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, bool value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, object value) => value == null ? this : Insert(index, value.ToString());
        public StringBuilder Insert(int index, string value, int count)
        {
            if (count < 0) ThrowHelpers.ThrowArgumentOutOfRange("count");
            for (int i = 0; i < count; i++) Insert(index, value);
            return this;
        }

        public StringBuilder Replace(char oldChar, char newChar) => Replace(oldChar, newChar, 0, _length);
        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)_length || (uint)count > (uint)(_length - startIndex)) ThrowHelpers.ThrowArgumentOutOfRange("count");
            for (int i = startIndex; i < startIndex + count; i++) if (_chars[i] == oldChar) _chars[i] = newChar;
            return this;
        }
        public StringBuilder Replace(string oldValue, string newValue) => Replace(oldValue, newValue, 0, _length);
        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count)
        {
            if (oldValue == null) ThrowHelpers.ThrowArgumentNull("oldValue");
            if (oldValue.Length == 0) ThrowHelpers.ThrowArgument("The value cannot be an empty string.");
            if ((uint)startIndex > (uint)_length || (uint)count > (uint)(_length - startIndex)) ThrowHelpers.ThrowArgumentOutOfRange("count");
            string s = ToString();
            string head = s.Substring(0, startIndex), mid = s.Substring(startIndex, count), tail = s.Substring(startIndex + count);
            string replaced = mid.Replace(oldValue, newValue ?? "");
            _length = 0;
            return Append(head).Append(replaced).Append(tail);
        }

        public int EnsureCapacity(int capacity) { Ensure(capacity); return _chars.Length; }
        public int MaxCapacity => int.MaxValue;
        public bool Equals(StringBuilder sb) => sb != null && sb.ToString() == ToString();
        public string ToString(int startIndex, int length)
        {
            if ((uint)startIndex > (uint)_length || (uint)length > (uint)(_length - startIndex)) ThrowHelpers.ThrowArgumentOutOfRange("length");
            return new string(_chars, startIndex, length);
        }
        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
            Array.Copy(_chars, sourceIndex, destination, destinationIndex, count);

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

        // Providers are accepted and ignored: Kiln formats with the invariant culture.
        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider provider)
            : this(literalLength, formattedCount) { }

        public void AppendLiteral(string value) => _sb.Append(value);
        public void AppendFormatted(ReadOnlySpan<char> value) => _sb.Append(value);

        public void AppendFormatted<T>(T value)
        {
            if (value is IFormattable f) _sb.Append(f.ToString(null, null));
            else if (value != null) _sb.Append(value.ToString());
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
            if (value is IFormattable f) s = f.ToString(format, null);
            else s = value?.ToString() ?? "";
            if (alignment >= 0) _sb.Append(s.PadLeft(alignment));
            else _sb.Append(s.PadRight(-alignment));
        }

        public void AppendFormatted(string value, int alignment = 0, string format = null) => AppendFormatted<string>(value, alignment, format);
        public void AppendFormatted(object value, int alignment = 0, string format = null) => AppendFormatted<object>(value, alignment, format);

        public string ToStringAndClear()
        {
            string s = _sb.ToString();
            _sb = null;
            return s;
        }

        public override string ToString() => _sb.ToString();
    }
}

namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    public sealed class InterpolatedStringHandlerArgumentAttribute : Attribute
    {
        public InterpolatedStringHandlerArgumentAttribute(string argument) { }
        public InterpolatedStringHandlerArgumentAttribute(params string[] arguments) { }
    }
}

namespace System.Text
{
    // Composite formatting ("{0,8:F2}"): string.Format, StringBuilder.AppendFormat and Console.WriteLine(format, ...).
    internal static class CompositeFormatter
    {
        private const string BadFormat = "Input string was not in a correct format.";

        public static string Format(IFormatProvider provider, string format, object[] args)
        {
            if (format == null) ThrowHelpers.ThrowArgumentNull("format");
            if (args == null) ThrowHelpers.ThrowArgumentNull("args");
            var sb = new StringBuilder(format.Length + args.Length * 8);
            int i = 0, n = format.Length;
            while (i < n)
            {
                char c = format[i++];
                if (c == '}')
                {
                    if (i < n && format[i] == '}') { sb.Append('}'); i++; continue; }
                    ThrowHelpers.ThrowFormat(BadFormat);
                }
                if (c != '{') { sb.Append(c); continue; }
                if (i < n && format[i] == '{') { sb.Append('{'); i++; continue; }
                // {index[,alignment][:format]}
                int index = 0;
                if (i >= n || (uint)(format[i] - '0') > 9) ThrowHelpers.ThrowFormat(BadFormat);
                while (i < n && (uint)(format[i] - '0') <= 9) { index = index * 10 + (format[i++] - '0'); if (index > 1000000) ThrowHelpers.ThrowFormat(BadFormat); }
                while (i < n && format[i] == ' ') i++;
                int alignment = 0;
                if (i < n && format[i] == ',')
                {
                    i++;
                    while (i < n && format[i] == ' ') i++;
                    bool left = false;
                    if (i < n && format[i] == '-') { left = true; i++; }
                    if (i >= n || (uint)(format[i] - '0') > 9) ThrowHelpers.ThrowFormat(BadFormat);
                    while (i < n && (uint)(format[i] - '0') <= 9) { alignment = alignment * 10 + (format[i++] - '0'); if (alignment > 1000000) ThrowHelpers.ThrowFormat(BadFormat); }
                    if (left) alignment = -alignment;
                    while (i < n && format[i] == ' ') i++;
                }
                string itemFormat = null;
                if (i < n && format[i] == ':')
                {
                    i++;
                    var f = new StringBuilder();
                    while (true)
                    {
                        if (i >= n) ThrowHelpers.ThrowFormat(BadFormat);
                        char fc = format[i++];
                        if (fc == '}')
                        {
                            if (i < n && format[i] == '}') { f.Append('}'); i++; continue; }
                            i--;
                            break;
                        }
                        if (fc == '{')
                        {
                            if (i < n && format[i] == '{') { f.Append('{'); i++; continue; }
                            ThrowHelpers.ThrowFormat(BadFormat);
                        }
                        f.Append(fc);
                    }
                    itemFormat = f.ToString();
                }
                if (i >= n || format[i] != '}') ThrowHelpers.ThrowFormat(BadFormat);
                i++;
                if (index >= args.Length) ThrowHelpers.ThrowFormat("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
                object arg = args[index];
                string s;
                if (arg is IFormattable formattable) s = formattable.ToString(itemFormat, provider);
                else s = arg?.ToString() ?? "";
                if (s == null) s = "";
                int pad = (alignment < 0 ? -alignment : alignment) - s.Length;
                if (alignment > 0 && pad > 0) sb.Append(' ', pad);
                sb.Append(s);
                if (alignment < 0 && pad > 0) sb.Append(' ', pad);
            }
            return sb.ToString();
        }
    }
}
