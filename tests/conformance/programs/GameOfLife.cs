using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Programs.GameOfLife;

public readonly record struct Cell(int X, int Y)
{
    public IEnumerable<Cell> Neighbours()
    {
        for (int dx = -1; dx <= 1; dx++)
            for (int dy = -1; dy <= 1; dy++)
                if (dx != 0 || dy != 0) yield return new Cell(X + dx, Y + dy);
    }
}

public class Life
{
    private HashSet<Cell> _alive;
    public int Generation { get; private set; }
    public Life(IEnumerable<Cell> cells) => _alive = new HashSet<Cell>(cells);
    public int Population => _alive.Count;

    public static Life FromPicture(params string[] rows)
    {
        var cells = rows.SelectMany((row, y) => row.Select((ch, x) => (ch, x)).Where(t => t.ch == '#').Select(t => new Cell(t.x, y)));
        return new Life(cells);
    }

    public void Step()
    {
        var counts = new Dictionary<Cell, int>();
        foreach (var c in _alive)
            foreach (var n in c.Neighbours())
                counts[n] = counts.GetValueOrDefault(n) + 1;
        _alive = counts.Where(kv => kv.Value == 3 || (kv.Value == 2 && _alive.Contains(kv.Key))).Select(kv => kv.Key).ToHashSet();
        Generation++;
    }

    public (int MinX, int MinY, int MaxX, int MaxY) Bounds() =>
        _alive.Count == 0 ? (0, 0, 0, 0) : (_alive.Min(c => c.X), _alive.Min(c => c.Y), _alive.Max(c => c.X), _alive.Max(c => c.Y));

    public string Render(int x0, int y0, int w, int h)
    {
        var sb = new StringBuilder();
        for (int y = y0; y < y0 + h; y++)
        {
            for (int x = x0; x < x0 + w; x++) sb.Append(_alive.Contains(new Cell(x, y)) ? '#' : '.');
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public string Signature()
    {
        var (mx, my, _, _) = Bounds();
        return string.Join(";", _alive.Select(c => (c.X - mx, c.Y - my)).OrderBy(p => p.Item1).ThenBy(p => p.Item2));
    }
}

public static class GameOfLifeProgram
{
    public static void Run()
    {
        var glider = Life.FromPicture(".#.", "..#", "###");
        for (int i = 0; i <= 4; i++)
        {
            Console.WriteLine($"gen {glider.Generation} pop {glider.Population} bounds {glider.Bounds()}");
            Console.Write(glider.Render(0, 0, 6, 5));
            glider.Step();
        }
        var blinker = Life.FromPicture("###");
        var seen = new Dictionary<string, int>();
        while (!seen.ContainsKey(blinker.Signature()))
        {
            seen[blinker.Signature()] = blinker.Generation;
            blinker.Step();
        }
        Console.WriteLine($"blinker repeats at gen {blinker.Generation} (first seen {seen[blinker.Signature()]}), period {blinker.Generation - seen[blinker.Signature()]}");
        var rpent = Life.FromPicture(".##", "##.", ".#.");
        var pops = new List<int>();
        for (int i = 0; i < 60; i++) { pops.Add(rpent.Population); rpent.Step(); }
        Console.WriteLine("r-pentomino populations: " + string.Join(",", pops.Where((p, i) => i % 6 == 0)));
        Console.WriteLine($"max {pops.Max()} at gen {pops.IndexOf(pops.Max())}, final bounds {rpent.Bounds()}");
        var block = Life.FromPicture("##", "##");
        string before = block.Signature();
        block.Step();
        Console.WriteLine($"block still life: {before == block.Signature()} [{before}]");
        Console.WriteLine(new Cell(1, 2) + " " + (new Cell(1, 2) == new Cell(1, 2)) + " " + new Cell(3, 4).GetHashCode().Equals(new Cell(3, 4).GetHashCode()));
    }
}
