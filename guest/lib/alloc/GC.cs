using System.Runtime.CompilerServices;
using Kiln.Alloc;

namespace System
{
    // System.GC over the configured allocator. There is one generation: every collection is a full one.
    public static class GC
    {
        public static int MaxGeneration => 0;

        public static void Collect() => Heap.Collect();

        public static void Collect(int generation)
        {
            if (generation < 0) throw new ArgumentOutOfRangeException(nameof(generation));
            Heap.Collect();
        }

        public static int CollectionCount(int generation)
        {
            if (generation < 0) throw new ArgumentOutOfRangeException(nameof(generation));
            return (int)Heap.Collections;
        }

        // Bytes in objects that were live at the last collection or allocated since (cell sizes, whole blocks for large objects).
        public static long GetTotalMemory(bool forceFullCollection)
        {
            if (forceFullCollection) Heap.Collect();
            return (long)Heap.LiveBytes;
        }

        public static long GetAllocatedBytesForCurrentThread() => (long)Heap.AllocatedBytes;

        public static long GetTotalAllocatedBytes(bool precise = false) => (long)Heap.AllocatedBytes;

        // The call itself keeps obj on the stack or in a register until here, which is all a conservative scan needs.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void KeepAlive(object obj) { }

        public static void SuppressFinalize(object obj) { }

        public static void ReRegisterForFinalize(object obj) { }
    }
}
