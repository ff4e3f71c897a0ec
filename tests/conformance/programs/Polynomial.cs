using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Programs.Polynomial;

public sealed class Poly : IEquatable<Poly>
{
    private readonly double[] _c; // _c[i] is the coefficient of x^i
    public Poly(params double[] coefficients)
    {
        int n = coefficients.Length;
        while (n > 1 && coefficients[n - 1] == 0) n--;
        _c = coefficients.Take(Math.Max(n, 1)).ToArray();
        if (_c.Length == 0) _c = new[] { 0.0 };
    }
    public int Degree => _c.Length - 1;
    public double this[int i] => i < _c.Length ? _c[i] : 0;

    public double Evaluate(double x) => _c.Reverse().Aggregate(0.0, (acc, c) => acc * x + c);

    public static Poly operator +(Poly a, Poly b) =>
        new(Enumerable.Range(0, Math.Max(a._c.Length, b._c.Length)).Select(i => a[i] + b[i]).ToArray());
    public static Poly operator -(Poly a) => new(a._c.Select(c => -c).ToArray());
    public static Poly operator -(Poly a, Poly b) => a + -b;
    public static Poly operator *(Poly a, Poly b)
    {
        var r = new double[a._c.Length + b._c.Length - 1];
        for (int i = 0; i < a._c.Length; i++)
            for (int j = 0; j < b._c.Length; j++) r[i + j] += a._c[i] * b._c[j];
        return new Poly(r);
    }
    public static implicit operator Poly(double constant) => new(constant);
    public static bool operator ==(Poly? a, Poly? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(Poly? a, Poly? b) => !(a == b);

    public Poly Derivative() => Degree == 0 ? new Poly(0) : new Poly(_c.Skip(1).Select((c, i) => c * (i + 1)).ToArray());

    public (Poly Quotient, Poly Remainder) DivideBy(Poly d)
    {
        if (d.Degree == 0 && d[0] == 0) throw new DivideByZeroException("polynomial division by zero");
        var rem = (double[])_c.Clone();
        var q = new double[Math.Max(1, Degree - d.Degree + 1)];
        for (int i = Degree - d.Degree; i >= 0; i--)
        {
            q[i] = rem[i + d.Degree] / d._c[^1];
            for (int j = 0; j <= d.Degree; j++) rem[i + j] -= q[i] * d._c[j];
        }
        return (new Poly(q), new Poly(rem.Take(Math.Max(1, d.Degree)).ToArray()));
    }

    public double? NewtonRoot(double guess, int maxIter = 50)
    {
        var dp = Derivative();
        double x = guess;
        for (int i = 0; i < maxIter; i++)
        {
            double fx = Evaluate(x), dfx = dp.Evaluate(x);
            if (Math.Abs(fx) < 1e-12) return x;
            if (dfx == 0) return null;
            x -= fx / dfx;
        }
        return Math.Abs(Evaluate(x)) < 1e-9 ? x : null;
    }

    public bool Equals(Poly? other) => other is not null && _c.SequenceEqual(other._c);
    public override bool Equals(object? obj) => obj is Poly p && Equals(p);
    public override int GetHashCode() => _c.Aggregate(17, (h, c) => h * 31 + c.GetHashCode());

    public override string ToString()
    {
        var sb = new StringBuilder();
        for (int i = Degree; i >= 0; i--)
        {
            double c = _c[i];
            if (c == 0 && Degree > 0) continue;
            sb.Append(sb.Length == 0 ? (c < 0 ? "-" : "") : (c < 0 ? " - " : " + "));
            double a = Math.Abs(c);
            if (a != 1 || i == 0) sb.Append(a);
            if (i > 0) sb.Append('x');
            if (i > 1) sb.Append('^').Append(i);
        }
        return sb.ToString();
    }
}

public static class PolynomialProgram
{
    public static void Run()
    {
        var p = new Poly(-6, 11, -6, 1);    // (x-1)(x-2)(x-3)
        var q = new Poly(1, 1);             // x + 1
        Console.WriteLine($"p = {p}   degree {p.Degree}");
        Console.WriteLine($"q = {q}");
        Console.WriteLine($"p + q = {p + q}");
        Console.WriteLine($"p - p = {p - p}");
        Console.WriteLine($"p * q = {p * q}");
        Console.WriteLine($"p' = {p.Derivative()}, p'' = {p.Derivative().Derivative()}");
        Console.WriteLine($"2.5 * q = {(Poly)2.5 * q}");
        var (quot, rem) = p.DivideBy(new Poly(-1, 1));
        Console.WriteLine($"p / (x - 1) = {quot} remainder {rem}");
        (quot, rem) = p.DivideBy(q);
        Console.WriteLine($"p / q = {quot} remainder {rem}");
        foreach (var x in new[] { 0.0, 0.5, 1, 2.5, -1.25, 10 })
            Console.WriteLine($"p({x}) = {p.Evaluate(x)}");
        var roots = new SortedSet<double>();
        foreach (var guess in new[] { -10.0, 0, 1.6, 2.4, 5, 100 })
            if (p.NewtonRoot(guess) is double r) roots.Add(Math.Round(r, 9));
        Console.WriteLine("roots: " + string.Join(", ", roots));
        var noReal = new Poly(1, 0, 1);
        Console.WriteLine($"{noReal} root from 0.5: {noReal.NewtonRoot(0.5)?.ToString() ?? "none"}");
        Console.WriteLine($"equal: {new Poly(1, 2, 0) == new Poly(1, 2)}, {p == q}, hash same: {new Poly(3, 4).GetHashCode() == new Poly(3, 4, 0, 0).GetHashCode()}");
        try { p.DivideBy(new Poly(0)); }
        catch (DivideByZeroException e) { Console.WriteLine(e.Message); }
        var set = new HashSet<Poly> { new Poly(1, 1), new Poly(1, 1, 0), new Poly(2) };
        Console.WriteLine($"distinct polys: {set.Count}; third-degree coefficient of p*p: {(p * p)[3]}");
    }
}
