namespace System.Buffers.Binary
{
    // System.Buffers.Binary.BinaryPrimitives: byte-order reversal and endian-explicit reads and writes over spans.
    // Reads and writes throw ArgumentOutOfRangeException when the span is too short, as .NET's do; Try* return false.
    public static class BinaryPrimitives
    {
        public static byte ReverseEndianness(byte value) => value;
        public static sbyte ReverseEndianness(sbyte value) => value;
        public static ushort ReverseEndianness(ushort value) => (ushort)((value >> 8) | (value << 8));
        public static short ReverseEndianness(short value) => (short)ReverseEndianness((ushort)value);
        public static uint ReverseEndianness(uint value) =>
            (value >> 24) | ((value >> 8) & 0x0000_FF00u) | ((value << 8) & 0x00FF_0000u) | (value << 24);
        public static int ReverseEndianness(int value) => (int)ReverseEndianness((uint)value);
        public static ulong ReverseEndianness(ulong value) =>
            ((ulong)ReverseEndianness((uint)value) << 32) | ReverseEndianness((uint)(value >> 32));
        public static long ReverseEndianness(long value) => (long)ReverseEndianness((ulong)value);

        private static ulong Read(ReadOnlySpan<byte> source, int size, bool bigEndian)
        {
            if (source.Length < size) ThrowHelpers.ThrowArgumentOutOfRange("length");
            ulong v = 0;
            for (int i = 0; i < size; i++) v |= (ulong)source[bigEndian ? size - 1 - i : i] << (8 * i);
            return v;
        }

        private static bool TryWrite(Span<byte> destination, ulong value, int size, bool bigEndian)
        {
            if (destination.Length < size) return false;
            for (int i = 0; i < size; i++) destination[bigEndian ? size - 1 - i : i] = (byte)(value >> (8 * i));
            return true;
        }

        private static void Write(Span<byte> destination, ulong value, int size, bool bigEndian)
        {
            if (!TryWrite(destination, value, size, bigEndian)) ThrowHelpers.ThrowArgumentOutOfRange("length");
        }

        public static short ReadInt16LittleEndian(ReadOnlySpan<byte> source) => (short)Read(source, 2, false);
        public static short ReadInt16BigEndian(ReadOnlySpan<byte> source) => (short)Read(source, 2, true);
        public static ushort ReadUInt16LittleEndian(ReadOnlySpan<byte> source) => (ushort)Read(source, 2, false);
        public static ushort ReadUInt16BigEndian(ReadOnlySpan<byte> source) => (ushort)Read(source, 2, true);
        public static int ReadInt32LittleEndian(ReadOnlySpan<byte> source) => (int)Read(source, 4, false);
        public static int ReadInt32BigEndian(ReadOnlySpan<byte> source) => (int)Read(source, 4, true);
        public static uint ReadUInt32LittleEndian(ReadOnlySpan<byte> source) => (uint)Read(source, 4, false);
        public static uint ReadUInt32BigEndian(ReadOnlySpan<byte> source) => (uint)Read(source, 4, true);
        public static long ReadInt64LittleEndian(ReadOnlySpan<byte> source) => (long)Read(source, 8, false);
        public static long ReadInt64BigEndian(ReadOnlySpan<byte> source) => (long)Read(source, 8, true);
        public static ulong ReadUInt64LittleEndian(ReadOnlySpan<byte> source) => Read(source, 8, false);
        public static ulong ReadUInt64BigEndian(ReadOnlySpan<byte> source) => Read(source, 8, true);

        public static void WriteInt16LittleEndian(Span<byte> destination, short value) => Write(destination, (ulong)value, 2, false);
        public static void WriteInt16BigEndian(Span<byte> destination, short value) => Write(destination, (ulong)value, 2, true);
        public static void WriteUInt16LittleEndian(Span<byte> destination, ushort value) => Write(destination, value, 2, false);
        public static void WriteUInt16BigEndian(Span<byte> destination, ushort value) => Write(destination, value, 2, true);
        public static void WriteInt32LittleEndian(Span<byte> destination, int value) => Write(destination, (ulong)value, 4, false);
        public static void WriteInt32BigEndian(Span<byte> destination, int value) => Write(destination, (ulong)value, 4, true);
        public static void WriteUInt32LittleEndian(Span<byte> destination, uint value) => Write(destination, value, 4, false);
        public static void WriteUInt32BigEndian(Span<byte> destination, uint value) => Write(destination, value, 4, true);
        public static void WriteInt64LittleEndian(Span<byte> destination, long value) => Write(destination, (ulong)value, 8, false);
        public static void WriteInt64BigEndian(Span<byte> destination, long value) => Write(destination, (ulong)value, 8, true);
        public static void WriteUInt64LittleEndian(Span<byte> destination, ulong value) => Write(destination, value, 8, false);
        public static void WriteUInt64BigEndian(Span<byte> destination, ulong value) => Write(destination, value, 8, true);

        public static bool TryWriteInt32LittleEndian(Span<byte> destination, int value) => TryWrite(destination, (ulong)value, 4, false);
        public static bool TryWriteInt32BigEndian(Span<byte> destination, int value) => TryWrite(destination, (ulong)value, 4, true);
        public static bool TryWriteUInt32LittleEndian(Span<byte> destination, uint value) => TryWrite(destination, value, 4, false);
        public static bool TryWriteUInt32BigEndian(Span<byte> destination, uint value) => TryWrite(destination, value, 4, true);
    }
}
