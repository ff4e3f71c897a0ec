using System;
using System.Collections.Generic;
using System.Linq;

namespace Programs.ShoppingCart;

public record Product(string Code, string Name, decimal Price, bool Taxable = true);
public record LineItem(Product Product, int Qty)
{
    public decimal Subtotal => Product.Price * Qty;
}

public abstract record Discount(string Label);
public record PercentOff(string Label, decimal Percent) : Discount(Label);
public record AmountOff(string Label, decimal Amount, decimal MinSpend) : Discount(Label);
public record BuyXGetY(string Label, string Code, int Buy, int Free) : Discount(Label);

public class Cart
{
    private readonly List<LineItem> _lines = new();
    private readonly List<Discount> _discounts = new();
    public const decimal TaxRate = 0.0825m;

    public Cart Add(Product p, int qty = 1)
    {
        int idx = _lines.FindIndex(l => l.Product.Code == p.Code);
        if (idx >= 0) _lines[idx] = _lines[idx] with { Qty = _lines[idx].Qty + qty };
        else _lines.Add(new LineItem(p, qty));
        return this;
    }

    public Cart Apply(Discount d) { _discounts.Add(d); return this; }

    public decimal Subtotal => _lines.Sum(l => l.Subtotal);

    decimal Value(Discount d) => d switch
    {
        PercentOff p => Math.Round(Subtotal * p.Percent / 100, 2),
        AmountOff a when Subtotal >= a.MinSpend => a.Amount,
        AmountOff => 0m,
        BuyXGetY b => _lines.Where(l => l.Product.Code == b.Code)
                            .Sum(l => l.Qty / (b.Buy + b.Free) * b.Free * l.Product.Price),
        _ => throw new NotSupportedException(d.GetType().Name),
    };

    public void PrintReceipt()
    {
        foreach (var l in _lines)
            Console.WriteLine($"{l.Qty,3} x {l.Product.Name,-18} @ {l.Product.Price,7:0.00} = {l.Subtotal,8:0.00}{(l.Product.Taxable ? "" : " (no tax)")}");
        Console.WriteLine($"{"Subtotal",-34}{Subtotal,9:0.00}");
        decimal off = 0;
        foreach (var d in _discounts)
        {
            var v = Value(d);
            off += v;
            Console.WriteLine($"  {d.Label,-32}{-v,9:0.00}");
        }
        decimal taxableShare = _lines.Where(l => l.Product.Taxable).Sum(l => l.Subtotal) / Subtotal;
        decimal tax = Math.Round((Subtotal - off) * taxableShare * TaxRate, 2, MidpointRounding.ToEven);
        Console.WriteLine($"{"Tax 8.25%",-34}{tax,9:0.00}");
        Console.WriteLine($"{"TOTAL",-34}{Subtotal - off + tax,9:0.00}");
    }
}

public static class ShoppingCartProgram
{
    public static void Run()
    {
        var catalog = new Dictionary<string, Product>
        {
            ["APL"] = new("APL", "Apples (lb)", 1.49m, false),
            ["BRD"] = new("BRD", "Sourdough bread", 5.25m, false),
            ["SOP"] = new("SOP", "Dish soap", 3.99m),
            ["BAT"] = new("BAT", "AA batteries 8pk", 9.49m),
            ["TEA"] = new("TEA", "Green tea", 4.10m),
        };
        var cart = new Cart()
            .Add(catalog["APL"], 3).Add(catalog["SOP"]).Add(catalog["TEA"], 2).Add(catalog["BAT"]).Add(catalog["TEA"], 4).Add(catalog["BRD"]);
        cart.Apply(new BuyXGetY("Tea: buy 2 get 1 free", "TEA", 2, 1))
            .Apply(new PercentOff("Member 5%", 5))
            .Apply(new AmountOff("$10 off $100", 10, 100))
            .Apply(new AmountOff("$2 off $20", 2, 20));
        cart.PrintReceipt();

        var p1 = catalog["SOP"];
        var p2 = p1 with { Price = 2.99m };
        Console.WriteLine(p1);
        Console.WriteLine(p2);
        Console.WriteLine($"same product? {p1 == p2}, same code? {p1.Code == p2.Code}, copy equal: {p1 == (p1 with { })}");
        Discount d = new PercentOff("x", 10);
        Console.WriteLine(d);
        Console.WriteLine($"{1.005m:0.00} {Math.Round(1.005m, 2)} {Math.Round(2.345m, 2, MidpointRounding.AwayFromZero)} {10m / 3m} {1m / 8m} {0.1m + 0.2m} {100m * 1.0825m}");
        Console.WriteLine($"{decimal.Parse("12.3400")} {decimal.Parse("12.3400").ToString("0.##")} {decimal.MaxValue} {-0.5m:F0} {decimal.Round(-0.5m)} {decimal.Floor(-1.5m)} {(int)9.99m} {(double)0.1m}");
        var totals = new[] { 12.5m, 7.25m, 100m, 0.75m };
        Console.WriteLine($"sum {totals.Sum()} avg {totals.Average()} max {totals.Max()} min {totals.Min()}");
    }
}
