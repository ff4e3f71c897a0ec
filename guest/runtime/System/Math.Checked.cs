namespace System
{
    // The helpers ilc calls for checked conversions of a double to an integer (`checked((int)d)`, conv.ovf.* in IL),
    // as .NET's CoreLib has them: the value converts when it is in range, NaN and the rest throw OverflowException.
    public static partial class Math
    {
        private static int ConvertToInt32Checked(double value)
        {
            if (value > -2147483649.0 && value < 2147483648.0) return (int)value;
            ThrowHelpers.ThrowOverflow();
            return 0;
        }

        private static uint ConvertToUInt32Checked(double value)
        {
            if (value > -1.0 && value < 4294967296.0) return (uint)value;
            ThrowHelpers.ThrowOverflow();
            return 0;
        }

        private static long ConvertToInt64Checked(double value)
        {
            // -2^63 - 1024 is the next double below -2^63 with the same exponent: anything above it truncates into range.
            if (value > -9223372036854777856.0 && value < 9223372036854775808.0) return (long)value;
            ThrowHelpers.ThrowOverflow();
            return 0;
        }

        private static ulong ConvertToUInt64Checked(double value)
        {
            if (value > -1.0 && value < 18446744073709551616.0)
                return value < 9223372036854775808.0 ? (ulong)(long)value : (ulong)(long)(value - 9223372036854775808.0) + 9223372036854775808UL;
            ThrowHelpers.ThrowOverflow();
            return 0;
        }
    }
}
