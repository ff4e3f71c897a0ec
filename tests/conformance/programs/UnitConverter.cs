using System;
using System.Collections.Generic;
using System.Linq;

namespace Programs.UnitConverter;

[Flags]
public enum Permissions { None = 0, Read = 1, Write = 2, Execute = 4, Delete = 8, All = Read | Write | Execute | Delete }

public enum Dimension { Length, Mass, Temperature }

public record Unit(string Symbol, Dimension Dim, double ToBase, double Offset = 0);

public readonly struct Quantity
{
    public double Value { get; }
    public Unit Unit { get; }
    public Quantity(double value, Unit unit) { Value = value; Unit = unit; }
    public Quantity To(Unit target)
    {
        if (target.Dim != Unit.Dim) throw new InvalidCastException($"cannot convert {Unit.Dim} to {target.Dim}");
        double baseValue = (Value + Unit.Offset) * Unit.ToBase;
        return new Quantity(baseValue / target.ToBase - target.Offset, target);
    }
    public static Quantity operator +(Quantity a, Quantity b) => new(a.Value + b.To(a.Unit).Value, a.Unit);
    public override string ToString() => $"{Value:0.###} {Unit.Symbol}";
}

public static class UnitConverterProgram
{
    static readonly Dictionary<string, Unit> Units = new[]
    {
        new Unit("m", Dimension.Length, 1), new Unit("km", Dimension.Length, 1000), new Unit("mi", Dimension.Length, 1609.344),
        new Unit("ft", Dimension.Length, 0.3048), new Unit("in", Dimension.Length, 0.0254),
        new Unit("kg", Dimension.Mass, 1), new Unit("lb", Dimension.Mass, 0.45359237), new Unit("oz", Dimension.Mass, 0.028349523125),
        new Unit("K", Dimension.Temperature, 1), new Unit("C", Dimension.Temperature, 1, 273.15), new Unit("F", Dimension.Temperature, 5.0 / 9, 459.67),
    }.ToDictionary(u => u.Symbol);

    static Quantity ParseQuantity(string s)
    {
        var parts = s.Trim().Split(' ', 2);
        if (parts.Length != 2 || !double.TryParse(parts[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v))
            throw new FormatException($"cannot parse '{s}'");
        return Units.TryGetValue(parts[1], out var u) ? new Quantity(v, u) : throw new KeyNotFoundException($"unknown unit '{parts[1]}'");
    }

    public static void Run()
    {
        string[] requests = { "5 km>mi", "26.2 mi>km", "6 ft>in", "100 C>F", "-40 F>C", "0 K>C", "98.6 F>K", "1 lb>oz", "3 kg>lb", "1 m>kg", "abc m>ft", "2 parsec>m" };
        foreach (var r in requests)
        {
            var (from, to) = (r.Split('>')[0], r.Split('>')[1]);
            try { Console.WriteLine($"{from,-10} = {ParseQuantity(from).To(Units[to])}"); }
            catch (Exception e) { Console.WriteLine($"{from,-10} ! {e.GetType().Name}: {e.Message}"); }
        }
        var total = ParseQuantity("1 mi") + ParseQuantity("500 m") + ParseQuantity("100 ft");
        Console.WriteLine($"sum: {total} = {total.To(Units["km"])}");
        Console.WriteLine($"{"C",6} {"F",7} {"K",7}");
        for (int c = -20; c <= 40; c += 15)
        {
            var q = new Quantity(c, Units["C"]);
            Console.WriteLine($"{c,6} {q.To(Units["F"]).Value,7:F1} {q.To(Units["K"]).Value,7:F2}");
        }
        foreach (var dim in Enum.GetValues<Dimension>())
            Console.WriteLine($"{dim}: {string.Join(" ", Units.Values.Where(u => u.Dim == dim).Select(u => u.Symbol))}");

        var p = Permissions.Read | Permissions.Write;
        Console.WriteLine($"{p} | {p | Permissions.Execute} | {Permissions.All} | {Permissions.None} | {(Permissions)16} | {(Permissions)3:D}");
        Console.WriteLine($"has write {p.HasFlag(Permissions.Write)} has delete {(p & Permissions.Delete) != 0} without read {p & ~Permissions.Read}");
        Console.WriteLine($"parse: {Enum.Parse<Permissions>("Read, Execute")} {Enum.TryParse<Dimension>("mass", true, out var d)} {d} {Enum.IsDefined(typeof(Dimension), 5)}");
        Console.WriteLine(string.Join(",", Enum.GetValues<Permissions>().Select(x => $"{x}={(int)x}")));
        Console.WriteLine($"{Dimension.Temperature.ToString().ToUpper()} {nameof(Dimension.Mass)} {Enum.GetName(typeof(Dimension), 1)} {(Dimension)2}");
    }
}
