using System.Collections.Generic;

namespace System
{
    // Searching, slicing and building strings.
    public sealed unsafe partial class String
    {
        public static string Concat(string a, string b)
        {
            if (IsNullOrEmpty(a)) return b ?? Empty;
            if (IsNullOrEmpty(b)) return a;
            string r = FastAllocateString(a.Length + b.Length);
            CopyInto(r, 0, a);
            CopyInto(r, a.Length, b);
            return r;
        }

        public static string Concat(string a, string b, string c) => Concat(new string[] { a, b, c });
        public static string Concat(string a, string b, string c, string d) => Concat(new string[] { a, b, c, d });
        public static string Concat(object a, object b) => Concat(a?.ToString(), b?.ToString());
        public static string Concat(object a, object b, object c) => Concat(a?.ToString(), b?.ToString(), c?.ToString());
        public static string Concat(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Concat(new string(a), new string(b));

        public static string Concat(params string[] values)
        {
            if (values == null) ThrowHelpers.ThrowArgumentNull("values");
            int total = 0;
            for (int i = 0; i < values.Length; i++) if (values[i] != null) total += values[i].Length;
            string r = FastAllocateString(total);
            int at = 0;
            for (int i = 0; i < values.Length; i++)
            {
                string v = values[i];
                if (v == null) continue;
                CopyInto(r, at, v);
                at += v.Length;
            }
            return r;
        }

        public static string Concat(params object[] values)
        {
            string[] s = new string[values.Length];
            for (int i = 0; i < values.Length; i++) s[i] = values[i]?.ToString();
            return Concat(s);
        }

        private static void CopyInto(string dest, int at, string src)
        {
            fixed (char* d = &dest._firstChar) fixed (char* s = &src._firstChar)
                Buffer.Memmove((byte*)(d + at), (byte*)s, (nuint)src.Length * 2);
        }

        public string Substring(int startIndex) => Substring(startIndex, Length - startIndex);

        public string Substring(int startIndex, int length)
        {
            if ((uint)startIndex > (uint)Length) ThrowHelpers.ThrowArgumentOutOfRange("startIndex");
            if ((uint)length > (uint)(Length - startIndex)) ThrowHelpers.ThrowArgumentOutOfRange("length");
            if (length == Length) return this;
            fixed (char* p = &_firstChar) return new string(p, startIndex, length);
        }

        public int IndexOf(char value) => IndexOf(value, 0);

        public int IndexOf(char value, int startIndex)
        {
            if ((uint)startIndex > (uint)Length) ThrowHelpers.ThrowArgumentOutOfRange("startIndex");
            for (int i = startIndex; i < Length; i++) if (this[i] == value) return i;
            return -1;
        }

        public int IndexOf(string value) => IndexOf(value, 0);

        public int IndexOf(string value, int startIndex)
        {
            if (value == null) ThrowHelpers.ThrowArgumentNull("value");
            if ((uint)startIndex > (uint)Length) ThrowHelpers.ThrowArgumentOutOfRange("startIndex");
            for (int i = startIndex; i + value.Length <= Length; i++)
                if (MatchesAt(i, value)) return i;
            return -1;
        }

        public int LastIndexOf(char value)
        {
            for (int i = Length - 1; i >= 0; i--) if (this[i] == value) return i;
            return -1;
        }

        public int LastIndexOf(string value)
        {
            for (int i = Length - value.Length; i >= 0; i--) if (MatchesAt(i, value)) return i;
            return -1;
        }

        private bool MatchesAt(int at, string value)
        {
            for (int j = 0; j < value.Length; j++) if (this[at + j] != value[j]) return false;
            return true;
        }

        public bool Contains(string value) => IndexOf(value) >= 0;
        public bool Contains(char value) => IndexOf(value) >= 0;

        public bool StartsWith(string value)
        {
            if (value == null) ThrowHelpers.ThrowArgumentNull("value");
            return value.Length <= Length && MatchesAt(0, value);
        }

        public bool EndsWith(string value)
        {
            if (value == null) ThrowHelpers.ThrowArgumentNull("value");
            return value.Length <= Length && MatchesAt(Length - value.Length, value);
        }

        public bool StartsWith(char value) => Length != 0 && this[0] == value;
        public bool EndsWith(char value) => Length != 0 && this[Length - 1] == value;

        public string ToUpperInvariant() => MapChars(true);
        public string ToLowerInvariant() => MapChars(false);
        public string ToUpper() => MapChars(true);
        public string ToLower() => MapChars(false);

        private string MapChars(bool upper)
        {
            string r = FastAllocateString(Length);
            fixed (char* d = &r._firstChar)
                for (int i = 0; i < Length; i++) d[i] = upper ? char.ToUpperInvariant(this[i]) : char.ToLowerInvariant(this[i]);
            return r;
        }

        public string PadLeft(int totalWidth) => PadLeft(totalWidth, ' ');
        public string PadRight(int totalWidth) => PadRight(totalWidth, ' ');

        public string PadLeft(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) ThrowHelpers.ThrowArgumentOutOfRange("totalWidth");
            if (totalWidth <= Length) return this;
            return Concat(new string(paddingChar, totalWidth - Length), this);
        }

