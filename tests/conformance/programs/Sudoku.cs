using System;
using System.Linq;
using System.Text;

namespace Programs.Sudoku;

public class Board
{
    private readonly int[][] _g;
    public int Guesses { get; private set; }
    public Board(string puzzle)
    {
        var digits = puzzle.Where(c => char.IsDigit(c) || c == '.').Select(c => c == '.' ? 0 : c - '0').ToArray();
        if (digits.Length != 81) throw new ArgumentException($"expected 81 cells, got {digits.Length}", nameof(puzzle));
        _g = Enumerable.Range(0, 9).Select(r => digits.Skip(r * 9).Take(9).ToArray()).ToArray();
    }

    bool CanPlace(int r, int c, int v)
    {
        for (int i = 0; i < 9; i++)
            if (_g[r][i] == v || _g[i][c] == v) return false;
        int br = r / 3 * 3, bc = c / 3 * 3;
        for (int i = br; i < br + 3; i++)
            for (int j = bc; j < bc + 3; j++)
                if (_g[i][j] == v) return false;
        return true;
    }

    (int r, int c, int count) MostConstrained()
    {
        (int r, int c, int count) best = (-1, -1, 10);
        for (int r = 0; r < 9; r++)
            for (int c = 0; c < 9; c++)
            {
                if (_g[r][c] != 0) continue;
                int n = Enumerable.Range(1, 9).Count(v => CanPlace(r, c, v));
                if (n < best.count) best = (r, c, n);
            }
        return best;
    }

    public bool Solve()
    {
        var (r, c, count) = MostConstrained();
        if (r < 0) return true;
        if (count == 0) return false;
        for (int v = 1; v <= 9; v++)
        {
            if (!CanPlace(r, c, v)) continue;
            _g[r][c] = v; Guesses++;
            if (Solve()) return true;
            _g[r][c] = 0;
        }
        return false;
    }

    public bool IsValid() =>
        Enumerable.Range(0, 9).All(i =>
            _g[i].Distinct().Count() == 9 &&
            _g.Select(row => row[i]).Distinct().Count() == 9 &&
            Enumerable.Range(0, 9).Select(k => _g[i / 3 * 3 + k / 3][i % 3 * 3 + k % 3]).Distinct().Count() == 9);

    public override string ToString()
    {
        var sb = new StringBuilder();
        for (int r = 0; r < 9; r++)
        {
            if (r % 3 == 0 && r > 0) sb.AppendLine("------+-------+------");
            sb.AppendLine(string.Join(" | ", Enumerable.Range(0, 3).Select(b => string.Join(" ", _g[r].Skip(b * 3).Take(3).Select(v => v == 0 ? "." : v.ToString())))));
        }
        return sb.ToString();
    }
}

public static class SudokuProgram
{
    public static void Run()
    {
        string[] puzzles =
        {
            "53..7.... 6..195... .98....6. 8...6...3 4..8.3..1 7...2...6 .6....28. ...419..5 ....8..79",
            "..9748... 7........ .2.1.9... ..7...24. .64.1.59. .98...3.. ...8.3.2. ........6 ...2759..",
            "12345678. ........9 ......... ......... ......... ......... ......... ......... .........",
            "123",
        };
        foreach (var p in puzzles)
        {
            try
            {
                var b = new Board(p);
                bool ok = b.Solve();
                Console.WriteLine(ok ? $"solved with {b.Guesses} placements, valid={b.IsValid()}" : $"no solution after {b.Guesses} placements");
                if (ok) Console.Write(b);
            }
            catch (ArgumentException e)
            {
                Console.WriteLine($"bad puzzle: {e.Message} [{e.ParamName}]");
            }
        }
    }
}
