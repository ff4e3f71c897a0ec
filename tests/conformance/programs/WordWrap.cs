using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Programs.WordWrap;

public enum Align { Left, Right, Center, Justify }

public static class Formatter
{
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > width)
            {
                if (line.Length > 0) { yield return line.ToString(); line.Clear(); }
                for (int i = 0; i < word.Length; i += width) 
                {
                    var piece = word.Substring(i, Math.Min(width, word.Length - i));
                    if (piece.Length == width) yield return piece; else line.Append(piece);
                }
                continue;
            }
            if (line.Length + word.Length + (line.Length > 0 ? 1 : 0) > width) { yield return line.ToString(); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    public static string AlignLine(string line, int width, Align align, bool last = false) => align switch
    {
        Align.Left => line,
        Align.Right => line.PadLeft(width),
        Align.Center => new string(' ', (width - line.Length) / 2) + line,
        Align.Justify when last || !line.Contains(' ') => line,
        Align.Justify => Justify(line, width),
        _ => throw new ArgumentOutOfRangeException(nameof(align)),
    };

    private static string Justify(string line, int width)
    {
        var words = line.Split(' ');
        int gaps = words.Length - 1, spaces = width - words.Sum(w => w.Length);
        var sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.Length; i++)
        {
            int n = spaces / gaps + (i <= spaces % gaps ? 1 : 0);
            sb.Append(' ', n).Append(words[i]);
        }
        return sb.ToString();
    }

    public static string Box(IEnumerable<string> lines, int width)
    {
        var sb = new StringBuilder();
        sb.Append('+').Append('-', width + 2).Append("+\n");
        foreach (var l in lines) sb.Append("| ").Append(l.PadRight(width)).Append(" |\n");
        sb.Append('+').Append('-', width + 2).Append('+');
        return sb.ToString();
    }
}

public static class WordWrapProgram
{
    const string Lorem = "Kiln builds a C# program together with a library OS written in C# into one small image, " +
        "and runs that image as a virtual machine or as a plain Linux process. Supercalifragilisticexpialidocious words get split.";

    public static void Run()
    {
        foreach (var align in Enum.GetValues<Align>())
        {
            var lines = Formatter.Wrap(Lorem, 28).ToList();
            Console.WriteLine($"{align} ({lines.Count} lines, widest {lines.Max(l => l.Length)}):");
            Console.WriteLine(Formatter.Box(lines.Select((l, i) => Formatter.AlignLine(l, 28, align, i == lines.Count - 1)), 28));
        }
        var narrow = Formatter.Wrap("a bb ccc dddd eeeee", 5);
        Console.WriteLine(string.Join("|", narrow));
        var indent = string.Join(Environment.NewLine, Formatter.Wrap(Lorem, 40).Select((l, i) => (i == 0 ? "* " : "  ") + l));
        Console.WriteLine(indent);
        var columns = Formatter.Wrap(Lorem, 18).ToArray();
        int half = (columns.Length + 1) / 2;
        for (int i = 0; i < half; i++)
            Console.WriteLine($"{columns[i],-18} | {(i + half < columns.Length ? columns[i + half] : ""),-18} |");
        Console.WriteLine(string.Format("{0,-10}|{1,10}|{2,-5:X}|{3,6:P0}", "left", "right", 255, 0.25));
        Console.WriteLine($"[{"",5}][{null,3}][{'c',-3}][{true,6}][{1.5f,-6}]");
    }
}
