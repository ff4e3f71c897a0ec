using System.Runtime;
using System.Runtime.CompilerServices;

namespace Kiln.Time
{
    // The platform's clocks (docs/platform.md).
    public static class Clock
    {
        // Nanoseconds from an arbitrary start at or before the image's start; never goes back.
        [RuntimeImport("*", "kiln_plat_monotonic_ns")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long MonotonicNs();

        // Nanoseconds since 1970-01-01T00:00:00Z.
        [RuntimeImport("*", "kiln_plat_wall_ns")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long WallNs();

        // Idles the CPU for at least ns nanoseconds.
        [RuntimeImport("*", "kiln_plat_sleep_ns")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void SleepNs(long ns);
    }
}
