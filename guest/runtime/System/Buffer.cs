using System.Runtime;

namespace System
{
    // Raw memory helpers. ilc calls Memmove/ZeroMemory/BulkMoveWithWriteBarrier for struct and array copies.
    public static unsafe class Buffer
    {
        [RuntimeImport("*", "memmove")]
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        private static extern void* NativeMemmove(void* dest, void* src, nuint len);

        [RuntimeImport("*", "memset")]
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        private static extern void* NativeMemset(void* dest, int value, nuint len);

        internal static void Memmove(byte* dest, byte* src, nuint len) => NativeMemmove(dest, src, len);

        internal static void Memmove(ref byte dest, ref byte src, nuint len)
        {
            fixed (byte* d = &dest) fixed (byte* s = &src) NativeMemmove(d, s, len);
        }

        internal static void Memmove<T>(ref T destination, ref T source, nuint elementCount)
        {
            fixed (T* d = &destination) fixed (T* s = &source)
                NativeMemmove(d, s, elementCount * (nuint)System.Runtime.CompilerServices.Unsafe.SizeOf<T>());
        }

        internal static void ZeroMemory(byte* dest, nuint len) => NativeMemset(dest, 0, len);

        internal static void ZeroMemory(ref byte dest, nuint len)
        {
            fixed (byte* d = &dest) NativeMemset(d, 0, len);
        }

        // No generational or concurrent GC yet, so no card marking is needed.
        internal static void BulkMoveWithWriteBarrier(ref byte destination, ref byte source, nuint byteCount) =>
            Memmove(ref destination, ref source, byteCount);

        internal static bool SequenceEqual(byte* a, byte* b, nuint len)
        {
            nuint i = 0;
            for (; i + 8 <= len; i += 8) if (*(ulong*)(a + i) != *(ulong*)(b + i)) return false;
            for (; i < len; i++) if (a[i] != b[i]) return false;
            return true;
        }

        public static void MemoryCopy(void* source, void* destination, long destinationSizeInBytes, long sourceBytesToCopy)
        {
            if (sourceBytesToCopy > destinationSizeInBytes) ThrowHelpers.ThrowArgumentOutOfRange("sourceBytesToCopy");
            NativeMemmove(destination, source, (nuint)sourceBytesToCopy);
        }
    }
}
