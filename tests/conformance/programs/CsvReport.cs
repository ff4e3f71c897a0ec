using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Programs.CsvReport;

public static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var field = new StringBuilder();
        var row = new List<string>();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    row.Add(field.ToString()); field.Clear();
                    rows.Add(row.ToArray()); row.Clear();
                    break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row.ToArray()); }
        return rows;
    }

    public static string Escape(string s) =>
        s.IndexOfAny(new[] { ',', '"', '\n' }) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}

public class Employee
{
    public string Name { get; set; } = "";
    public string Dept { get; set; } = "";
    public decimal Salary { get; set; }
    public int? Age { get; set; }
    public string[] Skills { get; set; } = Array.Empty<string>();
}

public static class CsvReportProgram
{
    const string Input = "name,dept,salary,age,skills\n" +
                         "\"Smith, Jane\",Engineering,98500.00,34,\"c#;sql;k8s\"\n" +
                         "Bob Jones,Sales,61000,,excel\r\n" +
                         "\"Li \"\"Lucky\"\" Wei\",Engineering,120000.50,41,c#;rust\n" +
                         "Ana Costa,Marketing,72000,29,\n" +
                         "Omar Haddad,Sales,58000.75,52,excel;crm;sql\n" +
                         "Zoe Park,Engineering,87000,38,go";

    public static void Run()
    {
        var rows = Csv.Parse(Input);
        var header = rows[0];
        Console.WriteLine($"columns: {string.Join(" | ", header)} ({rows.Count - 1} rows)");
        var people = rows.Skip(1).Select(r => new Employee
        {
            Name = r[0],
            Dept = r[1],
            Salary = decimal.Parse(r[2], CultureInfo.InvariantCulture),
            Age = int.TryParse(r[3], out var a) ? a : null,
            Skills = r[4].Split(';', StringSplitOptions.RemoveEmptyEntries),
        }).ToList();

        int nameWidth = people.Max(p => p.Name.Length) + 2;
        foreach (var p in people)
            Console.WriteLine($"{p.Name.PadRight(nameWidth)}{p.Dept,-12}{p.Salary,12:N2} {p.Age?.ToString() ?? "n/a",4} [{string.Join(",", p.Skills)}]");

        foreach (var g in people.GroupBy(p => p.Dept).OrderBy(g => g.Key))
        {
            var ages = g.Where(p => p.Age.HasValue).Select(p => p.Age!.Value).ToList();
            string avgAge = ages.Count > 0 ? ages.Average().ToString("F1") : "-";
            Console.WriteLine($"{g.Key}: n={g.Count()} payroll={g.Sum(p => p.Salary):N0} avg={g.Average(p => p.Salary):F2} avgAge={avgAge}");
        }
        int? totalAge = people.Sum(p => p.Age);
        double? meanAge = people.Average(p => (double?)p.Age);
        Console.WriteLine($"total age {totalAge}, mean age {meanAge:F2}, oldest {people.Max(p => p.Age)}, missing ages {people.Count(p => p.Age is null)}");
        var skillCounts = people.SelectMany(p => p.Skills).GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key);
        Console.WriteLine("skills: " + string.Join(", ", skillCounts.Select(g => $"{g.Key}({g.Count()})")));
        var raise = people.Where(p => p.Skills.Contains("sql")).ToList();
        raise.ForEach(p => p.Salary = Math.Round(p.Salary * 1.035m, 2));

        var outSb = new StringBuilder();
        outSb.AppendLine(string.Join(",", header.Take(3).Select(h => h.ToUpperInvariant())));
        foreach (var p in people.OrderByDescending(p => p.Salary))
            outSb.AppendLine(string.Join(",", Csv.Escape(p.Name), Csv.Escape(p.Dept), p.Salary.ToString(CultureInfo.InvariantCulture)));
        Console.Write(outSb);
        var roundTrip = Csv.Parse(outSb.ToString());
        Console.WriteLine($"round trip rows={roundTrip.Count} first={roundTrip[1][0]} quotes kept={roundTrip.Any(r => r[0].Contains('"'))}");
        var parts = "  a, b ,,c  ,".Split(',', StringSplitOptions.TrimEntries);
        Console.WriteLine($"[{string.Join("][", parts)}] {parts.Length} | {"x|y||z".Split('|').Length} | {string.Join("/", "one  two   three".Split(' ', StringSplitOptions.RemoveEmptyEntries))}");
        Console.WriteLine($"{"  padded  ".Trim()}|{"xxhixx".Trim('x')}|{"abc".PadLeft(6, '-')}|{"abc".PadRight(6, '.')}|{"a-b-c".Replace('-', '+')}|{"Hello".Insert(5, " World").Remove(0, 1)}");
    }
}
