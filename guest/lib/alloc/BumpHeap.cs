using Kiln.Runtime;

namespace Kiln.Alloc
{
    // Option alloc.allocator=bump: one pointer moves up through the heap and nothing is freed. The platform hands
    // over zero-filled memory, so cells need no clearing.
    internal static unsafe class BumpHeap
    {
        private static byte* s_base;
        private static byte* s_next;
        private static byte* s_limit;

        public static void Initialize(byte* heapBase, nuint size)
        {
            s_base = heapBase;
            s_next = (byte*)(((nuint)heapBase + 15) & ~(nuint)15);
            s_limit = heapBase + size;
        }

        public static nuint Used => (nuint)(s_next - s_base);

        public static byte* Allocate(nuint size)
        {
            size = (size + 7) & ~(nuint)7;
            byte* p = s_next;
            if (size > (nuint)(s_limit - p))
            {
                HeapStatistics stats;
                stats.Requested = size;
                stats.HeapBytes = (nuint)(s_limit - s_base);
                stats.LiveBytes = Used;
                stats.LargestFree = (nuint)(s_limit - p);
                stats.Collections = 0;
                stats.Allocator = "bump";
                Panic.OutOfMemory(ref stats);
            }
            s_next = p + size;
            return p;
        }
    }
}
