using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Programs.SalesReport;

public record Sale(string Region, string Rep, string Product, int Units, double UnitPrice)
{
    public double Revenue => Units * UnitPrice;
}

public static class SalesReportProgram
{
    static readonly string Data = """
        North,Ann,Widget,120,2.5
        North,Ann,Gadget,15,19.99
        North,Bill,Widget,80,2.5
        South,Cara,Gizmo,7,149.0
        South,Cara,Widget,300,2.25
        South,Dev,Gadget,22,18.5
        East,Eve,Gizmo,3,155.75
        East,Eve,Widget,45,2.6
        West,Finn,Gadget,40,17.0
        West,Gus,Gizmo,11,140.0
        West,Gus,Widget,0,2.5
        """;

    static string Bar(double fraction, int width = 20)
    {
        int full = (int)Math.Round(fraction * width);
        return new string('#', full).PadRight(width, '.');
    }

    public static void Run()
    {
        var sales = Data.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Trim().Split(','))
            .Select(f => new Sale(f[0], f[1], f[2], int.Parse(f[3]), double.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        double total = sales.Sum(s => s.Revenue);

        Console.WriteLine("SALES REPORT".PadLeft(34));
        Console.WriteLine(new string('=', 60));
        Console.WriteLine(string.Format("{0,-8}{1,8}{2,14}{3,8}  {4}", "Region", "Units", "Revenue", "Share", "Chart"));
        foreach (var g in sales.GroupBy(s => s.Region).OrderByDescending(g => g.Sum(s => s.Revenue)))
        {
            double rev = g.Sum(s => s.Revenue);
            Console.WriteLine(string.Format("{0,-8}{1,8:N0}{2,14:N2}{3,8:P1}  {4}", g.Key, g.Sum(s => s.Units), rev, rev / total, Bar(rev / total)));
        }
        Console.WriteLine(new string('-', 60));
        Console.WriteLine(string.Format("{0,-8}{1,8:N0}{2,14:N2}{3,8:P0}", "TOTAL", sales.Sum(s => s.Units), total, 1.0));
        Console.WriteLine();

        var pivot = sales.GroupBy(s => s.Product).OrderBy(g => g.Key).ToList();
        var regions = sales.Select(s => s.Region).Distinct().OrderBy(r => r).ToArray();
        var header = new StringBuilder("Product ");
        foreach (var r in regions) header.Append(r.PadLeft(10));
        Console.WriteLine(header.Append("     Total"));
        foreach (var p in pivot)
        {
            var row = new StringBuilder(p.Key.PadRight(8));
            foreach (var r in regions)
            {
                double v = p.Where(s => s.Region == r).Sum(s => s.Revenue);
                row.Append(v == 0 ? "-".PadLeft(10) : v.ToString("#,##0.0").PadLeft(10));
            }
            row.AppendFormat("{0,10:0.00}", p.Sum(s => s.Revenue));
            Console.WriteLine(row);
        }
        Console.WriteLine();

        var reps = sales.GroupBy(s => s.Rep)
            .Select(g => (Rep: g.Key, Revenue: g.Sum(s => s.Revenue), Deals: g.Count(s => s.Units > 0)))
            .OrderByDescending(r => r.Revenue).ToList();
        int rank = 0;
        foreach (var r in reps)
        {
            string medal = ++rank switch { 1 => "gold", 2 => "silver", 3 => "bronze", _ => "" };
            Console.WriteLine($"{rank}. {r.Rep,-5} {r.Revenue,10:C2} {r.Deals} deal{(r.Deals == 1 ? "" : "s")} {medal}".TrimEnd());
        }
        var avg = reps.Average(r => r.Revenue);
        Console.WriteLine($"mean {avg:F2}, median {Median(reps.Select(r => r.Revenue)):F2}, stddev {StdDev(reps.Select(r => r.Revenue)):F3}");
        Console.WriteLine($"above average: {string.Join(", ", reps.Where(r => r.Revenue > avg).Select(r => r.Rep))}");
        Console.WriteLine($"best single sale: {sales.MaxBy(s => s.Revenue)}");
        Console.WriteLine($"scientific: {total:E2} | fixed: {total:F0} | general: {total:G4} | raw: {total}");
        Console.WriteLine($"hex units: {string.Join(" ", sales.Select(s => s.Units.ToString("X3")))}");
    }

    static double Median(IEnumerable<double> xs)
    {
        var a = xs.OrderBy(x => x).ToArray();
        return a.Length % 2 == 1 ? a[a.Length / 2] : (a[a.Length / 2 - 1] + a[a.Length / 2]) / 2;
    }

    static double StdDev(IEnumerable<double> xs)
    {
        var list = xs.ToList();
        double mean = list.Average();
        return Math.Sqrt(list.Sum(x => (x - mean) * (x - mean)) / list.Count);
    }
}
