using System.Runtime.CompilerServices;

namespace System.Threading
{
    // Reads and writes the compiler may neither cache nor reorder: a volatile field does that for each type.
    // x86_64 keeps loads and stores in order (TSO), so no fence instruction is needed.
    public static class Volatile
    {
        private struct VolatileBoolean { public volatile bool Value; }
        private struct VolatileByte { public volatile byte Value; }
        private struct VolatileInt32 { public volatile int Value; }
        private struct VolatileUInt32 { public volatile uint Value; }
        private struct VolatileInt64 { public volatile IntPtr Value; }
        private struct VolatileObject { public volatile object Value; }

        public static bool Read(ref readonly bool location) => Unsafe.As<bool, VolatileBoolean>(ref Unsafe.AsRef(in location)).Value;
        public static byte Read(ref readonly byte location) => Unsafe.As<byte, VolatileByte>(ref Unsafe.AsRef(in location)).Value;
        public static int Read(ref readonly int location) => Unsafe.As<int, VolatileInt32>(ref Unsafe.AsRef(in location)).Value;
        public static uint Read(ref readonly uint location) => Unsafe.As<uint, VolatileUInt32>(ref Unsafe.AsRef(in location)).Value;
        public static long Read(ref readonly long location) => (long)Unsafe.As<long, VolatileInt64>(ref Unsafe.AsRef(in location)).Value;
        public static ulong Read(ref readonly ulong location) => (ulong)(long)Unsafe.As<ulong, VolatileInt64>(ref Unsafe.AsRef(in location)).Value;
        public static T Read<T>(ref readonly T location) where T : class => Unsafe.As<T>(Unsafe.As<T, VolatileObject>(ref Unsafe.AsRef(in location)).Value);

        public static void Write(ref bool location, bool value) => Unsafe.As<bool, VolatileBoolean>(ref location).Value = value;
        public static void Write(ref byte location, byte value) => Unsafe.As<byte, VolatileByte>(ref location).Value = value;
        public static void Write(ref int location, int value) => Unsafe.As<int, VolatileInt32>(ref location).Value = value;
        public static void Write(ref uint location, uint value) => Unsafe.As<uint, VolatileUInt32>(ref location).Value = value;
        public static void Write(ref long location, long value) => Unsafe.As<long, VolatileInt64>(ref location).Value = (IntPtr)value;
        public static void Write(ref ulong location, ulong value) => Unsafe.As<ulong, VolatileInt64>(ref location).Value = (IntPtr)(long)value;
        public static void Write<T>(ref T location, T value) where T : class => Unsafe.As<T, VolatileObject>(ref location).Value = value;
    }
}
