using System;
using System.Collections.Generic;
using System.Linq;

namespace Programs.TopoSort;

public class CycleException : Exception
{
    public IReadOnlyList<string> Cycle { get; }
    public CycleException(IReadOnlyList<string> cycle) : base("cycle: " + string.Join(" -> ", cycle)) => Cycle = cycle;
}

public class DependencyGraph
{
    private readonly SortedDictionary<string, SortedSet<string>> _deps = new();

    public void Add(string item, params string[] dependsOn)
    {
        if (!_deps.ContainsKey(item)) _deps[item] = new SortedSet<string>();
        foreach (var d in dependsOn)
        {
            _deps[item].Add(d);
            if (!_deps.ContainsKey(d)) _deps[d] = new SortedSet<string>();
        }
    }

    // Kahn's algorithm, alphabetical among ready items
    public List<string> Order()
    {
        var indeg = _deps.ToDictionary(kv => kv.Key, kv => kv.Value.Count);
        var users = new Dictionary<string, List<string>>();
        foreach (var (item, deps) in _deps)
            foreach (var d in deps)
                (users.TryGetValue(d, out var l) ? l : users[d] = new List<string>()).Add(item);
        var ready = new SortedSet<string>(indeg.Where(kv => kv.Value == 0).Select(kv => kv.Key));
        var result = new List<string>();
        while (ready.Count > 0)
        {
            var next = ready.Min!;
            ready.Remove(next);
            result.Add(next);
            foreach (var u in users.GetValueOrDefault(next) ?? new List<string>())
                if (--indeg[u] == 0) ready.Add(u);
        }
        if (result.Count != _deps.Count) throw new CycleException(FindCycle());
        return result;
    }

    private List<string> FindCycle()
    {
        var state = new Dictionary<string, int>();
        var stack = new Stack<string>();
        List<string>? found = null;
        bool Dfs(string n)
        {
            state[n] = 1; stack.Push(n);
            foreach (var d in _deps[n])
            {
                if (state.GetValueOrDefault(d) == 1)
                {
                    var path = stack.Reverse().SkipWhile(x => x != d).ToList();
                    path.Add(d);
                    found = path;
                    return true;
                }
                if (state.GetValueOrDefault(d) == 0 && Dfs(d)) return true;
            }
            stack.Pop(); state[n] = 2;
            return false;
        }
        foreach (var n in _deps.Keys) if (state.GetValueOrDefault(n) == 0 && Dfs(n)) break;
        return found ?? new List<string>();
    }

    public IEnumerable<string> Bfs(string start)
    {
        var seen = new HashSet<string> { start };
        var q = new Queue<(string Node, int Depth)>();
        q.Enqueue((start, 0));
        while (q.TryDequeue(out var cur))
        {
            yield return $"{new string(' ', cur.Depth * 2)}{cur.Node}";
            foreach (var d in _deps[cur.Node].Where(seen.Add)) q.Enqueue((d, cur.Depth + 1));
        }
    }

    public int Depth(string n) => _deps[n].Count == 0 ? 0 : 1 + _deps[n].Max(Depth);
}

public static class TopoSortProgram
{
    public static void Run()
    {
        var g = new DependencyGraph();
        g.Add("app", "web", "db", "log");
        g.Add("web", "http", "log", "json");
        g.Add("db", "net", "log");
        g.Add("http", "net");
        g.Add("json");
        g.Add("net", "os");
        g.Add("log", "os");
        var order = g.Order();
        Console.WriteLine("build order: " + string.Join(", ", order));
        Console.WriteLine("levels: " + string.Join(" ", order.Select(n => $"{n}={g.Depth(n)}")));
        foreach (var line in g.Bfs("app")) Console.WriteLine(line);
        g.Add("os", "app");
        try { g.Order(); }
        catch (CycleException e) { Console.WriteLine($"{e.Message} (length {e.Cycle.Count - 1})"); }
        var small = new DependencyGraph();
        small.Add("a", "a");
        try { small.Order(); } catch (CycleException e) { Console.WriteLine(e.Message); }
        finally { Console.WriteLine("done checking"); }
    }
}
