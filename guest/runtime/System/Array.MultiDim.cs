using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    // Multi-dimensional arrays (T[,], T[,,] ...). ilc's layout: the MethodTable, the total element count and
    // padding (as T[]), then Rank lengths and Rank lower bounds (int32 each), then the elements in row-major order.
    // BaseSize = 24 + 8 * Rank; T[] has BaseSize 24 and rank 1. Element access (Get/Set/Address) is code ilc
    // generates from that layout; the runtime only allocates (Kiln.Runtime.MultiDimArrays) and reads the bounds.
    public abstract unsafe partial class Array
    {
        public int Rank => m_pEEType->IsSzArray ? 1 : (int)((m_pEEType->BaseSize - 24) / 8);

        public int GetLength(int dimension)
        {
            if (m_pEEType->IsSzArray)
            {
                if (dimension != 0) ThrowHelpers.ThrowIndexOutOfRange();
                return Length;
            }
            if ((uint)dimension >= (uint)Rank) ThrowHelpers.ThrowIndexOutOfRange();
            return Unsafe.Add(ref Bounds, dimension);
        }

        public int GetLowerBound(int dimension)
        {
            if (m_pEEType->IsSzArray)
            {
                if (dimension != 0) ThrowHelpers.ThrowIndexOutOfRange();
                return 0;
            }
            int rank = Rank;
            if ((uint)dimension >= (uint)rank) ThrowHelpers.ThrowIndexOutOfRange();
            return Unsafe.Add(ref Bounds, rank + dimension);
        }

        public int GetUpperBound(int dimension) => GetLowerBound(dimension) + GetLength(dimension) - 1;

        public long GetLongLength(int dimension) => GetLength(dimension);

        // The first length of a multi-dimensional array.
        private ref int Bounds => ref Unsafe.As<byte, int>(ref Unsafe.As<RawArrayData>(this).Data);
    }
}

namespace Internal.Runtime.CompilerHelpers
{
    // `newobj T[,]::.ctor(...)`: ilc passes the constructor's arguments as a block of ints, either one length per
    // dimension or (lower bound, length) pairs. Only images that create multi-dimensional arrays reference this.
    internal static unsafe class ArrayHelpers
    {
        public static System.Array NewObjArray(MethodTable* type, int nDimensions, int* pDimensions)
        {
            int rank = (int)((type->BaseSize - 24) / 8);
            bool withLowerBounds = nDimensions == 2 * rank;
            long total = 1;
            for (int i = 0; i < rank; i++)
            {
                int length = withLowerBounds ? pDimensions[2 * i + 1] : pDimensions[i];
                if (length < 0) throw new System.OverflowException();
                total *= length;
                if (total > int.MaxValue) throw new System.OutOfMemoryException();
            }
            System.Array a = Unsafe.As<System.Array>(Kiln.Runtime.Allocation.NewArray(type, (int)total));
            int* bounds = (int*)Unsafe.AsPointer(ref Unsafe.As<RawArrayData>(a).Data);
            for (int i = 0; i < rank; i++)
            {
                bounds[i] = withLowerBounds ? pDimensions[2 * i + 1] : pDimensions[i];
                bounds[rank + i] = withLowerBounds ? pDimensions[2 * i] : 0;
            }
            return a;
        }
    }
}

namespace System.Runtime
{
    // ilc's generated Set/Address of multi-dimensional reference arrays check stores through this class.
    internal static class RuntimeImports
    {
        internal static void RhCheckArrayStore(object array, object obj) => TypeCast.CheckArrayStore(array, obj);
    }
}
