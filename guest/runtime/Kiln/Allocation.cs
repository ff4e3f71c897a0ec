using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace Kiln.Runtime
{
    // Object allocation helpers that ilc-generated code calls by name.
    internal static unsafe class Allocation
    {
        [RuntimeExport("RhpNewFast")]
        public static object NewObject(MethodTable* type)
        {
            void* p = Heap.Allocate(type->BaseSize);
            *(MethodTable**)p = type;
            return Unsafe.As<IntPtr, object>(ref *(IntPtr*)&p);
        }

        [RuntimeExport("RhpNewFinalizable")]
        public static object NewFinalizable(MethodTable* type) => NewObject(type);

        [RuntimeExport("RhNewObject")]
        public static object RhNewObject(MethodTable* type) => NewObject(type);

        [RuntimeExport("RhpNewArray")]
        public static object NewArray(MethodTable* type, int length)
        {
            if (length < 0) throw new OverflowException();
            nuint size = type->BaseSize + (nuint)length * type->ComponentSize;
            void* p = Heap.Allocate(size);
            *(MethodTable**)p = type;
            *(int*)((byte*)p + 8) = length;
            return Unsafe.As<IntPtr, object>(ref *(IntPtr*)&p);
        }

        [RuntimeExport("RhpNewArrayFast")]
        public static object NewArrayFast(MethodTable* type, int length) => NewArray(type, length);

        [RuntimeExport("RhpNewPtrArrayFast")]
        public static object NewPtrArrayFast(MethodTable* type, int length) => NewArray(type, length);

        [RuntimeExport("RhNewArray")]
        public static object RhNewArray(MethodTable* type, int length) => NewArray(type, length);

        [RuntimeExport("RhNewVariableSizeObject")]
        public static object NewVariableSizeObject(MethodTable* type, int length) => NewArray(type, length);
    }
}

namespace System.Runtime
{
    // Boxing helpers; ilc finds them by this class and method name.
    internal static unsafe class RuntimeExports
    {
        public static object RhBox(MethodTable* type, ref byte data)
        {
            if (type->IsNullable) Kiln.Runtime.Panic.FailFast("boxing Nullable<T> is not supported by the Kiln runtime yet");
            object o = Kiln.Runtime.Allocation.NewObject(type);
            fixed (byte* src = &data) Buffer.Memmove((byte*)Unsafe.AsPointer(ref o.GetRawData()), src, type->ValueTypeSize);
            return o;
        }

        public static ref byte RhUnbox2(MethodTable* type, object obj)
        {
            if (obj == null || obj.GetMethodTable() != type) throw new InvalidCastException();
            return ref obj.GetRawData();
        }

        public static void RhUnboxAny(object obj, ref byte data, MethodTable* type)
        {
            if (type->IsValueType)
            {
                if (type->IsNullable) Kiln.Runtime.Panic.FailFast("unboxing to Nullable<T> is not supported by the Kiln runtime yet");
                if (obj == null) throw new NullReferenceException();
                if (obj.GetMethodTable() != type) throw new InvalidCastException();
                fixed (byte* d = &data) Buffer.Memmove(d, (byte*)Unsafe.AsPointer(ref obj.GetRawData()), type->ValueTypeSize);
            }
            else
            {
                Unsafe.As<byte, object>(ref data) = TypeCast.CheckCastAny(type, obj);
            }
        }

        public static void RhUnboxNullable(ref byte data, MethodTable* type, object obj) => RhUnboxAny(obj, ref data, type);

        public static void RhUnboxTypeTest(MethodTable* type, MethodTable* boxType)
        {
            if (type != boxType) throw new InvalidCastException();
        }
    }
}
