using System.Runtime.CompilerServices;

// Single-precision math: the double-precision result rounded once to float is the correctly rounded float result
// in all but vanishingly rare cases, since double carries 29 more bits.
namespace System
{
    public static class MathF
    {
        public const float E = 2.71828183f;
        public const float PI = 3.14159265f;
        public const float Tau = 6.283185307f;

        [Intrinsic] public static float Sqrt(float x) => Sqrt(x);
        [Intrinsic] public static float Abs(float x) => Math.Abs(x);
        public static float Max(float x, float y) => Math.Max(x, y);
        public static float Min(float x, float y) => Math.Min(x, y);
        public static int Sign(float x) => Math.Sign(x);
        [Intrinsic] public static float Round(float x) => (float)Math.Round((double)x);
        public static float Round(float x, MidpointRounding mode) => (float)Math.Round((double)x, mode);
        public static float Round(float x, int digits) => (float)Math.Round((double)x, digits);
        public static float Round(float x, int digits, MidpointRounding mode) => (float)Math.Round((double)x, digits, mode);
        [Intrinsic] public static float Floor(float x) => (float)Math.Floor((double)x);
        [Intrinsic] public static float Ceiling(float x) => (float)Math.Ceiling((double)x);
        [Intrinsic] public static float Truncate(float x) => (float)Math.Truncate((double)x);
        public static float CopySign(float x, float y) => (float)Math.CopySign(x, y);
        [Intrinsic] public static float FusedMultiplyAdd(float x, float y, float z) => (float)((double)x * y + z);
        public static float Sin(float x) => (float)Math.Sin(x);
        public static float Cos(float x) => (float)Math.Cos(x);
        public static float Tan(float x) => (float)Math.Tan(x);
        public static float Asin(float x) => (float)Math.Asin(x);
        public static float Acos(float x) => (float)Math.Acos(x);
        public static float Atan(float x) => (float)Math.Atan(x);
        public static float Atan2(float y, float x) => (float)Math.Atan2(y, x);
        public static float Sinh(float x) => (float)Math.Sinh(x);
        public static float Cosh(float x) => (float)Math.Cosh(x);
        public static float Tanh(float x) => (float)Math.Tanh(x);
        public static float Exp(float x) => (float)Math.Exp(x);
        public static float Log(float x) => (float)Math.Log(x);
        public static float Log(float x, float y) => (float)Math.Log(x, y);
        public static float Log10(float x) => (float)Math.Log10(x);
        public static float Log2(float x) => (float)Math.Log2(x);
        public static float Pow(float x, float y) => (float)Math.Pow(x, y);
        public static float Cbrt(float x) => (float)Math.Cbrt(x);
        public static float Hypot(float x, float y) => (float)Math.Sqrt((double)x * x + (double)y * y);
    }

    public static unsafe class BitConverter
    {
        public static readonly bool IsLittleEndian = true;
        public static long DoubleToInt64Bits(double value) => *(long*)&value;
        public static double Int64BitsToDouble(long value) => *(double*)&value;
        public static ulong DoubleToUInt64Bits(double value) => *(ulong*)&value;
        public static double UInt64BitsToDouble(ulong value) => *(double*)&value;
        public static int SingleToInt32Bits(float value) => *(int*)&value;
        public static float Int32BitsToSingle(int value) => *(float*)&value;
        public static uint SingleToUInt32Bits(float value) => *(uint*)&value;
        public static float UInt32BitsToSingle(uint value) => *(float*)&value;

        public static byte[] GetBytes(int value) { byte[] b = new byte[4]; fixed (byte* p = b) *(int*)p = value; return b; }
        public static byte[] GetBytes(long value) { byte[] b = new byte[8]; fixed (byte* p = b) *(long*)p = value; return b; }
        public static byte[] GetBytes(short value) { byte[] b = new byte[2]; fixed (byte* p = b) *(short*)p = value; return b; }
        public static byte[] GetBytes(uint value) => GetBytes((int)value);
        public static byte[] GetBytes(ulong value) => GetBytes((long)value);
        public static byte[] GetBytes(double value) => GetBytes(DoubleToInt64Bits(value));
        public static byte[] GetBytes(float value) => GetBytes(SingleToInt32Bits(value));
        public static byte[] GetBytes(bool value) => new byte[] { value ? (byte)1 : (byte)0 };
        public static int ToInt32(byte[] value, int startIndex) { Check(value, startIndex, 4); fixed (byte* p = value) return *(int*)(p + startIndex); }
        public static long ToInt64(byte[] value, int startIndex) { Check(value, startIndex, 8); fixed (byte* p = value) return *(long*)(p + startIndex); }
        public static short ToInt16(byte[] value, int startIndex) { Check(value, startIndex, 2); fixed (byte* p = value) return *(short*)(p + startIndex); }
        public static uint ToUInt32(byte[] value, int startIndex) => (uint)ToInt32(value, startIndex);
        public static ulong ToUInt64(byte[] value, int startIndex) => (ulong)ToInt64(value, startIndex);
        public static double ToDouble(byte[] value, int startIndex) => Int64BitsToDouble(ToInt64(value, startIndex));

        private static void Check(byte[] value, int startIndex, int size)
        {
            if (value == null) ThrowHelpers.ThrowArgumentNull("value");
            if ((uint)startIndex >= (uint)value.Length) ThrowHelpers.ThrowArgumentOutOfRange("startIndex");
            if (startIndex > value.Length - size) ThrowHelpers.ThrowArgument("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
        }

        public static string ToString(byte[] value) => ToString(value, 0, value.Length);
        public static string ToString(byte[] value, int startIndex, int length)
        {
            if (length == 0) return string.Empty;
            char[] c = new char[length * 3 - 1];
            for (int i = 0; i < length; i++)
            {
                byte b = value[startIndex + i];
                c[i * 3] = Number.HexUpper(b >> 4);
                c[i * 3 + 1] = Number.HexUpper(b & 15);
                if (i != length - 1) c[i * 3 + 2] = '-';
            }
            return new string(c);
        }
    }
}
