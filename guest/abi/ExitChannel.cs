// Shared by the host (kiln run reads how the image ended) and the platforms (the image says it): both compile this
// very file. It uses nothing beyond Span and bytes, which both the BCL and Kiln's runtime have.
using System;

namespace Kiln.Abi
{
    // How an image reports its end (docs/boot.md, "Exit status"). Before it stops, the image writes one status
    // record, "exit <0-255>\n" or "panic\n", to a channel kiln run reads: COM2 on kvm, the file descriptor named
    // by KILN_STATUS_FD on linuxu. A panic ends with PanicStatus, and only the record tells it from `return 101`.
    // On kvm the image then writes the status's low 7 bits to isa-debug-exit (QEMU exits with (v << 1) | 1), the
    // fallback where no record arrives.
    internal static class ExitChannel
    {
        public const ushort StatusPort = 0x2F8;     // COM2
        public const ushort DebugExitPort = 0xF4;   // isa-debug-exit
        public const string StatusFdVariable = "KILN_STATUS_FD";
        public const byte PanicStatus = 101;
        // The console could not be written (a full disk, a closed descriptor): the app's output is lost.
        public const byte ConsoleLostStatus = 74;
        public const int MaxRecord = 16;

        // "exit <status & 255>\n"; returns its length.
        public static int ExitRecord(int status, Span<byte> record)
        {
            int n = Put(record, 0, "exit ");
            int v = status & 0xFF;
            if (v >= 100) record[n++] = (byte)('0' + v / 100);
            if (v >= 10) record[n++] = (byte)('0' + v / 10 % 10);
            record[n++] = (byte)('0' + v % 10);
            record[n++] = (byte)'\n';
            return n;
        }

        public static int PanicRecord(Span<byte> record) => Put(record, 0, "panic\n");

        // The first record in what the channel delivered; false when there is none.
        public static bool TryParse(ReadOnlySpan<byte> channel, out int status, out bool panicked)
        {
            status = 0;
            panicked = Starts(channel, "panic\n");
            if (panicked) { status = PanicStatus; return true; }
            if (!Starts(channel, "exit ")) return false;
            int i = 5, v = 0;
            while (i < channel.Length && i < 8 && channel[i] >= (byte)'0' && channel[i] <= (byte)'9') v = v * 10 + channel[i++] - '0';
            if (i == 5 || i == channel.Length || channel[i] != (byte)'\n' || v > 255) return false;
            status = v;
            return true;
        }

        private static int Put(Span<byte> to, int at, string s)
        {
            for (int i = 0; i < s.Length; i++) to[at++] = (byte)s[i];
            return at;
        }

        private static bool Starts(ReadOnlySpan<byte> channel, string s)
        {
            if (channel.Length < s.Length) return false;
            for (int i = 0; i < s.Length; i++) if (channel[i] != (byte)s[i]) return false;
            return true;
        }
    }
}
