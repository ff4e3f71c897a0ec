using System.Collections.Generic;
using System.Globalization;

// Comparison and the remaining everyday members. Kiln has only the invariant culture and, as .NET does with
// InvariantGlobalization, culture-sensitive comparisons are ordinal (IgnoreCase ones ordinal-ignore-case).
namespace System
{
    public sealed unsafe partial class String
    {
        // .NET's ordinal helper compares through the terminating NUL, so "abc" vs "a" gives 'b' - 0.
        public static int CompareOrdinal(string a, string b)
        {
            if ((object)a == b) return 0;
            if (a == null) return -1;
            if (b == null) return 1;
            int n = a._stringLength < b._stringLength ? a._stringLength : b._stringLength;
            for (int i = 0; i < n; i++)
            {
                int d = a[i] - b[i];
                if (d != 0) return d;
            }
            if (a._stringLength == b._stringLength) return 0;
            int c = (n < a._stringLength ? a[n] : 0) - (n < b._stringLength ? b[n] : 0);
            return c != 0 ? c : a._stringLength - b._stringLength;
        }

        public static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length) =>
            CompareOrdinal(strA?.Substring(indexA, Math.Min(length, strA.Length - indexA)), strB?.Substring(indexB, Math.Min(length, strB.Length - indexB)));

        // Span-style comparison: first differing char, else the length difference.
        private static int CompareSequence(string a, string b, bool ignoreCase)
        {
            if ((object)a == b) return 0;
            if (a == null) return -1;
            if (b == null) return 1;
            int n = a._stringLength < b._stringLength ? a._stringLength : b._stringLength;
            for (int i = 0; i < n; i++)
            {
                char x = a[i], y = b[i];
                if (ignoreCase) { x = char.ToUpperInvariant(x); y = char.ToUpperInvariant(y); }
                if (x != y) return x - y;
            }
            return a._stringLength - b._stringLength;
        }

