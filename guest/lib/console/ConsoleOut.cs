using System.Runtime;
using System.Runtime.CompilerServices;
using Kiln.Runtime;

namespace Internal.Runtime.CompilerHelpers
{
    // Run at start-up in every image that enables this lib (kiln passes ilc --initassembly), whether or not
    // the app calls Console: an enabled lib is part of the image.
    internal static unsafe class LibraryInitializer
    {
        public static void InitializeLibrary() => Kiln.Runtime.Shutdown.Register(&Kiln.Lib.Console.ConsoleOut.Flush);
    }
}

namespace Kiln.Lib.Console
{
    // Buffered UTF-8 console writer, flushed at each newline, when full (option console.buffer-bytes), and by the
    // runtime before the image exits or panics. Buffering matters on kvm, where every write is a port exit.
    internal static unsafe class ConsoleOut
    {
        private const int Capacity = (int)Kiln.Options.Console.BufferBytes;
        private static int s_used;
        private static Storage s_storage;

        private struct Storage { public fixed byte Bytes[Capacity]; }

        private static byte* Buffer => (byte*)Unsafe.AsPointer(ref s_storage.Bytes[0]); // static storage does not move

        // Each call is one critical section, so lines that threads write do not interleave.
        public static void Write(string s, bool newLine = false)
        {
            Kiln.Runtime.Preemption.Disable();
            if (s != null)
            {
                for (int i = 0; i < s.Length; i++)
                {
                    char c = s[i];
                    if (c < 0x80) Put((byte)c);
                    else Utf8.EncodeChar(s, ref i, &Put);
                }
            }
            if (newLine) Put((byte)'\n');
            Kiln.Runtime.Preemption.Enable();
        }

        public static void Write(char c)
        {
            if (c >= 0x80) { Write(new string(c, 1)); return; }
            Kiln.Runtime.Preemption.Disable();
            Put((byte)c);
            Kiln.Runtime.Preemption.Enable();
        }

        private static void Put(byte b)
        {
            Buffer[s_used++] = b;
            if (b == (byte)'\n' || s_used == Capacity) Flush();
        }

        public static void Flush()
        {
            Kiln.Runtime.Preemption.Disable();
            if (s_used != 0)
            {
                Platform.ConsoleWrite(Buffer, s_used);
                s_used = 0;
            }
            Kiln.Runtime.Preemption.Enable();
        }
    }
}
