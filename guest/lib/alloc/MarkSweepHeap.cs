using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;
using Kiln.Runtime;

namespace Kiln.Alloc
{
    // Option alloc.allocator=mark-sweep: a non-moving mark-sweep collector (docs/runtime.md, "Heap").
    //
    // The heap is cut into 8 KiB blocks. A small block serves one size class and is cut into equal cells; an object
    // over 2 KiB takes a run of whole blocks. A descriptor per block says which. Free cells carry a zero MethodTable
    // word and link to the next free cell through their header word. Allocation pops a class's free list, or bumps
    // through a block taken for that class. The heap collects when the bytes allocated since the last collection
    // pass LiveFactor times what survived it (at least MinBudget), or when no block is left, and panics if that was
    // not enough: a collection costs about its live set, so marking stays a quarter of what is allocated while the
    // footprint stays near five live sets. Blocks are taken lowest first, so the footprint follows the live set
    // rather than the heap's size, and the sweep stops at the highest block ever taken. Marking is precise inside
    // objects (ilc's GC descs) and conservative for stacks, registers and static slots: any word that points into a
    // live cell keeps it. Mark bits live in a side bitmap (a bit per 8-byte word of the heap, 16 words per block),
    // so the sweep frees a block with no survivor from its 128 bytes of bits without reading the block itself.
    internal static unsafe class MarkSweepHeap
    {
        private const int BlockShift = 13;
        private const nuint BlockSize = (nuint)1 << BlockShift;
        private const nuint MaxSmall = 2048;
        private const int ClassCount = 24;
        private const int MarkStackBlocks = 4;
        private const uint NotFound = uint.MaxValue;
        private const int MarkWordsPerBlock = (int)(BlockSize / 8 / 64);    // 16 ulongs: a bit per 8-byte word
        private const nuint LiveFactor = 4;
        private const nuint MinBudget = 16 << 20;

        private enum Kind : byte { Free, Small, LargeHead, LargeTail, Reserved }

        private struct Block
        {
            public Kind Kind;
            public byte Class;      // Small: the size class
            public bool Dirty;      // Free: held objects once (or was never known to be zero): clear it before use
            public byte Unused;
            public uint Run;        // LargeHead: blocks in the run; LargeTail: index of the head
        }

        private struct Classes
        {
            public fixed uint CellSize[ClassCount];
            public fixed ulong FreeList[ClassCount];
            public fixed ulong BumpNext[ClassCount];
            public fixed ulong BumpEnd[ClassCount];
            public fixed byte ClassOf[(int)(MaxSmall / 8) + 1];     // indexed by (size + 7) / 8
        }

        // Cell sizes: 8-byte steps for the smallest objects, then about 25% apart.
        private static ReadOnlySpan<ushort> CellSizes =>
            [24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 1024, 1280, 1536, 2048];

        private static Classes s_classes;
        private static byte* s_heap;            // block 0
        private static nuint s_heapBytes;
        private static uint s_blockCount;
        private static uint s_firstUsable;
        private static Block* s_info;
        private static uint s_rover;
        private static nuint* s_markStack;
        private static ulong* s_marks;          // the mark bitmap: bit (address - s_heap) / 8
        private static nuint s_markStackCapacity;
        private static nuint s_markDepth;
        private static bool s_markOverflow;
        private static bool s_collecting;
        private static nuint s_liveBytes;
        private static nuint s_allocatedBytes;
        private static nuint s_collections;
        private static bool s_trace;
        private static nuint s_allocatedAtCollection;
        private static nuint s_budget;
        private static uint s_freeBlocks;       // free blocks after the last collection (or at start)
        private static uint s_highWater;        // one past the highest block ever taken

        public static nuint LiveBytes => s_liveBytes;
        public static nuint AllocatedBytes => s_allocatedBytes;
        public static nuint Collections => s_collections;

