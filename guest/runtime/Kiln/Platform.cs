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

        // Ends the image with status & 255, reported to the host as an exit (docs/boot.md). Never returns.
        [RuntimeImport("*", "kiln_plat_exit")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Exit(int status);

        // Ends the image after a panic report, reported to the host as a panic (status 101). Never returns;
        // MUST NOT allocate.
        [RuntimeImport("*", "kiln_plat_abort")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Abort();
    }

    // The platform's clocks (docs/platform.md), for the time and sched libs and Environment.TickCount64.
    internal static class Clock
    {
        // Nanoseconds from a point at or before the image's start; never goes back. Does not allocate.
        [RuntimeImport("*", "kiln_plat_monotonic_ns")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long MonotonicNs();

        // Nanoseconds since 1970-01-01T00:00:00Z. Does not allocate.
        [RuntimeImport("*", "kiln_plat_wall_ns")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long WallNs();
    }

    // Proleptic Gregorian dates as days since 1970-01-01 and back (Howard Hinnant's algorithms): for DateTime and
    // the kvm platform's RTC.
    internal static class Calendar
    {
        public static long DaysFromCivil(int year, int month, int day)
        {
            long y = year - (month <= 2 ? 1 : 0);
            long era = (y >= 0 ? y : y - 399) / 400;
            long yoe = y - era * 400;
            long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
            long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
            return era * 146097 + doe - 719468;
        }

        public static void CivilFromDays(long days, out int year, out int month, out int day)
        {
            long z = days + 719468;
            long era = (z >= 0 ? z : z - 146096) / 146097;
            long doe = z - era * 146097;
            long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
            long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
            long mp = (5 * doy + 2) / 153;
            day = (int)(doy - (153 * mp + 2) / 5 + 1);
            month = (int)(mp < 10 ? mp + 3 : mp - 9);
            year = (int)(yoe + era * 400 + (month <= 2 ? 1 : 0));
        }
    }

    // Handed by the platform to Startup.Run. Everything in it stays valid for the life of the image.
    internal unsafe struct BootInfo
    {
        public byte* HeapBase;      // one contiguous, writable region for the managed heap
        public nuint HeapSize;
        public bool HeapZeroed;     // true when it is known to hold only zeros (else a BIOS may have left data in it)
        public int Argc;            // argv[0] is the image name
        public byte** Argv;         // NUL-terminated UTF-8 strings
        public byte** Envp;         // NUL-terminated "KEY=VALUE" strings, null-terminated array; may be null
        public byte* Platform;      // NUL-terminated platform name, e.g. "kvm"
        public byte* StackTop;      // highest address of the boot stack, bounds backtrace scans
    }
}