        public string PadRight(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) ThrowHelpers.ThrowArgumentOutOfRange("totalWidth");
            if (totalWidth <= Length) return this;
            return Concat(this, new string(paddingChar, totalWidth - Length));
        }

        public string Trim() => TrimCore(true, true);
        public string TrimStart() => TrimCore(true, false);
        public string TrimEnd() => TrimCore(false, true);
        public string Trim(char trimChar) => TrimChars(true, true, null, trimChar);
        public string TrimStart(char trimChar) => TrimChars(true, false, null, trimChar);
        public string TrimEnd(char trimChar) => TrimChars(false, true, null, trimChar);
        public string Trim(params char[] trimChars) => trimChars == null || trimChars.Length == 0 ? Trim() : TrimChars(true, true, trimChars, '\0');
        public string TrimStart(params char[] trimChars) => trimChars == null || trimChars.Length == 0 ? TrimStart() : TrimChars(true, false, trimChars, '\0');
        public string TrimEnd(params char[] trimChars) => trimChars == null || trimChars.Length == 0 ? TrimEnd() : TrimChars(false, true, trimChars, '\0');

        private string TrimChars(bool start, bool end, char[] set, char one)
        {
            int s = 0, e = Length;
            if (start) while (s < e && IsSeparator(this[s], one, set)) s++;
            if (end) while (e > s && IsSeparator(this[e - 1], one, set)) e--;
            return Substring(s, e - s);
        }

        private string TrimCore(bool start, bool end)
        {
            int s = 0, e = Length;
            if (start) while (s < e && char.IsWhiteSpace(this[s])) s++;
            if (end) while (e > s && char.IsWhiteSpace(this[e - 1])) e--;
            return Substring(s, e - s);
        }

        public string Replace(string oldValue, string newValue)
        {
            if (IsNullOrEmpty(oldValue)) ThrowHelpers.ThrowArgument("String cannot be of zero length.");
            var sb = new System.Text.StringBuilder();
            int i = 0;
            while (true)
            {
                int at = IndexOf(oldValue, i);
                if (at < 0) break;
                sb.Append(this, i, at - i).Append(newValue);
                i = at + oldValue.Length;
            }
            return sb.Append(this, i, Length - i).ToString();
        }

        public string Replace(char oldChar, char newChar)
        {
            string r = FastAllocateString(Length);
            fixed (char* d = &r._firstChar)
                for (int i = 0; i < Length; i++) d[i] = this[i] == oldChar ? newChar : this[i];
            return r;
        }

        public string[] Split(char separator, StringSplitOptions options = StringSplitOptions.None) =>
            SplitCore(separator, null, options);