        [RuntimeImport("*", "kiln_save_registers")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SaveRegisters(nuint* buffer);

        // zeroed: the platform knows the region holds only zeros. Otherwise every block is cleared when first taken,
        // and the descriptors are written here rather than read as found.
        public static void Initialize(byte* heapBase, nuint size, bool zeroed)
        {
            byte* start = (byte*)(((nuint)heapBase + BlockSize - 1) & ~(BlockSize - 1));
            byte* end = (byte*)(((nuint)heapBase + size) & ~(BlockSize - 1));
            uint blocks = end > start ? (uint)((nuint)(end - start) >> BlockShift) : 0;
            uint infoBlocks = (uint)(((nuint)blocks * (nuint)sizeof(Block) + BlockSize - 1) >> BlockShift);
            uint markBlocks = (uint)(((nuint)blocks * MarkWordsPerBlock * 8 + BlockSize - 1) >> BlockShift);
            if (blocks < infoBlocks + markBlocks + MarkStackBlocks + 8) Panic.FailFast("the heap is too small for the mark-sweep allocator; give the image more memory (--mem)");

            s_heap = start;
            s_blockCount = blocks;
            s_heapBytes = (nuint)blocks << BlockShift;
            s_info = (Block*)start;
            s_marks = (ulong*)(start + ((nuint)infoBlocks << BlockShift));
            if (!zeroed) Buffer.ZeroMemory((byte*)s_marks, (nuint)markBlocks << BlockShift);
            s_markStack = (nuint*)(start + ((nuint)(infoBlocks + markBlocks) << BlockShift));
            s_markStackCapacity = MarkStackBlocks * BlockSize / (nuint)sizeof(nuint);
            s_firstUsable = infoBlocks + markBlocks + MarkStackBlocks;
            for (uint b = 0; b < s_blockCount; b++)
            {
                s_info[b] = default;
                s_info[b].Kind = b < s_firstUsable ? Kind.Reserved : Kind.Free;
                s_info[b].Dirty = !zeroed && b >= s_firstUsable;
            }
            s_rover = s_firstUsable;
            s_freeBlocks = s_blockCount - s_firstUsable;
            SetBudget();
            s_trace = KernelParameters.IsSet("alloc.trace");

            ReadOnlySpan<ushort> sizes = CellSizes;
            int c = 0;
            for (int i = 0; i <= (int)(MaxSmall / 8); i++)
            {
                while (sizes[c] < i * 8) c++;
                s_classes.ClassOf[i] = (byte)c;
            }
            for (int k = 0; k < ClassCount; k++) s_classes.CellSize[k] = sizes[k];
        }

        // Inlined into the allocation helpers: a bump or a free-list pop; a new block, a collection or a large object
        // go through AllocateSlow.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static byte* Allocate(nuint size)
        {
            if (size <= MaxSmall)
            {
                int c = s_classes.ClassOf[(int)((size + 7) >> 3)];
                nuint cellSize = s_classes.CellSize[c];
                byte* cell = (byte*)s_classes.BumpNext[c];
                if (cell + cellSize <= (byte*)s_classes.BumpEnd[c])
                {
                    s_classes.BumpNext[c] = (ulong)(cell + cellSize);
                }
                else
                {
                    cell = (byte*)s_classes.FreeList[c];
                    if (cell == null) return AllocateSlow(c, cellSize);
                    s_classes.FreeList[c] = *(ulong*)cell;
                    Clear(cell, cellSize);
                }
                s_liveBytes += cellSize;
                s_allocatedBytes += cellSize;
                return cell;
            }
            return AllocateLarge(size);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static byte* AllocateSlow(int c, nuint cellSize)
        {
            byte* cell = RefillAndAllocate(c, cellSize);
            s_liveBytes += cellSize;
            s_allocatedBytes += cellSize;
            return cell;
        }

        private static void Clear(byte* cell, nuint size)
        {
            if (size > 256) { Buffer.ZeroMemory(cell, size); return; }
            nuint* w = (nuint*)cell;
            for (nuint i = 0; i < size / 8; i++) w[i] = 0;
        }

        // The class has no free cell and its bump block is used up: take a new block, collecting first if none is left.
        private static byte* RefillAndAllocate(int c, nuint cellSize)
        {
            uint b = OverBudget() ? NotFound : FindFreeRun(1);
            if (b == NotFound)
            {
                Collect();
                byte* cell = (byte*)s_classes.FreeList[c];
                if (cell != null)
                {
                    s_classes.FreeList[c] = *(ulong*)cell;
                    Clear(cell, cellSize);
                    return cell;
                }
                b = FindFreeRun(1);
                if (b == NotFound) OutOfMemory(cellSize);
            }
            TakeRun(b, 1);
            s_info[b].Kind = Kind.Small;
            s_info[b].Class = (byte)c;
            byte* block = BlockAddress(b);
            s_classes.BumpNext[c] = (ulong)(block + cellSize);
            s_classes.BumpEnd[c] = (ulong)(block + BlockSize / cellSize * cellSize);
            return block;
        }

        private static byte* AllocateLarge(nuint size)
        {
            if (size > s_heapBytes) OutOfMemory(size);
            uint n = (uint)((size + BlockSize - 1) >> BlockShift);
            uint b = OverBudget() ? NotFound : FindFreeRun(n);
            if (b == NotFound)
            {
                Collect();
                b = FindFreeRun(n);
                if (b == NotFound) OutOfMemory(size);
            }
            TakeRun(b, n);
            s_info[b].Kind = Kind.LargeHead;
            s_info[b].Run = n;
            for (uint i = 1; i < n; i++) { s_info[b + i].Kind = Kind.LargeTail; s_info[b + i].Run = b; }
            nuint bytes = (nuint)n << BlockShift;
            s_liveBytes += bytes;
            s_allocatedBytes += bytes;
            return BlockAddress(b);
        }

        // LiveFactor live sets (at least MinBudget), but never more than three quarters of the free blocks: a heap
        // that waits until it is full leaves a large object only the scattered single blocks that the collection
        // freed (a non-moving heap cannot join them), where collecting with a quarter still free keeps runs whole.
        // The cap makes collections at most 4/3 as frequent as collecting only when the heap is full.
        private static void SetBudget()
        {
            nuint budget = s_liveBytes * LiveFactor > MinBudget ? s_liveBytes * LiveFactor : MinBudget;
            nuint free = (nuint)s_freeBlocks << BlockShift;
            nuint cap = free - free / 4;
            s_budget = budget < cap ? budget : cap;
        }

        private static bool OverBudget() => s_allocatedBytes - s_allocatedAtCollection >= s_budget;

        private static byte* BlockAddress(uint b) => s_heap + ((nuint)b << BlockShift);

        // Next fit: the first run of n free blocks at or after the rover, wrapping around once.
        private static uint FindFreeRun(uint n)
        {
            uint found = FindFreeRun(n, s_rover, s_blockCount);
            if (found == NotFound) found = FindFreeRun(n, s_firstUsable, s_rover + n - 1 < s_blockCount ? s_rover + n - 1 : s_blockCount);
            if (found != NotFound) s_rover = found + n;
            return found;
        }

        private static uint FindFreeRun(uint n, uint from, uint to)
        {
            uint run = 0;
            for (uint b = from; b < to; b++)
            {
                if (s_info[b].Kind != Kind.Free) { run = 0; continue; }
                if (++run == n) return b + 1 - n;
            }
            return NotFound;
        }

        private static void TakeRun(uint b, uint n)
        {
            if (b + n > s_highWater) s_highWater = b + n;
            for (uint i = b; i < b + n; i++)
            {
                if (!s_info[i].Dirty) continue;
                Buffer.ZeroMemory(BlockAddress(i), BlockSize);
                s_info[i].Dirty = false;
            }
        }

        private static void OutOfMemory(nuint requested)
        {
            uint best = 0, run = 0;
            for (uint b = s_firstUsable; b < s_blockCount; b++)
            {
                run = s_info[b].Kind == Kind.Free ? run + 1 : 0;
                if (run > best) best = run;
            }
            HeapStatistics stats;
            stats.Requested = requested;
            stats.HeapBytes = s_heapBytes;
            stats.LiveBytes = s_liveBytes;
            stats.LargestFree = (nuint)best << BlockShift;
            stats.Collections = s_collections;
            stats.Allocator = "mark-sweep";
            Panic.OutOfMemory(ref stats);
        }

        public static void Collect()
        {
            if (s_collecting) Panic.FailFast("the collector allocated while collecting");
            s_collecting = true;
            // Cells past a class's bump pointer are zero, so the sweep turns them into free-list cells.
            for (int c = 0; c < ClassCount; c++) s_classes.BumpNext[c] = s_classes.BumpEnd[c] = 0;
            nuint before = s_liveBytes;
            Mark();
            Sweep();
            s_collections++;
            s_allocatedAtCollection = s_allocatedBytes;
            SetBudget();
            s_rover = s_firstUsable;
            s_collecting = false;
            if (s_trace) Report(before);
        }

        // Kernel parameter alloc.trace: "gc: #<n> live <before> -> <after> bytes, <free> of <total> blocks free".
        private static void Report(nuint before)
        {
            uint free = 0;
            for (uint b = s_firstUsable; b < s_blockCount; b++) if (s_info[b].Kind == Kind.Free) free++;
            var w = new PanicWriter();
            w.Append("gc: #");
            w.AppendDecimal(s_collections);
            w.Append(" live ");
            w.AppendDecimal(before);
            w.Append(" -> ");
            w.AppendDecimal(s_liveBytes);
            w.Append(" bytes, ");
            w.AppendDecimal(free);
            w.Append(" of ");
            w.AppendDecimal(s_blockCount - s_firstUsable);
            w.Append(" blocks free\n");
            w.Flush();
        }

        private static void Mark()
        {
            s_markDepth = 0;
            s_markOverflow = false;
            Modules.ForEachStaticRoot(&MarkStaticSlot);
            ScanStack();
            Drain();
            // A full mark stack dropped the children of some marked objects: trace every marked object again.
            while (s_markOverflow)
            {
                s_markOverflow = false;
                RetraceMarked();
                Drain();
            }
        }

        private static void MarkStaticSlot(nint* slot) => MarkConservative((nuint)(*slot));

        // Everything between this frame and the top of the running thread's stack, with the callee-saved registers
        // spilled into it; then the other threads' stacks, whose registers (and thread statics) their context switch
        // left on them; then the running thread's TLS data, whose slot holds the object with its thread statics.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void ScanStack()
        {
            nuint* registers = stackalloc nuint[6];
            SaveRegisters(registers);
            ScanRange((nuint)registers, Stacks.CurrentTop);
            if (Stacks.ForEachOtherStack != null) Stacks.ForEachOtherStack(&ScanRange);
            ThreadLocalStorage.VisitRoots(&ScanRange);
        }

        private static void ScanRange(nuint low, nuint high)
        {
            for (nuint* p = (nuint*)((low + 7) & ~(nuint)7); p < (nuint*)high; p++) MarkConservative(*p);
        }

        // A word that may or may not be a reference: it counts when it points into an allocated cell.
        private static void MarkConservative(nuint address)
        {
            nuint offset = address - (nuint)s_heap;
            if (offset >= s_heapBytes) return;
            uint b = (uint)(offset >> BlockShift);
            Block* info = s_info + b;
            byte* cell;
            switch (info->Kind)
            {
                case Kind.Small:
                    nuint size = s_classes.CellSize[info->Class];
                    nuint index = (offset & (BlockSize - 1)) / size;
                    if ((index + 1) * size > BlockSize) return;
                    cell = BlockAddress(b) + index * size;
                    break;
                case Kind.LargeHead:
                    cell = BlockAddress(b);
                    break;
                case Kind.LargeTail:
                    cell = BlockAddress(info->Run);
                    break;
                default:
                    return;
            }
            if (*(nuint*)(cell + 8) == 0) return; // a free cell
            MarkCell(cell);
        }

        // A reference field of a heap object: null, an object in the heap, or a frozen object in the image.
        private static void MarkExact(nuint reference)
        {
            if (reference - (nuint)s_heap >= s_heapBytes) return;
            MarkCell((byte*)reference - 8);
        }

        private static bool IsMarked(byte* cell)
        {
            nuint word = (nuint)(cell - s_heap) >> 3;
            return (s_marks[word >> 6] & (1UL << (int)(word & 63))) != 0;
        }

        private static void MarkCell(byte* cell)
        {
            nuint word = (nuint)(cell - s_heap) >> 3;
            ulong* bits = s_marks + (word >> 6);
            ulong bit = 1UL << (int)(word & 63);
            if ((*bits & bit) != 0) return;
            *bits |= bit;
            if (s_markDepth == s_markStackCapacity) { s_markOverflow = true; return; }
            s_markStack[s_markDepth++] = (nuint)(cell + 8);
        }

        private static void Drain()
        {
            while (s_markDepth > 0) Trace((byte*)s_markStack[--s_markDepth]);
        }

        // Marks what an object refers to, from the GC desc ilc places just below its MethodTable.
        private static void Trace(byte* obj)
        {
            MethodTable* type = *(MethodTable**)obj;
            if (!type->HasPointers) return;
            nuint size = type->BaseSize;
            if (type->HasComponentSize) size += (nuint)(*(uint*)(obj + 8)) * type->ComponentSize;
            nint* desc = (nint*)type - 1;
            nint series = *desc;
            if (series > 0)
            {
                // Each series: (length - object size, offset), stored below the count.
                for (nint i = 1; i <= series; i++)
                {
                    nint* s = desc - 2 * i;
                    nuint* p = (nuint*)(obj + s[1]);
                    nuint* end = (nuint*)((byte*)p + (nuint)(s[0] + (nint)size));
                    for (; p < end; p++) MarkExact(*p);
                }
            }
            else
            {
                // An array of structs with references: a pattern of (references, bytes to skip) repeated per element.
                nuint* p = (nuint*)(obj + desc[-1]);
                nuint* end = (nuint*)(obj + size - 8);
                uint* items = (uint*)(desc - 2);
                while (p < end)
                {
                    for (nint k = 0; k < -series; k++)
                    {
                        uint count = items[-2 * k], skip = items[-2 * k + 1];
                        for (uint j = 0; j < count; j++) MarkExact(*p++);
                        p = (nuint*)((byte*)p + skip);
                    }
                }
            }
        }

        private static void RetraceMarked()
        {
            for (uint b = s_firstUsable; b < s_highWater; b++)
            {
                Block* info = s_info + b;
                if (info->Kind == Kind.Small)
                {
                    nuint size = s_classes.CellSize[info->Class];
                    byte* block = BlockAddress(b);
                    for (byte* cell = block; cell + size <= block + BlockSize; cell += size)
                        if (IsMarked(cell)) Trace(cell + 8);
                }
                else if (info->Kind == Kind.LargeHead && IsMarked(BlockAddress(b)))
                {
                    Trace(BlockAddress(b) + 8);
                }
            }
        }

        private static void Sweep()
        {
            s_liveBytes = 0;
            for (int c = 0; c < ClassCount; c++) s_classes.FreeList[c] = 0;
            uint used = 0;
            for (uint b = s_firstUsable; b < s_highWater; b++)
            {
                Block* info = s_info + b;
                if (info->Kind == Kind.Small)
                {
                    SweepSmall(b, info);
                    if (info->Kind == Kind.Small) used++;
                }
                else if (info->Kind == Kind.LargeHead)
                {
                    uint n = info->Run;
                    ulong* bits = s_marks + (nuint)b * MarkWordsPerBlock;
                    if ((*bits & 1) != 0)
                    {
                        *bits = 0;
                        s_liveBytes += (nuint)n << BlockShift;
                        used += n;
                    }
                    else
                    {
                        for (uint i = b; i < b + n; i++) { s_info[i].Kind = Kind.Free; s_info[i].Dirty = true; }
                    }
                    b += n - 1;
                }
            }
            s_freeBlocks = s_blockCount - s_firstUsable - used;
        }

        // A block with no mark bit set goes back to the free blocks unread (it is cleared when taken again). Otherwise
        // the cells without a mark are threaded, in address order, onto the class's free list; then the bits clear.
        private static void SweepSmall(uint b, Block* info)
        {
            ulong* bits = s_marks + (nuint)b * MarkWordsPerBlock;
            ulong any = 0;
            for (int k = 0; k < MarkWordsPerBlock; k++) any |= bits[k];
            if (any == 0)
            {
                info->Kind = Kind.Free;
                info->Dirty = true;
                return;
            }
            int c = info->Class;
            nuint size = s_classes.CellSize[c];
            byte* block = BlockAddress(b);
            nuint cells = BlockSize / size;
            byte* head = null, tail = null;
            nuint live = 0;
            for (nuint i = cells; i-- > 0;)
            {
                nuint word = i * size >> 3;
                if ((bits[word >> 6] & (1UL << (int)(word & 63))) != 0)
                {
                    live++;
                    continue;
                }
                nuint* cell = (nuint*)(block + i * size);
                cell[1] = 0;
                cell[0] = (nuint)head;
                if (tail == null) tail = (byte*)cell;
                head = (byte*)cell;
            }
            for (int k = 0; k < MarkWordsPerBlock; k++) bits[k] = 0;
            s_liveBytes += live * size;
            if (head == null) return;
            *(ulong*)tail = s_classes.FreeList[c];
            s_classes.FreeList[c] = (ulong)head;
        }
    }
}
