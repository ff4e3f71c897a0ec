using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace Kiln.Runtime
{
    // The runtime's side of the allocator contract (docs/runtime.md, "Heap"): the alloc lib exports ilc's
    // allocation helpers and the heap's start-up entry; the runtime calls the same symbols for its own objects.
    internal static unsafe class Allocation
    {
        [RuntimeImport("*", "kiln_heap_initialize")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void InitializeHeap(byte* heapBase, nuint size, bool zeroed);

        [RuntimeImport("*", "RhpNewFast")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern object NewObject(MethodTable* type);

        [RuntimeImport("*", "RhpNewArray")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern object NewArray(MethodTable* type, int length);
    }

    // What an out-of-memory report says about the heap; filled in by the allocator.
    internal struct HeapStatistics
    {
        public nuint Requested;     // the allocation that failed, bytes
        public nuint HeapBytes;     // the whole managed heap
        public nuint LiveBytes;     // in objects that survived the last collection plus those allocated since
        public nuint LargestFree;   // the largest contiguous free run
        public nuint Collections;
        public string Allocator;    // the alloc.allocator option
    }
}

namespace System.Runtime
{
    // Boxing helpers; ilc finds them by this class and method name.
    [System.Diagnostics.StackTraceHidden] // a failed unbox is its caller's, as in .NET
    internal static unsafe class RuntimeExports
    {
        public static object RhBox(MethodTable* type, ref byte data)
        {
            if (type->IsNullable)
            {
                // A Nullable<T> boxes as its T, or as null when it has no value (its leading bool).
                if (data == 0) return null;
                fixed (byte* d = &data) return RhBox(type->NullableType, ref *(d + type->NullableValueOffset));
            }
            object o = Kiln.Runtime.Allocation.NewObject(type);
            fixed (byte* src = &data) Buffer.Memmove((byte*)Unsafe.AsPointer(ref o.GetRawData()), src, type->ValueTypeSize);
            return o;
        }

        public static ref byte RhUnbox2(MethodTable* type, object obj)
        {
            if (obj == null) throw new NullReferenceException();
            if (obj.GetMethodTable() != type) TypeCast.ThrowInvalidCast(obj.GetMethodTable(), type);
            return ref obj.GetRawData();
        }

        public static void RhUnboxAny(object obj, ref byte data, MethodTable* type)
        {
            if (type->IsValueType)
            {
                if (type->IsNullable) { RhUnboxNullable(ref data, type, obj); return; }
                if (obj == null) throw new NullReferenceException();
                if (obj.GetMethodTable() != type) TypeCast.ThrowInvalidCast(obj.GetMethodTable(), type);
                fixed (byte* d = &data) Buffer.Memmove(d, (byte*)Unsafe.AsPointer(ref obj.GetRawData()), type->ValueTypeSize);
            }
            else
            {
                Unsafe.As<byte, object>(ref data) = TypeCast.CheckCastAny(type, obj);
            }
        }

        // Unboxing to Nullable<T>: null gives a Nullable without a value, a boxed T one with it.
        public static void RhUnboxNullable(ref byte data, MethodTable* type, object obj)
        {
            MethodTable* valueType = type->NullableType;
            fixed (byte* d = &data)
            {
                if (obj == null) { Buffer.ZeroMemory(d, type->ValueTypeSize); return; }
                if (obj.GetMethodTable() != valueType) TypeCast.ThrowInvalidCast(obj.GetMethodTable(), type);
                *d = 1;
                Buffer.Memmove(d + type->NullableValueOffset, (byte*)Unsafe.AsPointer(ref obj.GetRawData()), valueType->ValueTypeSize);
            }
        }

        public static void RhUnboxTypeTest(MethodTable* type, MethodTable* boxType)
        {
            if (type != boxType) TypeCast.ThrowInvalidCast(boxType, type);
        }
    }
}
