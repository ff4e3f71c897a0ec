namespace System.Numerics
{
    // System.Numerics.BitOperations in portable C#: ilc compiles these loops and shifts to plain x86-64 code; the
    // results are those of .NET's (LeadingZeroCount(0) is the bit width, Log2(0) is 0).
    public static class BitOperations
    {
        public static int PopCount(uint value)
        {
            value -= (value >> 1) & 0x5555_5555u;
            value = (value & 0x3333_3333u) + ((value >> 2) & 0x3333_3333u);
            return (int)((((value + (value >> 4)) & 0x0F0F_0F0Fu) * 0x0101_0101u) >> 24);
        }
        public static int PopCount(ulong value) => PopCount((uint)value) + PopCount((uint)(value >> 32));
        public static int PopCount(nuint value) => PopCount((ulong)value);

        public static int LeadingZeroCount(uint value)
        {
            if (value == 0) return 32;
            int n = 0;
            if (value <= 0x0000_FFFFu) { n += 16; value <<= 16; }
            if (value <= 0x00FF_FFFFu) { n += 8; value <<= 8; }
            if (value <= 0x0FFF_FFFFu) { n += 4; value <<= 4; }
            if (value <= 0x3FFF_FFFFu) { n += 2; value <<= 2; }
            if (value <= 0x7FFF_FFFFu) n++;
            return n;
        }
        public static int LeadingZeroCount(ulong value)
        {
            uint hi = (uint)(value >> 32);
            return hi != 0 ? LeadingZeroCount(hi) : 32 + LeadingZeroCount((uint)value);
        }
        public static int LeadingZeroCount(nuint value) => LeadingZeroCount((ulong)value);

        public static int TrailingZeroCount(uint value)
        {
            if (value == 0) return 32;
            int n = 0;
            while ((value & 1) == 0) { value >>= 1; n++; }
            return n;
        }
        public static int TrailingZeroCount(int value) => TrailingZeroCount((uint)value);
        public static int TrailingZeroCount(ulong value)
        {
            uint lo = (uint)value;
            return lo != 0 ? TrailingZeroCount(lo) : 32 + TrailingZeroCount((uint)(value >> 32));
        }
        public static int TrailingZeroCount(long value) => TrailingZeroCount((ulong)value);
        public static int TrailingZeroCount(nuint value) => TrailingZeroCount((ulong)value);

        public static int Log2(uint value) => 31 - LeadingZeroCount(value | 1);
        public static int Log2(ulong value) => 63 - LeadingZeroCount(value | 1);
        public static int Log2(nuint value) => Log2((ulong)value);

        public static bool IsPow2(int value) => (value & (value - 1)) == 0 && value > 0;
        public static bool IsPow2(uint value) => (value & (value - 1)) == 0 && value != 0;
        public static bool IsPow2(long value) => (value & (value - 1)) == 0 && value > 0;
        public static bool IsPow2(ulong value) => (value & (value - 1)) == 0 && value != 0;

        public static uint RoundUpToPowerOf2(uint value)
        {
            --value;
            value |= value >> 1; value |= value >> 2; value |= value >> 4; value |= value >> 8; value |= value >> 16;
            return value + 1;
        }
        public static ulong RoundUpToPowerOf2(ulong value)
        {
            --value;
            value |= value >> 1; value |= value >> 2; value |= value >> 4; value |= value >> 8; value |= value >> 16; value |= value >> 32;
            return value + 1;
        }

        public static uint RotateLeft(uint value, int offset) => (value << offset) | (value >> (32 - offset));
        public static ulong RotateLeft(ulong value, int offset) => (value << offset) | (value >> (64 - offset));
        public static uint RotateRight(uint value, int offset) => (value >> offset) | (value << (32 - offset));
        public static ulong RotateRight(ulong value, int offset) => (value >> offset) | (value << (64 - offset));
    }
}
