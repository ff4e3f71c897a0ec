using System.Collections.Generic;

namespace System
{
    // What the C# compiler lowers tuple literals, names and deconstruction to. Equality and ordering go element
    // by element through the default comparers; ToString prints "(a, b)" with null elements as nothing, as .NET.
    internal interface IValueTupleInternal
    {
        int Size { get; }
        string ToStringEnd();
    }

    public struct ValueTuple : IEquatable<ValueTuple>, IComparable<ValueTuple>
    {
        public override bool Equals(object obj) => obj is ValueTuple;
        public bool Equals(ValueTuple other) => true;
        public int CompareTo(ValueTuple other) => 0;
        public override int GetHashCode() => 0;
        public override string ToString() => "()";
        public static ValueTuple<T1> Create<T1>(T1 item1) => new ValueTuple<T1>(item1);
        public static ValueTuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) => new ValueTuple<T1, T2>(item1, item2);
        public static ValueTuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) => new ValueTuple<T1, T2, T3>(item1, item2, item3);
        public static ValueTuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) => new ValueTuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        public static ValueTuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) => new ValueTuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        public static ValueTuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) => new ValueTuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) => new ValueTuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
    }

    public struct ValueTuple<T1> : IEquatable<ValueTuple<T1>>, IComparable<ValueTuple<T1>>, IValueTupleInternal
    {
        public T1 Item1;

        public ValueTuple(T1 item1)
        {
            Item1 = item1;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1> other && Equals(other);

        public bool Equals(ValueTuple<T1> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1);

        public int CompareTo(ValueTuple<T1> other)
        {
            return Comparer<T1>.Default.Compare(Item1, other.Item1);
        }

        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0);

        public override string ToString() => "(" + Item1?.ToString() + ")";
        int IValueTupleInternal.Size => 1;
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ")";
    }

    public struct ValueTuple<T1, T2> : IEquatable<ValueTuple<T1, T2>>, IComparable<ValueTuple<T1, T2>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;

        public ValueTuple(T1 item1, T2 item2)
        {
            Item1 = item1;
            Item2 = item2;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1, T2> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2);

        public int CompareTo(ValueTuple<T1, T2> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0) return c1;
            return Comparer<T2>.Default.Compare(Item2, other.Item2);
        }

        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0);

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ")";
        int IValueTupleInternal.Size => 2;
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ")";
    }

    public struct ValueTuple<T1, T2, T3> : IEquatable<ValueTuple<T1, T2, T3>>, IComparable<ValueTuple<T1, T2, T3>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;

        public ValueTuple(T1 item1, T2 item2, T3 item3)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3);

        public int CompareTo(ValueTuple<T1, T2, T3> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0) return c2;
            return Comparer<T3>.Default.Compare(Item3, other.Item3);
        }

        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0, Item3?.GetHashCode() ?? 0);

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ")";
        int IValueTupleInternal.Size => 3;
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ")";
    }

    public struct ValueTuple<T1, T2, T3, T4> : IEquatable<ValueTuple<T1, T2, T3, T4>>, IComparable<ValueTuple<T1, T2, T3, T4>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3, T4> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4);

        public int CompareTo(ValueTuple<T1, T2, T3, T4> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0) return c2;
            int c3 = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c3 != 0) return c3;
            return Comparer<T4>.Default.Compare(Item4, other.Item4);
        }

        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0, Item3?.GetHashCode() ?? 0, Item4?.GetHashCode() ?? 0);

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ")";
        int IValueTupleInternal.Size => 4;
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ")";
    }

    public struct ValueTuple<T1, T2, T3, T4, T5> : IEquatable<ValueTuple<T1, T2, T3, T4, T5>>, IComparable<ValueTuple<T1, T2, T3, T4, T5>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5);

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0) return c2;
            int c3 = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c3 != 0) return c3;
            int c4 = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c4 != 0) return c4;
            return Comparer<T5>.Default.Compare(Item5, other.Item5);
        }

        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0, Item3?.GetHashCode() ?? 0, Item4?.GetHashCode() ?? 0, Item5?.GetHashCode() ?? 0);

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ")";
        int IValueTupleInternal.Size => 5;
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ")";
    }

    public struct ValueTuple<T1, T2, T3, T4, T5, T6> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6);

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0) return c2;
            int c3 = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c3 != 0) return c3;
            int c4 = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c4 != 0) return c4;
            int c5 = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (c5 != 0) return c5;
            return Comparer<T6>.Default.Compare(Item6, other.Item6);
        }

        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0, Item3?.GetHashCode() ?? 0, Item4?.GetHashCode() ?? 0, Item5?.GetHashCode() ?? 0, Item6?.GetHashCode() ?? 0);

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ")";
        int IValueTupleInternal.Size => 6;
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ")";
    }

    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6)
                && EqualityComparer<T7>.Default.Equals(Item7, other.Item7);

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0) return c2;
            int c3 = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c3 != 0) return c3;
            int c4 = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c4 != 0) return c4;
            int c5 = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (c5 != 0) return c5;
            int c6 = Comparer<T6>.Default.Compare(Item6, other.Item6);
            if (c6 != 0) return c6;
            return Comparer<T7>.Default.Compare(Item7, other.Item7);
        }

        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0, Item3?.GetHashCode() ?? 0, Item4?.GetHashCode() ?? 0, Item5?.GetHashCode() ?? 0, Item6?.GetHashCode() ?? 0, Item7?.GetHashCode() ?? 0);

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ")";
        int IValueTupleInternal.Size => 7;
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ")";
    }

    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> :
        IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IValueTupleInternal where TRest : struct
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;
        public TRest Rest;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            if (!(rest is IValueTupleInternal))
                throw new ArgumentException("The last element of an eight element tuple must be a Tuple.");
            Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; Item5 = item5; Item6 = item6; Item7 = item7;
            Rest = rest;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
            && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
            && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6)
            && EqualityComparer<T7>.Default.Equals(Item7, other.Item7) && EqualityComparer<TRest>.Default.Equals(Rest, other.Rest);

        public override int GetHashCode() =>
            HashCode.Combine(HashCode.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0, Item3?.GetHashCode() ?? 0,
                Item4?.GetHashCode() ?? 0, Item5?.GetHashCode() ?? 0, Item6?.GetHashCode() ?? 0, Item7?.GetHashCode() ?? 0), Rest.GetHashCode());

        private string Head() =>
            Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " +
            Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ", ";

        public override string ToString() => "(" + Head() + ((IValueTupleInternal)Rest).ToStringEnd();
        int IValueTupleInternal.Size => 7 + ((IValueTupleInternal)Rest).Size;
        string IValueTupleInternal.ToStringEnd() => Head() + ((IValueTupleInternal)Rest).ToStringEnd();
    }
}
