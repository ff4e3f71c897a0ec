using System;
using Kiln.Runtime;

namespace Kiln.Alloc
{
    // Option alloc.allocator=bump: one pointer moves up through the heap and nothing is freed. Memory the platform
    // does not vouch for as zero-filled is cleared ahead of the pointer, 64 KiB at a time.
    internal static unsafe class BumpHeap
    {
        private const nuint ClearChunk = 64 * 1024;
        private static byte* s_base;
        private static byte* s_next;
        private static byte* s_limit;
        private static byte* s_cleared;     // everything below is known to be zero

        public static void Initialize(byte* heapBase, nuint size, bool zeroed)
        {
            s_base = heapBase;
            s_next = (byte*)(((nuint)heapBase + 15) & ~(nuint)15);
            s_limit = heapBase + size;
            s_cleared = zeroed ? s_limit : s_next;
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
            while (s_cleared < s_next)
            {
                nuint chunk = (nuint)(s_limit - s_cleared) < ClearChunk ? (nuint)(s_limit - s_cleared) : ClearChunk;
                Buffer.ZeroMemory(s_cleared, chunk);
                s_cleared += chunk;
            }
            return p;
        }
    }
}
