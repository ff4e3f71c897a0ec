using System.Globalization;

// bool and char. Character classes cover ASCII and Latin-1 exactly as .NET's Unicode tables do; beyond Latin-1
// only the common letter blocks are classified (Latin Extended, Greek, Cyrillic) and cased by their fixed offsets.
namespace System
{
    public struct Boolean : IComparable, IEquatable<bool>, IComparable<bool>
    {
        private readonly bool m_value;
        public static readonly string TrueString = "True";
        public static readonly string FalseString = "False";
        public override string ToString() => m_value ? "True" : "False";
        public string ToString(IFormatProvider provider) => ToString();
        public override int GetHashCode() => m_value ? 1 : 0;
        public override bool Equals(object obj) => obj is bool b && b == m_value;
        public bool Equals(bool other) => m_value == other;
        public int CompareTo(bool other) => m_value == other ? 0 : (m_value ? 1 : -1);
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is bool b) return CompareTo(b);
            throw new ArgumentException("Object must be of type Boolean.");
        }

        public static bool Parse(string value)
        {
            if (value == null) ThrowHelpers.ThrowArgumentNull("value");
            if (!TryParse(value, out bool r)) throw new FormatException("String '" + value + "' was not recognized as a valid Boolean.");
            return r;
        }

        public static bool TryParse(string value, out bool result)
        {
            result = false;
            if (value == null) return false;
            return TryParse(value.AsSpan(), out result);
        }

        public static bool TryParse(ReadOnlySpan<char> value, out bool result)
        {
            int s = 0, e = value.Length;
            while (s < e && (char.IsWhiteSpace(value[s]) || value[s] == '\0')) s++;
            while (e > s && (char.IsWhiteSpace(value[e - 1]) || value[e - 1] == '\0')) e--;
            ReadOnlySpan<char> t = value.Slice(s, e - s);
            if (EqualsIgnoreCase(t, "True")) { result = true; return true; }
            result = false;
            return EqualsIgnoreCase(t, "False");
        }

        private static bool EqualsIgnoreCase(ReadOnlySpan<char> a, string b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++) if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[i])) return false;
            return true;
        }
    }

    public struct Char : IComparable, IEquatable<char>, IComparable<char>
    {
        private readonly char m_value;
        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0;
        public override string ToString() => new string(m_value, 1);
        public string ToString(IFormatProvider provider) => new string(m_value, 1);
        public static string ToString(char c) => new string(c, 1);
        public override int GetHashCode() => m_value | (m_value << 16);
        public override bool Equals(object obj) => obj is char c && c == m_value;
        public bool Equals(char other) => m_value == other;
        public int CompareTo(char other) => m_value - other;
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is char c) return m_value - c;
            throw new ArgumentException("Object must be of type Char.");
        }

        public static char Parse(string s)
        {
            if (s == null) ThrowHelpers.ThrowArgumentNull("s");
            if (s.Length != 1) ThrowHelpers.ThrowFormat("String must be exactly one character long.");
            return s[0];
        }
        public static bool TryParse(string s, out char result)
        {
            if (s == null || s.Length != 1) { result = '\0'; return false; }
            result = s[0];
            return true;
        }

        public static bool IsAscii(char c) => c <= 0x7F;
        public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;
        public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
        public static bool IsAsciiLetterUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A';
        public static bool IsAsciiLetterLower(char c) => (uint)(c - 'a') <= 'z' - 'a';
        public static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);
        public static bool IsAsciiHexDigit(char c) => Number.HexValue(c) >= 0;
        public static bool IsAsciiHexDigitUpper(char c) => IsAsciiDigit(c) || (uint)(c - 'A') <= 5;
        public static bool IsAsciiHexDigitLower(char c) => IsAsciiDigit(c) || (uint)(c - 'a') <= 5;
        public static bool IsBetween(char c, char minInclusive, char maxInclusive) => (uint)(c - minInclusive) <= (uint)(maxInclusive - minInclusive);

        // Decimal digits of the common scripts (Nd): ASCII, Arabic-Indic, Devanagari ... and fullwidth.
        public static bool IsDigit(char c)
        {
            if (c < 0x80) return (uint)(c - '0') <= 9;
            return DigitValue(c) >= 0;
        }

        private static int DigitValue(char c)
        {
            if ((uint)(c - '0') <= 9) return c - '0';
            if ((uint)(c - 0x660) <= 9) return c - 0x660;
            if ((uint)(c - 0x6F0) <= 9) return c - 0x6F0;
            if ((uint)(c - 0x966) <= 9) return c - 0x966;
            if ((uint)(c - 0xFF10) <= 9) return c - 0xFF10;
            return -1;
        }

        public static bool IsNumber(char c)
        {
            if (IsDigit(c)) return true;
            return c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0xBC && c <= 0xBE) || (c >= 0x2150 && c <= 0x2189) || (c >= 0x2460 && c <= 0x249B);
        }

        public static bool IsUpper(char c)
        {
            if (c < 0x80) return (uint)(c - 'A') <= 'Z' - 'A';
            if (c < 0x100) return (c >= 0xC0 && c <= 0xDE && c != 0xD7);
            if (c <= 0x17F) return c != 0x138 && c != 0x149 && (c & 1) == (c >= 0x139 && c <= 0x148 || c >= 0x179 ? 1 : 0);
            if (c >= 0x391 && c <= 0x3AB) return c != 0x3A2;
            if (c >= 0x400 && c <= 0x42F) return true;
            return false;
        }

        public static bool IsLower(char c)
        {
            if (c < 0x80) return (uint)(c - 'a') <= 'z' - 'a';
            if (c < 0x100) return c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xDF && c != 0xF7);
            if (c <= 0x17F) return !IsUpper(c);
            if (c >= 0x3AC && c <= 0x3CE) return true;
            if (c >= 0x430 && c <= 0x45F) return true;
            return false;
        }

        public static bool IsLetter(char c)
        {
            if (c < 0x80) return (uint)((c | 0x20) - 'a') <= 'z' - 'a';
            if (c < 0x100) return c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
            if (c <= 0x24F) return true;
            if (c >= 0x370 && c <= 0x3FF) return c != 0x375 && c != 0x37E && c != 0x384 && c != 0x385 && c != 0x387;
            if (c >= 0x400 && c <= 0x481) return true;
            if (c >= 0x48A && c <= 0x52F) return true;
            if (c >= 0x5D0 && c <= 0x5EA) return true;
            if (c >= 0x620 && c <= 0x64A) return true;
            if (c >= 0x4E00 && c <= 0x9FFF) return true;
            if (c >= 0x3040 && c <= 0x30FF) return c != 0x30FB && !(c >= 0x3099 && c <= 0x309C) && c != 0x30A0;
            if (c >= 0xAC00 && c <= 0xD7A3) return true;
            return false;
        }

        public static bool IsLetterOrDigit(char c) => IsLetter(c) || IsDigit(c);

        public static bool IsWhiteSpace(char c) =>
            c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u0085' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a')
            || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';

        public static bool IsControl(char c) => c < 0x20 || (c >= 0x7F && c < 0xA0);
        public static bool IsSeparator(char c) => c == ' ' || c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';

        public static bool IsPunctuation(char c)
        {
            if (c < 0x80)
                return (c >= '!' && c <= '#') || (c >= '%' && c <= '*') || (c >= ',' && c <= '/') || c == ':' || c == ';'
                    || c == '?' || c == '@' || (c >= '[' && c <= ']') || c == '_' || c == '{' || c == '}';
            return c == 0xA1 || c == 0xA7 || c == 0xAB || c == 0xB6 || c == 0xB7 || c == 0xBB || c == 0xBF || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E);
        }

        public static bool IsSymbol(char c)
        {
            if (c < 0x80) return c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' || c == '|' || c == '~';
            return (c >= 0xA2 && c <= 0xA6) || c == 0xA8 || c == 0xA9 || c == 0xAC || (c >= 0xAE && c <= 0xB1) || c == 0xB4 || c == 0xB8 || c == 0xD7 || c == 0xF7
                || (c >= 0x20A0 && c <= 0x20C0) || (c >= 0x2190 && c <= 0x23FF) || (c >= 0x2500 && c <= 0x27BF);
        }

        public static bool IsHighSurrogate(char c) => c >= 0xD800 && c <= 0xDBFF;
        public static bool IsLowSurrogate(char c) => c >= 0xDC00 && c <= 0xDFFF;
        public static bool IsSurrogate(char c) => c >= 0xD800 && c <= 0xDFFF;
        public static bool IsSurrogatePair(char high, char low) => IsHighSurrogate(high) && IsLowSurrogate(low);
        public static int ConvertToUtf32(char highSurrogate, char lowSurrogate) => ((highSurrogate - 0xD800) << 10) + (lowSurrogate - 0xDC00) + 0x10000;
        public static string ConvertFromUtf32(int utf32)
        {
            if (utf32 < 0 || utf32 > 0x10FFFF || (utf32 >= 0xD800 && utf32 <= 0xDFFF)) throw new ArgumentOutOfRangeException("utf32", "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).");
            if (utf32 < 0x10000) return new string((char)utf32, 1);
            utf32 -= 0x10000;
            return new string(new char[] { (char)(0xD800 + (utf32 >> 10)), (char)(0xDC00 + (utf32 & 0x3FF)) });
        }

        public static double GetNumericValue(char c)
        {
            int d = DigitValue(c);
            if (d >= 0) return d;
            switch (c)
            {
                case '\u00B2': return 2;
                case '\u00B3': return 3;
                case '\u00B9': return 1;
                case '\u00BC': return 0.25;
                case '\u00BD': return 0.5;
                case '\u00BE': return 0.75;
            }
            if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
            return -1;
        }
        public static double GetNumericValue(string s, int index) => GetNumericValue(s[index]);

        public static bool IsDigit(string s, int index) => IsDigit(s[index]);
        public static bool IsLetter(string s, int index) => IsLetter(s[index]);
        public static bool IsWhiteSpace(string s, int index) => IsWhiteSpace(s[index]);
        public static bool IsUpper(string s, int index) => IsUpper(s[index]);
        public static bool IsLower(string s, int index) => IsLower(s[index]);
        public static bool IsLetterOrDigit(string s, int index) => IsLetterOrDigit(s[index]);
        public static bool IsPunctuation(string s, int index) => IsPunctuation(s[index]);

        public static char ToUpperInvariant(char c)
        {
            if (c < 0x80) return (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 32) : c;
            if (c < 0x100)
            {
                if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return (char)(c - 32);
                if (c == 0xFF) return '\u0178';
                if (c == 0xB5) return '\u039C';
                return c;
            }
            if (c <= 0x17F && IsLower(c) && c != 0x131 && c != 0x17F) return (char)(c - 1);
            if (c == 0x131) return 'I';
            if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) return (char)(c - 32);
            if (c == 0x3C2) return '\u03A3';
            if (c >= 0x430 && c <= 0x44F) return (char)(c - 32);
            if (c >= 0x450 && c <= 0x45F) return (char)(c - 80);
            return c;
        }

        public static char ToLowerInvariant(char c)
        {
            if (c < 0x80) return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c + 32) : c;
            if (c < 0x100) return c >= 0xC0 && c <= 0xDE && c != 0xD7 ? (char)(c + 32) : c;
            if (c == 0x130) return 'i';
            if (c == 0x178) return '\u00FF';
            if (c <= 0x17F && IsUpper(c)) return (char)(c + 1);
            if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return (char)(c + 32);
            if (c >= 0x410 && c <= 0x42F) return (char)(c + 32);
            if (c >= 0x400 && c <= 0x40F) return (char)(c + 80);
            return c;
        }

        public static char ToUpper(char c) => ToUpperInvariant(c);
        public static char ToLower(char c) => ToLowerInvariant(c);
        public static char ToUpper(char c, CultureInfo culture) => ToUpperInvariant(c);
        public static char ToLower(char c, CultureInfo culture) => ToLowerInvariant(c);
    }
}
