namespace System
{
    // Block-memory helpers ilc calls for cpblk/initblk and struct copies.
    internal static unsafe class SpanHelpers
    {
        public static void Memmove(ref byte dest, ref byte src, nuint len) => Buffer.Memmove(ref dest, ref src, len);

        public static void ClearWithoutReferences(ref byte dest, nuint len) => Buffer.ZeroMemory(ref dest, len);

        public static void Fill(ref byte dest, nuint len, byte value)
        {
            fixed (byte* d = &dest) for (nuint i = 0; i < len; i++) d[i] = value;
        }
    }
}
