namespace System
{
    // `a..b`: what slicing syntax on arrays, strings, spans and lists lowers to.
    public readonly struct Range : IEquatable<Range>
    {
        public Index Start { get; }
        public Index End { get; }

        public Range(Index start, Index end)
        {
            Start = start;
            End = end;
        }

        public override bool Equals(object value) => value is Range r && r.Start.Equals(Start) && r.End.Equals(End);
        public bool Equals(Range other) => other.Start.Equals(Start) && other.End.Equals(End);
        public override int GetHashCode() => HashCode.Combine(Start.GetHashCode(), End.GetHashCode());

        public override string ToString() => Start.ToString() + ".." + End.ToString();

        public static Range StartAt(Index start) => new Range(start, Index.End);
        public static Range EndAt(Index end) => new Range(Index.Start, end);
        public static Range All => new Range(Index.Start, Index.End);

        public (int Offset, int Length) GetOffsetAndLength(int length)
        {
            int start = Start.GetOffset(length);
            int end = End.GetOffset(length);
            if ((uint)end > (uint)length || (uint)start > (uint)end)
                throw new ArgumentOutOfRangeException("length");
            return (start, end - start);
        }
    }
}

namespace System.Runtime.CompilerServices
{
    public static partial class RuntimeHelpers
    {
        // `array[a..b]` on an array: a copy, as in .NET (spans slice without copying).
        public static T[] GetSubArray<T>(T[] array, Range range)
        {
            if (array == null) ThrowHelpers.ThrowArgumentNull("array");
            (int offset, int length) = range.GetOffsetAndLength(array.Length);
            if (length == 0) return Array.Empty<T>();
            T[] dest = new T[length];
            Array.Copy(array, offset, dest, 0, length);
            return dest;
        }
    }
}
