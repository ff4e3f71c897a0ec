namespace Kiln.Runtime
{
    // UTF-8 for the runtime and libs: argv and the command line arrive in it, the console speaks it.
    internal static unsafe class Utf8
    {
        // Encodes the code point starting at s[i] (advancing i past a surrogate pair) through put.
        public static void EncodeChar(string s, ref int i, delegate*<byte, void> put)
        {
            uint cp = s[i];
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < s.Length && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF)
            {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (uint)(s[i + 1] - 0xDC00);
                i++;
            }
            else if (cp >= 0xD800 && cp <= 0xDFFF)
            {
                cp = 0xFFFD;
            }
            if (cp < 0x80) put((byte)cp);
            else if (cp < 0x800) { put((byte)(0xC0 | (cp >> 6))); put((byte)(0x80 | (cp & 0x3F))); }
            else if (cp < 0x10000)
            {
                put((byte)(0xE0 | (cp >> 12))); put((byte)(0x80 | ((cp >> 6) & 0x3F))); put((byte)(0x80 | (cp & 0x3F)));
            }
            else
            {
                put((byte)(0xF0 | (cp >> 18))); put((byte)(0x80 | ((cp >> 12) & 0x3F)));
                put((byte)(0x80 | ((cp >> 6) & 0x3F))); put((byte)(0x80 | (cp & 0x3F)));
            }
        }

        // Invalid sequences become U+FFFD, as .NET's decoder does.
        public static string Decode(byte* p, int n)
        {
            char[] chars = new char[n]; // never more UTF-16 units than UTF-8 bytes
            int count = 0;
            for (int i = 0; i < n; )
            {
                uint b = p[i];
                uint cp; int len;
                if (b < 0x80) { cp = b; len = 1; }
                else if ((b & 0xE0) == 0xC0) { cp = b & 0x1F; len = 2; }
                else if ((b & 0xF0) == 0xE0) { cp = b & 0x0F; len = 3; }
                else if ((b & 0xF8) == 0xF0) { cp = b & 0x07; len = 4; }
                else { cp = 0xFFFD; len = 1; }
                if (len > 1)
                {
                    if (i + len > n) { cp = 0xFFFD; len = 1; }
                    else
                    {
                        for (int k = 1; k < len; k++)
                        {
                            if ((p[i + k] & 0xC0) != 0x80) { cp = 0xFFFD; len = 1; break; }
                            cp = (cp << 6) | (uint)(p[i + k] & 0x3F);
                        }
                    }
                }
                i += len;
                if (cp >= 0x10000)
                {
                    cp -= 0x10000;
                    chars[count++] = (char)(0xD800 + (cp >> 10));
                    chars[count++] = (char)(0xDC00 + (cp & 0x3FF));
                }
                else chars[count++] = (char)cp;
            }
            return new string(chars, 0, count);
        }
    }
}