        public int CompareTo(string strB) => CompareSequence(this, strB, false);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is string s) return CompareTo(s);
            throw new ArgumentException("Object must be of type String.");
        }
        public static int Compare(string strA, string strB) => CompareSequence(strA, strB, false);
        public static int Compare(string strA, string strB, bool ignoreCase) => CompareSequence(strA, strB, ignoreCase);
        public static int Compare(string strA, string strB, bool ignoreCase, CultureInfo culture) => CompareSequence(strA, strB, ignoreCase);
        public static int Compare(string strA, string strB, CultureInfo culture, CompareOptions options) =>
            CompareSequence(strA, strB, (options & (CompareOptions.IgnoreCase | CompareOptions.OrdinalIgnoreCase)) != 0);
        public static int Compare(string strA, string strB, StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.Ordinal: return CompareOrdinal(strA, strB);
                case StringComparison.CurrentCulture:
                case StringComparison.InvariantCulture: return CompareSequence(strA, strB, false);
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase:
                case StringComparison.OrdinalIgnoreCase: return CompareSequence(strA, strB, true);
            }
            throw BadComparison();
        }
        public static int Compare(string strA, int indexA, string strB, int indexB, int length) =>
            Compare(strA?.Substring(indexA, Math.Min(length, strA.Length - indexA)), strB?.Substring(indexB, Math.Min(length, strB.Length - indexB)));
        public static int Compare(string strA, int indexA, string strB, int indexB, int length, StringComparison comparisonType) =>
            Compare(strA?.Substring(indexA, Math.Min(length, strA.Length - indexA)), strB?.Substring(indexB, Math.Min(length, strB.Length - indexB)), comparisonType);

        private static ArgumentException BadComparison() =>
            new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");

        private static bool IgnoresCase(StringComparison c)
        {
            if ((uint)c > (uint)StringComparison.OrdinalIgnoreCase) throw BadComparison();
            return c == StringComparison.OrdinalIgnoreCase || c == StringComparison.CurrentCultureIgnoreCase || c == StringComparison.InvariantCultureIgnoreCase;
        }

        public bool Equals(string value, StringComparison comparisonType) => Equals(this, value, comparisonType);
        public static bool Equals(string a, string b, StringComparison comparisonType)
        {
            bool ignoreCase = IgnoresCase(comparisonType);
            if ((object)a == b) return true;
            if (a == null || b == null || a.Length != b.Length) return false;
            return ignoreCase ? CompareSequence(a, b, true) == 0 : EqualsHelper(a, b);
        }

        private bool MatchesAt(int at, string value, bool ignoreCase)
        {
            if (!ignoreCase) return MatchesAt(at, value);
            for (int j = 0; j < value.Length; j++)
                if (char.ToUpperInvariant(this[at + j]) != char.ToUpperInvariant(value[j])) return false;
            return true;
        }

        public int IndexOf(string value, StringComparison comparisonType) => IndexOf(value, 0, comparisonType);
        public int IndexOf(string value, int startIndex, StringComparison comparisonType)
        {
            if (value == null) ThrowHelpers.ThrowArgumentNull("value");
            bool ic = IgnoresCase(comparisonType);
            if ((uint)startIndex > (uint)Length) ThrowHelpers.ThrowArgumentOutOfRange("startIndex");
            for (int i = startIndex; i + value.Length <= Length; i++) if (MatchesAt(i, value, ic)) return i;
            return -1;
        }
        public int IndexOf(char value, StringComparison comparisonType)
        {
            bool ic = IgnoresCase(comparisonType);
            char u = char.ToUpperInvariant(value);
            for (int i = 0; i < Length; i++) if (this[i] == value || (ic && char.ToUpperInvariant(this[i]) == u)) return i;
            return -1;
        }
        public int IndexOf(char value, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)Length || (uint)count > (uint)(Length - startIndex)) ThrowHelpers.ThrowArgumentOutOfRange("count");
            for (int i = startIndex; i < startIndex + count; i++) if (this[i] == value) return i;
            return -1;
        }
        public int IndexOfAny(char[] anyOf) => IndexOfAny(anyOf, 0);
        public int IndexOfAny(char[] anyOf, int startIndex)
        {
            if (anyOf == null) ThrowHelpers.ThrowArgumentNull("anyOf");
            for (int i = startIndex; i < Length; i++) if (Array.IndexOf(anyOf, this[i]) >= 0) return i;
            return -1;
        }
        public int LastIndexOfAny(char[] anyOf)
        {
            if (anyOf == null) ThrowHelpers.ThrowArgumentNull("anyOf");
            for (int i = Length - 1; i >= 0; i--) if (Array.IndexOf(anyOf, this[i]) >= 0) return i;
            return -1;
        }
        public int LastIndexOf(char value, int startIndex)
        {
            for (int i = startIndex; i >= 0; i--) if (this[i] == value) return i;
            return -1;
        }
        public int LastIndexOf(string value, StringComparison comparisonType)
        {
            bool ic = IgnoresCase(comparisonType);
            for (int i = Length - value.Length; i >= 0; i--) if (MatchesAt(i, value, ic)) return i;
            return -1;
        }

        public bool Contains(string value, StringComparison comparisonType) => IndexOf(value, comparisonType) >= 0;
        public bool Contains(char value, StringComparison comparisonType) => IndexOf(value, comparisonType) >= 0;
        public bool StartsWith(string value, StringComparison comparisonType)
        {
            if (value == null) ThrowHelpers.ThrowArgumentNull("value");
            return value.Length <= Length && MatchesAt(0, value, IgnoresCase(comparisonType));
        }
        public bool EndsWith(string value, StringComparison comparisonType)
        {
            if (value == null) ThrowHelpers.ThrowArgumentNull("value");
            return value.Length <= Length && MatchesAt(Length - value.Length, value, IgnoresCase(comparisonType));
        }
        public bool StartsWith(string value, bool ignoreCase, CultureInfo culture) =>
            StartsWith(value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        public bool EndsWith(string value, bool ignoreCase, CultureInfo culture) =>
            EndsWith(value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        public string Replace(string oldValue, string newValue, StringComparison comparisonType)
        {
            if (IsNullOrEmpty(oldValue)) ThrowHelpers.ThrowArgument("String cannot be of zero length.");
            bool ic = IgnoresCase(comparisonType);
            var sb = new System.Text.StringBuilder();
            int i = 0, start = 0;
            while (i + oldValue.Length <= Length)
            {
                if (MatchesAt(i, oldValue, ic))
                {
                    sb.Append(this, start, i - start).Append(newValue);
                    i += oldValue.Length;
                    start = i;
                }
                else i++;
            }
            return sb.Append(this, start, Length - start).ToString();
        }
        public string Replace(string oldValue, string newValue, bool ignoreCase, CultureInfo culture) =>
            Replace(oldValue, newValue, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        public string Insert(int startIndex, string value)
        {
            if (value == null) ThrowHelpers.ThrowArgumentNull("value");
            if ((uint)startIndex > (uint)Length) ThrowHelpers.ThrowArgumentOutOfRange("startIndex");
            return Concat(Substring(0, startIndex), value, Substring(startIndex));
        }

        public string Remove(int startIndex)
        {
            if ((uint)startIndex > (uint)Length) throw new ArgumentOutOfRangeException("startIndex", "startIndex must be less than length of string.");
            return Substring(0, startIndex);
        }

        public string Remove(int startIndex, int count)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (count > Length - startIndex) throw new ArgumentOutOfRangeException("count", "Index and count must refer to a location within the string.");
            return Concat(Substring(0, startIndex), Substring(startIndex + count));
        }

        public string ToUpper(CultureInfo culture) => ToUpperInvariant();
        public string ToLower(CultureInfo culture) => ToLowerInvariant();
        public int GetHashCode(StringComparison comparisonType) =>
            IgnoresCase(comparisonType) ? ToUpperInvariant().GetHashCode() : GetHashCode();
        public static int GetHashCode(ReadOnlySpan<char> value) => new string(value).GetHashCode();

        public static string Join(string separator, params object[] values)
        {
            if (values == null) ThrowHelpers.ThrowArgumentNull("values");
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < values.Length; i++)
            {
                if (i != 0) sb.Append(separator);
                if (values[i] != null) sb.Append(values[i].ToString());
            }
            return sb.ToString();
        }
        public static string Join(char separator, params object[] values) => Join(new string(separator, 1), values);
        public static string Join(string separator, string[] value, int startIndex, int count)
        {
            if (value == null) ThrowHelpers.ThrowArgumentNull("value");
            if (startIndex < 0 || count < 0 || startIndex > value.Length - count) ThrowHelpers.ThrowArgumentOutOfRange("startIndex");
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < count; i++)
            {
                if (i != 0) sb.Append(separator);
                sb.Append(value[startIndex + i]);
            }
            return sb.ToString();
        }
        public static string Join(string separator, IEnumerable<string> values)
        {
            if (values == null) ThrowHelpers.ThrowArgumentNull("values");
            var sb = new System.Text.StringBuilder();
            bool first = true;
            foreach (string v in values)
            {
                if (!first) sb.Append(separator);
                first = false;
                sb.Append(v);
            }
            return sb.ToString();
        }

        public static string Concat(IEnumerable<string> values)
        {
            if (values == null) ThrowHelpers.ThrowArgumentNull("values");
            var sb = new System.Text.StringBuilder();
            foreach (string v in values) sb.Append(v);
            return sb.ToString();
        }
        public static string Concat<T>(IEnumerable<T> values)
        {
            if (values == null) ThrowHelpers.ThrowArgumentNull("values");
            var sb = new System.Text.StringBuilder();
            foreach (T v in values) if (v != null) sb.Append(v.ToString());
            return sb.ToString();
        }

        public static string Format(string format, object arg0) => Text.CompositeFormatter.Format(null, format, new object[] { arg0 });
        public static string Format(string format, object arg0, object arg1) => Text.CompositeFormatter.Format(null, format, new object[] { arg0, arg1 });
        public static string Format(string format, object arg0, object arg1, object arg2) => Text.CompositeFormatter.Format(null, format, new object[] { arg0, arg1, arg2 });
        public static string Format(string format, params object[] args) => Text.CompositeFormatter.Format(null, format, args);
        public static string Format(IFormatProvider provider, string format, object arg0) => Text.CompositeFormatter.Format(provider, format, new object[] { arg0 });
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1) => Text.CompositeFormatter.Format(provider, format, new object[] { arg0, arg1 });
        public static string Format(IFormatProvider provider, string format, params object[] args) => Text.CompositeFormatter.Format(provider, format, args);
    }

    public abstract class StringComparer : IComparer<string>, IEqualityComparer<string>
    {
        private static readonly StringComparer s_ordinal = new OrdinalComparer(false);
        private static readonly StringComparer s_ordinalIgnoreCase = new OrdinalComparer(true);
        private static readonly StringComparer s_invariant = new CultureComparer(false);
        private static readonly StringComparer s_invariantIgnoreCase = new CultureComparer(true);

        public static StringComparer Ordinal => s_ordinal;
        public static StringComparer OrdinalIgnoreCase => s_ordinalIgnoreCase;
        public static StringComparer InvariantCulture => s_invariant;
        public static StringComparer InvariantCultureIgnoreCase => s_invariantIgnoreCase;
        public static StringComparer CurrentCulture => s_invariant;
        public static StringComparer CurrentCultureIgnoreCase => s_invariantIgnoreCase;
        public static StringComparer Create(CultureInfo culture, bool ignoreCase) => ignoreCase ? s_invariantIgnoreCase : s_invariant;
        public static StringComparer FromComparison(StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.Ordinal: return s_ordinal;
                case StringComparison.OrdinalIgnoreCase: return s_ordinalIgnoreCase;
                case StringComparison.CurrentCulture:
                case StringComparison.InvariantCulture: return s_invariant;
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase: return s_invariantIgnoreCase;
            }
            throw new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");
        }

        public abstract int Compare(string x, string y);
        public abstract bool Equals(string x, string y);
        public abstract int GetHashCode(string obj);

        private sealed class OrdinalComparer : StringComparer
        {
            private readonly bool _ignoreCase;
            public OrdinalComparer(bool ignoreCase) { _ignoreCase = ignoreCase; }
            public override int Compare(string x, string y) => _ignoreCase ? string.Compare(x, y, StringComparison.OrdinalIgnoreCase) : string.CompareOrdinal(x, y);
            public override bool Equals(string x, string y) => string.Equals(x, y, _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            public override int GetHashCode(string obj)
            {
                if (obj == null) ThrowHelpers.ThrowArgumentNull("obj");
                return _ignoreCase ? obj.ToUpperInvariant().GetHashCode() : obj.GetHashCode();
            }
        }

        private sealed class CultureComparer : StringComparer
        {
            private readonly bool _ignoreCase;
            public CultureComparer(bool ignoreCase) { _ignoreCase = ignoreCase; }
            public override int Compare(string x, string y) => string.Compare(x, y, _ignoreCase);
            public override bool Equals(string x, string y) => string.Equals(x, y, _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            public override int GetHashCode(string obj)
            {
                if (obj == null) ThrowHelpers.ThrowArgumentNull("obj");
                return _ignoreCase ? obj.ToUpperInvariant().GetHashCode() : obj.GetHashCode();
            }
        }
    }
}
