using System;
using System.Collections.Generic;
using System.Linq;

namespace Programs.Inventory;

public enum Category { Hardware, Grocery, Electronics, Garden }

public record Item(string Sku, string Name, Category Category, decimal UnitPrice, int Quantity)
{
    public decimal Value => UnitPrice * Quantity;
    public bool LowStock => Quantity < 5;
}

public class Warehouse
{
    private readonly Dictionary<string, Item> _items = new();
    public event Action<Item>? LowStockWarning;

    public void Add(Item item)
    {
        if (_items.ContainsKey(item.Sku))
            throw new InvalidOperationException($"Duplicate SKU {item.Sku}");
        _items[item.Sku] = item;
    }

    public void Remove(string sku, int count)
    {
        if (!_items.TryGetValue(sku, out var item))
            throw new KeyNotFoundException($"Unknown SKU '{sku}'");
        if (count > item.Quantity)
            throw new ArgumentOutOfRangeException(nameof(count), $"only {item.Quantity} left");
        var updated = item with { Quantity = item.Quantity - count };
        _items[sku] = updated;
        if (updated.LowStock) LowStockWarning?.Invoke(updated);
    }

    public IEnumerable<Item> All => _items.Values;
}

public static class InventoryProgram
{
    public static void Run()
    {
        var w = new Warehouse();
        w.LowStockWarning += i => Console.WriteLine($"  [warn] {i.Name} is low: {i.Quantity} left");
        var seed = new[]
        {
            new Item("H-100", "Claw hammer", Category.Hardware, 12.99m, 14),
            new Item("H-101", "Screwdriver set", Category.Hardware, 24.50m, 6),
            new Item("G-200", "Olive oil 1L", Category.Grocery, 8.75m, 40),
            new Item("G-201", "Basmati rice", Category.Grocery, 3.20m, 120),
            new Item("E-300", "USB-C cable", Category.Electronics, 9.99m, 33),
            new Item("E-301", "Headphones", Category.Electronics, 79.00m, 7),
            new Item("D-400", "Garden hose", Category.Garden, 31.40m, 5),
        };
        foreach (var item in seed) w.Add(item);

        try { w.Add(seed[0]); }
        catch (InvalidOperationException ex) { Console.WriteLine("Error: " + ex.Message); }

        w.Remove("E-301", 3);
        w.Remove("H-101", 2);
        try { w.Remove("X-999", 1); }
        catch (KeyNotFoundException ex) { Console.WriteLine($"Error: {ex.Message}"); }
        try { w.Remove("D-400", 10); }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine($"Error: {ex.Message}"); }

        Console.WriteLine();
        Console.WriteLine($"{"SKU",-6} {"Name",-16} {"Category",-12} {"Price",8} {"Qty",5} {"Value",10}");
        Console.WriteLine(new string('-', 62));
        foreach (var i in w.All.OrderBy(i => i.Category).ThenBy(i => i.Name))
        {
            Console.WriteLine($"{i.Sku,-6} {i.Name,-16} {i.Category,-12} {i.UnitPrice,8:F2} {i.Quantity,5} {i.Value,10:N2}");
        }
        Console.WriteLine(new string('-', 62));

        var totals = w.All
            .GroupBy(i => i.Category)
            .Select(g => new { Category = g.Key, Count = g.Count(), Value = g.Sum(i => i.Value) })
            .OrderByDescending(t => t.Value);
        foreach (var t in totals)
            Console.WriteLine($"{t.Category,-12} {t.Count} items  {t.Value,10:N2}");

        decimal grand = w.All.Sum(i => i.Value);
        Console.WriteLine($"Total inventory value: {grand:N2}");
        var low = w.All.Where(i => i.LowStock).Select(i => i.Sku).ToList();
        Console.WriteLine($"Low stock: {string.Join(", ", low)} ({low.Count})");
        var priciest = w.All.MaxBy(i => i.UnitPrice)!;
        Console.WriteLine($"Most expensive: {priciest}");
        Console.WriteLine($"Average price: {w.All.Average(i => i.UnitPrice):F3}");
    }
}
