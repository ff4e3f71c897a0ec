namespace Kiln.Runtime
{
    // Line-buffered UTF-8 console writer. Buffering matters on kvm, where every byte is a port exit.
    internal static unsafe class ConsoleOut
    {
        private const int Capacity = 512;
        private static int s_used;
        private static LineBuffer s_storage;

        private struct LineBuffer { public fixed byte Bytes[Capacity]; }

        private static byte* Buffer
        {
            get
            {
                fixed (byte* p = s_storage.Bytes) return p; // static storage does not move
            }
        }

        public static void Write(string s)
        {
            if (s == null) return;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c < 0x80) Put((byte)c);
                else Utf8.EncodeChar(s, ref i, &Put);
            }
        }

        public static void Write(char c)
        {
            if (c < 0x80) Put((byte)c);
            else Write(new string(c, 1));
        }

        private static void Put(byte b)
        {
            byte* buf = Buffer;
            buf[s_used++] = b;
            if (b == (byte)'\n' || s_used == Capacity) Flush();
        }

        public static void Flush()
        {
            if (s_used == 0) return;
            Platform.ConsoleWrite(Buffer, s_used);
            s_used = 0;
        }

        // For panics: bypasses the buffer's string path and never allocates.
        public static void WriteAscii(byte* text, int length)
        {
            Flush();
            Platform.ConsoleWrite(text, length);
        }
    }
}
