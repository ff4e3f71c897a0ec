namespace System
{
    public static partial class Math
    {
        public static int Abs(int value)
        {
            if (value == int.MinValue) ThrowHelpers.ThrowOverflow();
            return value < 0 ? -value : value;
        }
        public static long Abs(long value)
        {
            if (value == long.MinValue) ThrowHelpers.ThrowOverflow();
            return value < 0 ? -value : value;
        }
        public static int Max(int a, int b) => a > b ? a : b;
        public static int Min(int a, int b) => a < b ? a : b;
        public static long Max(long a, long b) => a > b ? a : b;
        public static long Min(long a, long b) => a < b ? a : b;
        public static uint Max(uint a, uint b) => a > b ? a : b;
        public static uint Min(uint a, uint b) => a < b ? a : b;
        public static int Sign(int value) => value > 0 ? 1 : (value < 0 ? -1 : 0);
        public static int Clamp(int value, int min, int max) => value < min ? min : (value > max ? max : value);
        public static int DivRem(int a, int b, out int result) { result = a % b; return a / b; }
    }
}
