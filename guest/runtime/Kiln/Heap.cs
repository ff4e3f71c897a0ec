namespace Kiln.Runtime
{
    // The single allocation entry point of the runtime. Everything that needs managed memory calls
    // Heap.Allocate; the strategy behind it (today a bump allocator, later a collector) is private here.
    internal static unsafe class Heap
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
        public static nuint Size => (nuint)(s_limit - s_base);

        // Returns size bytes of zeroed memory aligned to 8. Out of memory is fatal.
        public static void* Allocate(nuint size)
        {
            size = (size + 7) & ~(nuint)7;
            byte* p = s_next;
            if (size > (nuint)(s_limit - p)) Panic.OutOfMemory(size);
            s_next = p + size;
            return p; // the platform hands over zero-filled memory and nothing is ever freed
        }
    }
}
