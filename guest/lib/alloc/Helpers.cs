using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;
using Kiln.Runtime;

namespace Kiln.Alloc
{
    // ilc's allocation helpers, found by symbol name, plus the heap's start-up entry. Every object occupies one
    // cell: an 8-byte header word (the free-list link of a free cell), then the MethodTable pointer the object reference
    // points at, then the fields; BaseSize counts all of it. Cells come back zeroed. No other thread may run
    // between taking a cell and writing its MethodTable: until then the collector would see a free cell.
    internal static unsafe class Helpers
    {
        [RuntimeExport("kiln_heap_initialize")]
        private static void Initialize(byte* heapBase, nuint size, bool zeroed) => Heap.Initialize(heapBase, size, zeroed);

        [RuntimeExport("RhpNewFast")]
        private static object NewObject(MethodTable* type)
        {
            Preemption.Disable();
            byte* cell = Heap.Allocate(type->BaseSize);
            *(MethodTable**)(cell + 8) = type;
            Preemption.Enable();
            return AsObject(cell + 8);
        }

        [RuntimeExport("RhpNewFinalizable")]
        private static object NewFinalizable(MethodTable* type) => NewObject(type); // finalizers never run

        [RuntimeExport("RhNewObject")]
        private static object RhNewObject(MethodTable* type) => NewObject(type);

        [RuntimeExport("RhpNewArray")]
        private static object NewArray(MethodTable* type, int length)
        {
            if (length < 0) throw new OverflowException();
            // Up to 2^31 elements of at most 64 KiB each: no overflow in 64 bits.
            nuint size = (type->BaseSize + (nuint)(uint)length * type->ComponentSize + 7) & ~(nuint)7;
            Preemption.Disable();
            byte* cell = Heap.Allocate(size);
            *(MethodTable**)(cell + 8) = type;
            *(int*)(cell + 16) = length;
            Preemption.Enable();
            return AsObject(cell + 8);
        }

        [RuntimeExport("RhpNewArrayFast")]
        private static object NewArrayFast(MethodTable* type, int length) => NewArray(type, length);

        [RuntimeExport("RhpNewPtrArrayFast")]
        private static object NewPtrArrayFast(MethodTable* type, int length) => NewArray(type, length);

        [RuntimeExport("RhNewArray")]
        private static object RhNewArray(MethodTable* type, int length) => NewArray(type, length);

        [RuntimeExport("RhNewVariableSizeObject")]
        private static object NewVariableSizeObject(MethodTable* type, int length) => NewArray(type, length);

        private static object AsObject(byte* p) => Unsafe.As<IntPtr, object>(ref *(IntPtr*)&p);
    }

    // The allocator the app's configuration chose (option alloc.allocator); the other one is compiled out.
    internal static unsafe class Heap
    {
        public static void Initialize(byte* heapBase, nuint size, bool zeroed)
        {
            if (Kiln.Options.Alloc.AllocatorIsBump) BumpHeap.Initialize(heapBase, size, zeroed);
            else MarkSweepHeap.Initialize(heapBase, size, zeroed);
        }

        public static byte* Allocate(nuint size) =>
            Kiln.Options.Alloc.AllocatorIsBump ? BumpHeap.Allocate(size) : MarkSweepHeap.Allocate(size);

        public static void Collect()
        {
            if (Kiln.Options.Alloc.AllocatorIsBump) return;
            Preemption.Disable();
            MarkSweepHeap.Collect();
            Preemption.Enable();
        }

        public static nuint LiveBytes => Kiln.Options.Alloc.AllocatorIsBump ? BumpHeap.Used : MarkSweepHeap.LiveBytes;
        public static nuint AllocatedBytes => Kiln.Options.Alloc.AllocatorIsBump ? BumpHeap.Used : MarkSweepHeap.AllocatedBytes;
        public static nuint Collections => Kiln.Options.Alloc.AllocatorIsBump ? 0 : MarkSweepHeap.Collections;
    }
}
