using System.Runtime;
using System.Runtime.CompilerServices;

namespace Kiln.Runtime
{
    // What the runtime imports from the platform layer (guest/plat/*): the whole guest/platform contract,
    // documented in docs/platform.md. Each platform library supplies these symbols.
    internal static unsafe class Platform
    {
        // Writes len bytes to the console. MUST write all of them before returning; MUST NOT allocate.
        [RuntimeImport("*", "kiln_plat_console_write")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void ConsoleWrite(byte* buffer, nint length);

        // Nanoseconds on a clock that never goes back, from an arbitrary start. MUST NOT allocate.
        [RuntimeImport("*", "kiln_plat_monotonic_ns")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long MonotonicNs();

        // Nanoseconds since 1970-01-01T00:00:00Z. MUST NOT allocate.
        [RuntimeImport("*", "kiln_plat_wall_ns")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long WallNs();

        // Blocks the calling CPU for at least ns nanoseconds, idling it (hlt, nanosleep) rather than spinning.
        [RuntimeImport("*", "kiln_plat_sleep_ns")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void SleepNs(long ns);

        // Ends the image with status (0..255 on linuxu; 0..127 reach the host on kvm). Never returns.
        [RuntimeImport("*", "kiln_plat_exit")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Exit(int status);
    }

    // Handed by the platform to Startup.Run. Everything in it stays valid for the life of the image.
    public unsafe struct BootInfo
    {
        public byte* HeapBase;      // one contiguous, writable, zero-filled region for the managed heap
        public nuint HeapSize;
        public int Argc;            // argv[0] is the image name
        public byte** Argv;         // NUL-terminated UTF-8 strings
        public byte** Envp;         // NUL-terminated "KEY=VALUE" strings, null-terminated array; may be null
        public byte* Platform;      // NUL-terminated platform name, e.g. "kvm"
        public byte* StackTop;      // highest address of the boot stack, bounds backtrace scans
    }
}
