using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Programs.BinaryTree;

public class Bst<T> : IEnumerable<T> where T : IComparable<T>
{
    private sealed class Node
    {
        public T Value;
        public Node? Left, Right;
        public Node(T v) => Value = v;
    }

    private Node? _root;
    public int Count { get; private set; }

    public bool Add(T value)
    {
        ref Node? cur = ref _root;
        while (cur != null)
        {
            int c = value.CompareTo(cur.Value);
            if (c == 0) return false;
            cur = ref (c < 0 ? ref cur.Left : ref cur.Right);
        }
        cur = new Node(value);
        Count++;
        return true;
    }

    public bool Contains(T value)
    {
        var n = _root;
        while (n != null)
        {
            int c = value.CompareTo(n.Value);
            if (c == 0) return true;
            n = c < 0 ? n.Left : n.Right;
        }
        return false;
    }

    public int Height => HeightOf(_root);
    private static int HeightOf(Node? n) => n is null ? 0 : 1 + Math.Max(HeightOf(n.Left), HeightOf(n.Right));

    public IEnumerator<T> GetEnumerator()
    {
        var stack = new Stack<Node>();
        var n = _root;
        while (stack.Count > 0 || n != null)
        {
            while (n != null) { stack.Push(n); n = n.Left; }
            n = stack.Pop();
            yield return n.Value;
            n = n.Right;
        }
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public IEnumerable<T> PreOrder() => Pre(_root);
    private static IEnumerable<T> Pre(Node? n)
    {
        if (n is null) yield break;
        yield return n.Value;
        foreach (var v in Pre(n.Left)) yield return v;
        foreach (var v in Pre(n.Right)) yield return v;
    }

    public IEnumerable<List<T>> Levels()
    {
        if (_root is null) yield break;
        var level = new List<Node> { _root };
        while (level.Count > 0)
        {
            yield return level.Select(n => n.Value).ToList();
            level = level.SelectMany(n => new[] { n.Left, n.Right }).Where(n => n != null).Select(n => n!).ToList();
        }
    }

    public T Min() => _root is null ? throw new InvalidOperationException("empty tree") : this.First();
}

public record struct Version(int Major, int Minor, int Patch) : IComparable<Version>
{
    public int CompareTo(Version o) => (Major, Minor, Patch).CompareTo((o.Major, o.Minor, o.Patch));
    public static Version Parse(string s)
    {
        var p = s.TrimStart('v').Split('.').Select(int.Parse).ToArray();
        return new Version(p[0], p.ElementAtOrDefault(1), p.ElementAtOrDefault(2));
    }
    public override string ToString() => $"v{Major}.{Minor}.{Patch}";
}

public static class BinaryTreeProgram
{
    public static void Run()
    {
        var tree = new Bst<int>();
        int[] values = { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 50 };
        var added = values.Select(v => tree.Add(v)).ToList();
        Console.WriteLine($"added: {string.Join(" ", added.Select(a => a ? "+" : "="))} count={tree.Count} height={tree.Height}");
        Console.WriteLine("in-order:  " + string.Join(" ", tree));
        Console.WriteLine("pre-order: " + string.Join(" ", tree.PreOrder()));
        foreach (var (lvl, i) in tree.Levels().Select((l, i) => (l, i))) Console.WriteLine($"  level {i}: {string.Join(",", lvl)}");
        Console.WriteLine($"contains 45? {tree.Contains(45)} 99? {tree.Contains(99)} min={tree.Min()} max={tree.Max()} sum={tree.Sum()}");
        Console.WriteLine($"evens: {string.Join(",", tree.Where(x => x % 20 == 0))}; > 42: {tree.SkipWhile(x => x <= 42).First()}");

        var words = new Bst<string>();
        foreach (var w in "the quick brown fox jumps over the lazy dog".Split(' ')) words.Add(w);
        Console.WriteLine($"words: {string.Join(" ", words)} (height {words.Height})");

        var versions = new Bst<Version>();
        foreach (var s in new[] { "1.2.3", "v1.10.0", "1.2", "0.9.9", "2", "1.2.10", "1.2.3" }) versions.Add(Version.Parse(s));
        Console.WriteLine("versions: " + string.Join(" < ", versions));
        Console.WriteLine($"latest {versions.Last()} {versions.Last() with { Patch = 1 }} equal={Version.Parse("1.2") == new Version(1, 2, 0)}");
        var sorted = new List<Version>(versions);
        sorted.Reverse();
        Console.WriteLine($"desc: {string.Join(" ", sorted)}; index of 1.2.10: {sorted.IndexOf(new Version(1, 2, 10))}");
        try { new Bst<double>().Min(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var tuples = new[] { (2, "b"), (1, "z"), (2, "a"), (1, "a") };
        Array.Sort(tuples);
        Console.WriteLine(string.Join(" ", tuples));
    }
}