        public string[] Split(params char[] separators) => SplitCore('\0', separators ?? new char[0], StringSplitOptions.None);
        public string[] Split(char[] separator, StringSplitOptions options) => SplitCore('\0', separator ?? new char[0], options);
        public string[] Split(char separator, int count, StringSplitOptions options = StringSplitOptions.None) => SplitCore(separator, null, options, count);
        public string[] Split(char[] separator, int count) => SplitCore('\0', separator, StringSplitOptions.None, count);
        public string[] Split(char[] separator, int count, StringSplitOptions options) => SplitCore('\0', separator, options, count);
        public string[] Split(string separator, int count, StringSplitOptions options = StringSplitOptions.None) =>
            Split(new string[] { separator }, count, options);
        public string[] Split(string[] separator, StringSplitOptions options) => Split(separator, int.MaxValue, options);

        // Several string separators: at each position the first one in the array that matches wins, as in .NET.
        public string[] Split(string[] separator, int count, StringSplitOptions options)
        {
            if (count < 0) ThrowHelpers.ThrowArgumentOutOfRange("count");
            if (separator == null || separator.Length == 0) return SplitCore('\0', new char[0], options, count);
            var parts = new List<string>();
            if (count == 0) return parts.ToArray();
            int start = 0, i = 0;
            while (i < Length && parts.Count < count - 1)
            {
                int matched = -1;
                for (int k = 0; k < separator.Length; k++)
                {
                    string sep = separator[k];
                    if (!IsNullOrEmpty(sep) && i + sep.Length <= Length && MatchesAt(i, sep)) { matched = sep.Length; break; }
                }
                if (matched < 0) { i++; continue; }
                AddPart(parts, Substring(start, i - start), options);
                i += matched;
                start = i;
            }
            AddLastPart(parts, Substring(start), options);
            return parts.ToArray();
        }

        public string[] Split(string separator, StringSplitOptions options = StringSplitOptions.None) =>
            Split(new string[] { separator }, int.MaxValue, options);

        // count caps the parts: the last one holds the rest of the string unsplit.
        private string[] SplitCore(char separator, char[] separators, StringSplitOptions options, int count = int.MaxValue)
        {
            if (count < 0) ThrowHelpers.ThrowArgumentOutOfRange("count");
            var parts = new List<string>();
            if (count == 0) return parts.ToArray();
            int start = 0;
            for (int i = 0; i < Length && parts.Count < count - 1; i++)
            {
                if (IsSeparator(this[i], separator, separators))
                {
                    AddPart(parts, Substring(start, i - start), options);
                    start = i + 1;
                }
            }
            AddLastPart(parts, Substring(start), options);
            return parts.ToArray();
        }

        private static void AddLastPart(List<string> parts, string part, StringSplitOptions options)
        {
            if ((options & StringSplitOptions.TrimEntries) != 0) part = part.Trim();
            if ((options & StringSplitOptions.RemoveEmptyEntries) != 0 && part.Length == 0) return;
            parts.Add(part);
        }

        private static bool IsSeparator(char c, char separator, char[] separators)
        {
            if (separators == null) return c == separator;
            if (separators.Length == 0) return char.IsWhiteSpace(c);
            for (int i = 0; i < separators.Length; i++) if (separators[i] == c) return true;
            return false;
        }

        private static void AddPart(List<string> parts, string part, StringSplitOptions options)
        {
            if ((options & StringSplitOptions.TrimEntries) != 0) part = part.Trim();
            if ((options & StringSplitOptions.RemoveEmptyEntries) != 0 && part.Length == 0) return;
            parts.Add(part);
        }

        public static string Join(string separator, params string[] values)
        {
            if (values == null) ThrowHelpers.ThrowArgumentNull("values");
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < values.Length; i++)
            {
                if (i != 0) sb.Append(separator);
                sb.Append(values[i]);
            }
            return sb.ToString();
        }

        public static string Join(char separator, params string[] values) => Join(new string(separator, 1), values);

        public static string Join<T>(string separator, IEnumerable<T> values)
        {
            if (values == null) ThrowHelpers.ThrowArgumentNull("values");
            var sb = new System.Text.StringBuilder();
            bool first = true;
            foreach (T v in values)
            {
                if (!first) sb.Append(separator);
                first = false;
                if (v != null) sb.Append(v.ToString());
            }
            return sb.ToString();
        }
    }
}
