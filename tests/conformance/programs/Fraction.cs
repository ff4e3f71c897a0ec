using System;
using System.Collections.Generic;
using System.Linq;

namespace Programs.Fraction;

public readonly struct Fraction : IComparable<Fraction>, IEquatable<Fraction>, IFormattable
{
    public long Num { get; }
    public long Den { get; }

    public Fraction(long num, long den = 1)
    {
        if (den == 0) throw new DivideByZeroException("denominator is zero");
        if (den < 0) { num = -num; den = -den; }
        long g = Gcd(Math.Abs(num), den);
        Num = num / g; Den = den / g;
    }

    static long Gcd(long a, long b) { while (b != 0) (a, b) = (b, a % b); return a == 0 ? 1 : a; }

    public static Fraction operator +(Fraction a, Fraction b) => new(checked(a.Num * b.Den + b.Num * a.Den), checked(a.Den * b.Den));
    public static Fraction operator -(Fraction a, Fraction b) => new(checked(a.Num * b.Den - b.Num * a.Den), checked(a.Den * b.Den));
    public static Fraction operator *(Fraction a, Fraction b) => new(checked(a.Num * b.Num), checked(a.Den * b.Den));
    public static Fraction operator /(Fraction a, Fraction b) => new(checked(a.Num * b.Den), checked(a.Den * b.Num));
    public static bool operator <(Fraction a, Fraction b) => a.CompareTo(b) < 0;
    public static bool operator >(Fraction a, Fraction b) => a.CompareTo(b) > 0;
    public static bool operator ==(Fraction a, Fraction b) => a.Equals(b);
    public static bool operator !=(Fraction a, Fraction b) => !a.Equals(b);
    public static implicit operator Fraction(long n) => new(n);
    public static explicit operator double(Fraction f) => (double)f.Num / f.Den;

    public static Fraction Parse(string s)
    {
        var parts = s.Split('/');
        return parts.Length switch
        {
            1 => new Fraction(long.Parse(parts[0])),
            2 => new Fraction(long.Parse(parts[0].Trim()), long.Parse(parts[1].Trim())),
            _ => throw new FormatException($"'{s}' is not a fraction"),
        };
    }

    public int CompareTo(Fraction other) => (Num * other.Den).CompareTo(other.Num * Den);
    public bool Equals(Fraction other) => Num == other.Num && Den == other.Den;
    public override bool Equals(object? obj) => obj is Fraction f && Equals(f);
    public override int GetHashCode() => HashCode.Combine(Num, Den);
    public override string ToString() => Den == 1 ? Num.ToString() : $"{Num}/{Den}";
    public string ToString(string? format, IFormatProvider? provider) => format switch
    {
        "M" when Math.Abs(Num) > Den => $"{Num / Den} {Math.Abs(Num % Den)}/{Den}",
        "D" => ((double)this).ToString("0.####", provider),
        _ => ToString(),
    };
}

public static class FractionProgram
{
    public static void Run()
    {
        var half = new Fraction(1, 2);
        var third = new Fraction(1, 3);
        Console.WriteLine($"{half} + {third} = {half + third}");
        Console.WriteLine($"{half} - {third} = {half - third}");
        Console.WriteLine($"{half} * {third} = {half * third}");
        Console.WriteLine($"{half} / {third} = {half / third}");
        Console.WriteLine($"normalised: {new Fraction(10, -4)} {new Fraction(0, 7)} {new Fraction(6, 3)}");
        var sum = Enumerable.Range(1, 10).Select(i => new Fraction(1, i)).Aggregate((Fraction)0, (a, b) => a + b);
        Console.WriteLine($"H(10) = {sum} = {sum:M} ~ {sum:D} ~ {(double)sum}");
        var list = new List<Fraction> { Fraction.Parse("3/4"), Fraction.Parse("2/3"), Fraction.Parse(" 5 / 8"), Fraction.Parse("-1/2"), Fraction.Parse("7"), Fraction.Parse("6/8") };
        list.Sort();
        Console.WriteLine("sorted: " + string.Join(" < ", list));
        Console.WriteLine($"distinct: {list.Distinct().Count()}, max {list.Max()}, min {list.Min()}");
        Console.WriteLine($"3/4 == 6/8: {Fraction.Parse("3/4") == Fraction.Parse("6/8")}, > 2/3: {Fraction.Parse("3/4") > Fraction.Parse("2/3")}");
        var set = new HashSet<Fraction>(list);
        Console.WriteLine($"set has 3/4: {set.Contains(new Fraction(9, 12))}");
        Fraction egypt = new Fraction(4, 13);
        var terms = new List<Fraction>();
        while (egypt.Num != 0)
        {
            long d = (egypt.Den + egypt.Num - 1) / egypt.Num;
            terms.Add(new Fraction(1, d));
            egypt -= new Fraction(1, d);
        }
        Console.WriteLine("4/13 = " + string.Join(" + ", terms));
        foreach (var s in new[] { "1/0", "a/b", "1/2/3" })
        {
            try { Console.WriteLine(Fraction.Parse(s)); }
            catch (Exception e) when (e is FormatException or DivideByZeroException) { Console.WriteLine($"{s}: {e.GetType().Name} - {e.Message}"); }
        }
        try
        {
            Fraction big = new Fraction(long.MaxValue / 2, 3);
            Console.WriteLine(big * big);
        }
        catch (OverflowException e) { Console.WriteLine("overflow: " + e.Message); }
        string formatted = string.Format("{0} | {0:M} | {0:D}", new Fraction(22, 7));
        Console.WriteLine(formatted);
    }
}
