// UTF-8, ASCII, Latin-1 and UTF-16 (little endian) with .NET's replacement behaviour: invalid UTF-16 (a lone
// surrogate) encodes as U+FFFD, invalid UTF-8 decodes to U+FFFD per maximal bad subsequence, ASCII maps what it
// cannot represent to '?'.
namespace System.Text
{
    public abstract class Encoding
    {
        private static readonly Encoding s_utf8 = new UTF8Encoding(true);
        private static readonly Encoding s_ascii = new ASCIIEncoding();
        private static readonly Encoding s_unicode = new UnicodeEncoding();
        private static readonly Encoding s_latin1 = new Latin1Encoding();

        public static Encoding UTF8 => s_utf8;
        public static Encoding ASCII => s_ascii;
        public static Encoding Unicode => s_unicode;
        public static Encoding Latin1 => s_latin1;
        public static Encoding Default => s_utf8;

        public abstract string WebName { get; }
        public virtual string EncodingName => WebName;
        public virtual int CodePage => 0;

        public abstract int GetByteCount(char[] chars, int index, int count);
        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex);
        public abstract int GetCharCount(byte[] bytes, int index, int count);
        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);
        public abstract int GetMaxByteCount(int charCount);
        public abstract int GetMaxCharCount(int byteCount);

        public virtual byte[] GetPreamble() => new byte[0];

        public virtual int GetByteCount(string s)
        {
            if (s == null) ThrowHelpers.ThrowArgumentNull("s");
            char[] c = s.ToCharArray();
            return GetByteCount(c, 0, c.Length);
        }
        public virtual int GetByteCount(char[] chars)
        {
            if (chars == null) ThrowHelpers.ThrowArgumentNull("chars");
            return GetByteCount(chars, 0, chars.Length);
        }
        public virtual byte[] GetBytes(string s)
        {
            if (s == null) ThrowHelpers.ThrowArgumentNull("s");
            return GetBytes(s.ToCharArray());
        }
        public virtual byte[] GetBytes(char[] chars)
        {
            if (chars == null) ThrowHelpers.ThrowArgumentNull("chars");
            return GetBytes(chars, 0, chars.Length);
        }
        public virtual byte[] GetBytes(char[] chars, int index, int count)
        {
            byte[] b = new byte[GetByteCount(chars, index, count)];
            GetBytes(chars, index, count, b, 0);
            return b;
        }
        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
            GetBytes(s.ToCharArray(), charIndex, charCount, bytes, byteIndex);
        public virtual int GetCharCount(byte[] bytes)
        {
            if (bytes == null) ThrowHelpers.ThrowArgumentNull("bytes");
            return GetCharCount(bytes, 0, bytes.Length);
        }
        public virtual char[] GetChars(byte[] bytes)
        {
            if (bytes == null) ThrowHelpers.ThrowArgumentNull("bytes");
            return GetChars(bytes, 0, bytes.Length);
        }
        public virtual char[] GetChars(byte[] bytes, int index, int count)
        {
            char[] c = new char[GetCharCount(bytes, index, count)];
            GetChars(bytes, index, count, c, 0);
            return c;
        }
        public virtual string GetString(byte[] bytes)
        {
            if (bytes == null) ThrowHelpers.ThrowArgumentNull("bytes");
            return GetString(bytes, 0, bytes.Length);
        }
        public virtual string GetString(byte[] bytes, int index, int count) => new string(GetChars(bytes, index, count));
        public string GetString(ReadOnlySpan<byte> bytes) => GetString(bytes.ToArray());
        public int GetByteCount(ReadOnlySpan<char> chars) => GetByteCount(chars.ToArray());

        internal static void CheckRange(int length, int index, int count)
        {
            if (index < 0 || count < 0) ThrowHelpers.ThrowArgumentOutOfRange(index < 0 ? "index" : "count");
            if (length - index < count) ThrowHelpers.ThrowArgumentOutOfRange("count");
        }
    }

    public class UTF8Encoding : Encoding
    {
        private readonly bool _bom;
        public UTF8Encoding() : this(false) { }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier) { _bom = encoderShouldEmitUTF8Identifier; }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier, bool throwOnInvalidBytes) : this(encoderShouldEmitUTF8Identifier) { }

        public override string WebName => "utf-8";
        public override string EncodingName => "Unicode (UTF-8)";
        public override int CodePage => 65001;
        public override byte[] GetPreamble() => _bom ? new byte[] { 0xEF, 0xBB, 0xBF } : new byte[0];
        public override int GetMaxByteCount(int charCount) => (charCount + 1) * 3;
        public override int GetMaxCharCount(int byteCount) => byteCount + 1;

        // The code point at chars[i] (a valid pair counts as one; a lone surrogate is U+FFFD), advancing i.
        private static uint NextCodePoint(char[] chars, ref int i, int end)
        {
            uint c = chars[i++];
            if (c >= 0xD800 && c <= 0xDBFF && i < end && chars[i] >= 0xDC00 && chars[i] <= 0xDFFF)
                return 0x10000 + ((c - 0xD800) << 10) + (uint)(chars[i++] - 0xDC00);
            if (c >= 0xD800 && c <= 0xDFFF) return 0xFFFD;
            return c;
        }

        private static int Utf8Length(uint cp) => cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;

        public override int GetByteCount(char[] chars, int index, int count)
        {
            CheckRange(chars.Length, index, count);
            int n = 0, i = index, end = index + count;
            while (i < end) n += Utf8Length(NextCodePoint(chars, ref i, end));
            return n;
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            CheckRange(chars.Length, charIndex, charCount);
            int i = charIndex, end = charIndex + charCount, o = byteIndex;
            while (i < end)
            {
                uint cp = NextCodePoint(chars, ref i, end);
                if (o + Utf8Length(cp) > bytes.Length) ThrowHelpers.ThrowArgument("The output byte buffer is too small to contain the encoded data, encoding codepage '65001' and fallback 'System.Text.EncoderReplacementFallback'.");
                if (cp < 0x80) bytes[o++] = (byte)cp;
                else if (cp < 0x800) { bytes[o++] = (byte)(0xC0 | (cp >> 6)); bytes[o++] = (byte)(0x80 | (cp & 0x3F)); }
                else if (cp < 0x10000)
                {
                    bytes[o++] = (byte)(0xE0 | (cp >> 12)); bytes[o++] = (byte)(0x80 | ((cp >> 6) & 0x3F)); bytes[o++] = (byte)(0x80 | (cp & 0x3F));
                }
                else
                {
                    bytes[o++] = (byte)(0xF0 | (cp >> 18)); bytes[o++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                    bytes[o++] = (byte)(0x80 | ((cp >> 6) & 0x3F)); bytes[o++] = (byte)(0x80 | (cp & 0x3F));
                }
            }
            return o - byteIndex;
        }

        // Decodes one sequence at bytes[i]: the code point, or 0xFFFD for a maximal invalid subsequence.
        private static uint NextScalar(byte[] bytes, ref int i, int end)
        {
            uint b = bytes[i++];
            if (b < 0x80) return b;
            int need; uint cp; uint min;
            if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; min = 0x80; }
            else if (b >= 0xE0 && b <= 0xEF) { need = 2; cp = b & 0x0F; min = 0x800; }
            else if (b >= 0xF0 && b <= 0xF4) { need = 3; cp = b & 0x07; min = 0x10000; }
            else return 0xFFFD;
            for (int k = 0; k < need; k++)
            {
                if (i >= end) return 0xFFFD;
                uint c = bytes[i];
                // The second byte's allowed range excludes overlongs, surrogates and values past U+10FFFF.
                uint lo = 0x80, hi = 0xBF;
                if (k == 0)
                {
                    if (b == 0xE0) lo = 0xA0;
                    else if (b == 0xED) hi = 0x9F;
                    else if (b == 0xF0) lo = 0x90;
                    else if (b == 0xF4) hi = 0x8F;
                }
                if (c < lo || c > hi) return 0xFFFD;
                cp = (cp << 6) | (c & 0x3F);
                i++;
            }
            return cp < min ? 0xFFFD : cp;
        }

        public override int GetCharCount(byte[] bytes, int index, int count)
        {
            CheckRange(bytes.Length, index, count);
            int n = 0, i = index, end = index + count;
            while (i < end) n += NextScalar(bytes, ref i, end) >= 0x10000 ? 2 : 1;
            return n;
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            CheckRange(bytes.Length, byteIndex, byteCount);
            int i = byteIndex, end = byteIndex + byteCount, o = charIndex;
            while (i < end)
            {
                uint cp = NextScalar(bytes, ref i, end);
                if (cp >= 0x10000)
                {
                    cp -= 0x10000;
                    chars[o++] = (char)(0xD800 + (cp >> 10));
                    chars[o++] = (char)(0xDC00 + (cp & 0x3FF));
                }
                else chars[o++] = (char)cp;
            }
            return o - charIndex;
        }
    }

    public class ASCIIEncoding : Encoding
    {
        public override string WebName => "us-ascii";
        public override string EncodingName => "US-ASCII";
        public override int CodePage => 20127;
        public override int GetMaxByteCount(int charCount) => charCount + 1;
        public override int GetMaxCharCount(int byteCount) => byteCount;

        // A surrogate pair is one character that cannot be encoded: one '?'.
        public override int GetByteCount(char[] chars, int index, int count)
        {
            CheckRange(chars.Length, index, count);
            int n = 0;
            for (int i = index; i < index + count; i++, n++)
                if (char.IsHighSurrogate(chars[i]) && i + 1 < index + count && char.IsLowSurrogate(chars[i + 1])) i++;
            return n;
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            CheckRange(chars.Length, charIndex, charCount);
            int o = byteIndex;
            for (int i = charIndex; i < charIndex + charCount; i++)
            {
                char c = chars[i];
                if (char.IsHighSurrogate(c) && i + 1 < charIndex + charCount && char.IsLowSurrogate(chars[i + 1])) i++;
                bytes[o++] = c < 0x80 ? (byte)c : (byte)'?';
            }
            return o - byteIndex;
        }

        public override int GetCharCount(byte[] bytes, int index, int count) { CheckRange(bytes.Length, index, count); return count; }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            CheckRange(bytes.Length, byteIndex, byteCount);
            for (int i = 0; i < byteCount; i++)
            {
                byte b = bytes[byteIndex + i];
                chars[charIndex + i] = b < 0x80 ? (char)b : '\uFFFD';
            }
            return byteCount;
        }
    }

    internal sealed class Latin1Encoding : Encoding
    {
        public override string WebName => "iso-8859-1";
        public override string EncodingName => "Western European (ISO)";
        public override int CodePage => 28591;
        public override int GetMaxByteCount(int charCount) => charCount + 1;
        public override int GetMaxCharCount(int byteCount) => byteCount;
        public override int GetByteCount(char[] chars, int index, int count)
        {
            CheckRange(chars.Length, index, count);
            int n = 0;
            for (int i = index; i < index + count; i++, n++)
                if (char.IsHighSurrogate(chars[i]) && i + 1 < index + count && char.IsLowSurrogate(chars[i + 1])) i++;
            return n;
        }
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            CheckRange(chars.Length, charIndex, charCount);
            int o = byteIndex;
            for (int i = charIndex; i < charIndex + charCount; i++)
            {
                char c = chars[i];
                if (char.IsHighSurrogate(c) && i + 1 < charIndex + charCount && char.IsLowSurrogate(chars[i + 1])) i++;
                bytes[o++] = c <= 0xFF ? (byte)c : (byte)'?';
            }
            return o - byteIndex;
        }
        public override int GetCharCount(byte[] bytes, int index, int count) { CheckRange(bytes.Length, index, count); return count; }
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            CheckRange(bytes.Length, byteIndex, byteCount);
            for (int i = 0; i < byteCount; i++) chars[charIndex + i] = (char)bytes[byteIndex + i];
            return byteCount;
        }
    }

    public class UnicodeEncoding : Encoding
    {
        public override string WebName => "utf-16";
        public override string EncodingName => "Unicode";
        public override int CodePage => 1200;
        public override byte[] GetPreamble() => new byte[] { 0xFF, 0xFE };
        public override int GetMaxByteCount(int charCount) => (charCount + 1) * 2;
        public override int GetMaxCharCount(int byteCount) => byteCount / 2 + 2;
        public override int GetByteCount(char[] chars, int index, int count) { CheckRange(chars.Length, index, count); return count * 2; }
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            CheckRange(chars.Length, charIndex, charCount);
            for (int i = 0; i < charCount; i++)
            {
                char c = chars[charIndex + i];
                bytes[byteIndex + 2 * i] = (byte)c;
                bytes[byteIndex + 2 * i + 1] = (byte)(c >> 8);
            }
            return charCount * 2;
        }
        public override int GetCharCount(byte[] bytes, int index, int count) { CheckRange(bytes.Length, index, count); return (count + 1) / 2; }
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            CheckRange(bytes.Length, byteIndex, byteCount);
            int n = byteCount / 2;
            for (int i = 0; i < n; i++) chars[charIndex + i] = (char)(bytes[byteIndex + 2 * i] | (bytes[byteIndex + 2 * i + 1] << 8));
            if ((byteCount & 1) != 0) chars[charIndex + n++] = '\uFFFD';
            return n;
        }
    }
}
