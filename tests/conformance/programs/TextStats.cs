using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Programs.TextStats;

public static class TextStatsProgram
{
    const string Text = @"It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. We had everything before us; we had nothing before us!
Were we all going direct to Heaven? We were all going direct the other way.";

    static IEnumerable<string> Words(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetter(c) || c == '\'') sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0) { yield return sb.ToString(); sb.Clear(); }
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    public static void Run()
    {
        var lines = Text.Split('\n');
        var words = Words(Text).ToList();
        var sentences = Text.Split(new[] { '.', '!', '?' }, StringSplitOptions.RemoveEmptyEntries)
                            .Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
        Console.WriteLine($"lines={lines.Length} words={words.Count} unique={words.Distinct().Count()} sentences={sentences.Length}");
        Console.WriteLine($"chars={Text.Length} letters={Text.Count(char.IsLetter)} upper={Text.Count(char.IsUpper)} punctuation={Text.Count(char.IsPunctuation)}");
        Console.WriteLine($"average word length {words.Average(w => w.Length):F2}, longest '{words.OrderByDescending(w => w.Length).ThenBy(w => w).First()}'");

        var freq = new SortedDictionary<string, int>();
        foreach (var w in words) freq[w] = freq.TryGetValue(w, out var n) ? n + 1 : 1;
        Console.WriteLine("top words:");
        foreach (var (word, count) in freq.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(6).Select(kv => (kv.Key, kv.Value)))
            Console.WriteLine($"  {word,-8}{count,3} {new string('*', count)}");
        Console.WriteLine("once: " + string.Join(" ", freq.Where(kv => kv.Value == 1).Select(kv => kv.Key).Take(10)));

        var byLength = words.GroupBy(w => w.Length).OrderBy(g => g.Key);
        Console.WriteLine(string.Join("; ", byLength.Select(g => $"{g.Key}:{g.Count()}")));

        var letters = Text.Where(char.IsLetter).Select(char.ToUpperInvariant)
                          .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var top = letters.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(5);
        Console.WriteLine("letters: " + string.Join(", ", top.Select(kv => $"{kv.Key}={kv.Value / (double)letters.Values.Sum():P1}")));
        var missing = Enumerable.Range('A', 26).Select(i => (char)i).Where(c => !letters.ContainsKey(c));
        Console.WriteLine("never used: " + new string(missing.ToArray()));

        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            var trimmed = line.TrimEnd('\r');
            string shortLine = trimmed.Length > 30 ? trimmed.Substring(0, 27) + "..." : trimmed;
            Console.WriteLine($"{i + 1,2}| {shortLine,-30} |{trimmed.Split(' ').Length,3} words");
        }
        string title = string.Join(" ", "the best of times".Split(' ').Select(w => char.ToUpper(w[0]) + w[1..]));
        Console.WriteLine(title + " / " + "Darkness".ToUpper() + " / " + new string("wisdom".Reverse().ToArray()));
        Console.WriteLine($"'age' first at {Text.IndexOf("age")}, last 'was' at {Text.LastIndexOf("was")}, contains 'Heaven': {Text.Contains("Heaven")}");
        Console.WriteLine(Text.Replace("it was", "IT WAS").Substring(0, 60));
        int cmp = string.Compare("apple", "Apple", StringComparison.OrdinalIgnoreCase);
        Console.WriteLine($"compare={cmp} equalsIgnoreCase={"HOPE".Equals("hope", StringComparison.OrdinalIgnoreCase)} starts={Text.StartsWith("It")}");
    }
}
