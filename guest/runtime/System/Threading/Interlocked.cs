using System.Runtime;
using System.Runtime.CompilerServices;

namespace System.Threading
{
    // Atomic read-modify-write through single locked instructions (guest/arch/x86_64/runtime.S).
    public static unsafe class Interlocked
    {
        [RuntimeImport("*", "kiln_cmpxchg32")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int CmpXchg32(int* location, int value, int comparand);
        [RuntimeImport("*", "kiln_cmpxchg64")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long CmpXchg64(long* location, long value, long comparand);
        [RuntimeImport("*", "kiln_xadd32")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int XAdd32(int* location, int value);
        [RuntimeImport("*", "kiln_xadd64")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long XAdd64(long* location, long value);
        [RuntimeImport("*", "kiln_xchg32")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int Xchg32(int* location, int value);
        [RuntimeImport("*", "kiln_xchg64")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long Xchg64(long* location, long value);

        // Objects never move, so a pointer to a field stays valid for the one instruction that uses it.
        public static int CompareExchange(ref int location1, int value, int comparand) => CmpXchg32((int*)Unsafe.AsPointer(ref location1), value, comparand);
        public static long CompareExchange(ref long location1, long value, long comparand) => CmpXchg64((long*)Unsafe.AsPointer(ref location1), value, comparand);
        public static nint CompareExchange(ref nint location1, nint value, nint comparand) => (nint)CmpXchg64((long*)Unsafe.AsPointer(ref location1), value, comparand);
        public static uint CompareExchange(ref uint location1, uint value, uint comparand) => (uint)CmpXchg32((int*)Unsafe.AsPointer(ref location1), (int)value, (int)comparand);

        public static object CompareExchange(ref object location1, object value, object comparand)
        {
            long v = *(long*)Unsafe.AsPointer(ref value), c = *(long*)Unsafe.AsPointer(ref comparand);
            long old = CmpXchg64((long*)Unsafe.AsPointer(ref location1), v, c);
            return Unsafe.As<long, object>(ref old);
        }

        public static T CompareExchange<T>(ref T location1, T value, T comparand) where T : class =>
            Unsafe.As<T>(CompareExchange(ref Unsafe.As<T, object>(ref location1), value, comparand));

        public static int Exchange(ref int location1, int value) => Xchg32((int*)Unsafe.AsPointer(ref location1), value);
        public static long Exchange(ref long location1, long value) => Xchg64((long*)Unsafe.AsPointer(ref location1), value);
        public static nint Exchange(ref nint location1, nint value) => (nint)Xchg64((long*)Unsafe.AsPointer(ref location1), value);

        public static object Exchange(ref object location1, object value)
        {
            long v = *(long*)Unsafe.AsPointer(ref value);
            long old = Xchg64((long*)Unsafe.AsPointer(ref location1), v);
            return Unsafe.As<long, object>(ref old);
        }

        public static T Exchange<T>(ref T location1, T value) where T : class =>
            Unsafe.As<T>(Exchange(ref Unsafe.As<T, object>(ref location1), value));

        public static int Add(ref int location1, int value) => XAdd32((int*)Unsafe.AsPointer(ref location1), value) + value;
        public static long Add(ref long location1, long value) => XAdd64((long*)Unsafe.AsPointer(ref location1), value) + value;
        public static int Increment(ref int location) => Add(ref location, 1);
        public static long Increment(ref long location) => Add(ref location, 1);
        public static int Decrement(ref int location) => Add(ref location, -1);
        public static long Decrement(ref long location) => Add(ref location, -1);
        public static long Read(ref readonly long location) => CmpXchg64((long*)Unsafe.AsPointer(ref Unsafe.AsRef(in location)), 0, 0);
        // A locked instruction is a full fence on x86_64.
        public static void MemoryBarrier() => XAdd64((long*)Unsafe.AsPointer(ref s_fence), 0);

        private static long s_fence;
    }
}
