using System;
using System.Collections.Generic;
using System.Linq;

namespace Programs.Dijkstra;

public readonly struct Edge
{
    public string To { get; }
    public int Weight { get; }
    public Edge(string to, int weight) { To = to; Weight = weight; }
    public override string ToString() => $"->{To}({Weight})";
}

public class Graph
{
    private readonly Dictionary<string, List<Edge>> _adj = new();
    public void AddEdge(string a, string b, int w, bool bidirectional = true)
    {
        Get(a).Add(new Edge(b, w));
        Get(b);
        if (bidirectional) Get(b).Add(new Edge(a, w));
    }
    private List<Edge> Get(string n)
    {
        if (!_adj.TryGetValue(n, out var list)) { list = new List<Edge>(); _adj[n] = list; }
        return list;
    }
    public IEnumerable<string> Nodes => _adj.Keys;
    public IReadOnlyList<Edge> Neighbours(string n) => _adj.TryGetValue(n, out var l) ? l : Array.Empty<Edge>();

    public (Dictionary<string, int> Dist, Dictionary<string, string?> Prev) ShortestPaths(string source)
    {
        var dist = Nodes.ToDictionary(n => n, _ => int.MaxValue);
        var prev = Nodes.ToDictionary(n => n, _ => (string?)null);
        var pq = new PriorityQueue<string, int>();
        dist[source] = 0;
        pq.Enqueue(source, 0);
        var visited = new HashSet<string>();
        while (pq.TryDequeue(out var node, out var d))
        {
            if (!visited.Add(node)) continue;
            foreach (var e in Neighbours(node))
            {
                int nd = d + e.Weight;
                if (nd < dist[e.To])
                {
                    dist[e.To] = nd;
                    prev[e.To] = node;
                    pq.Enqueue(e.To, nd);
                }
            }
        }
        return (dist, prev);
    }

    public static List<string> PathTo(Dictionary<string, string?> prev, string target)
    {
        var path = new Stack<string>();
        for (string? at = target; at != null; at = prev[at]) path.Push(at);
        return path.ToList();
    }
}

public static class DijkstraProgram
{
    public static void Run()
    {
        var g = new Graph();
        var edges = "A-B:7 A-C:9 A-F:14 B-C:10 B-D:15 C-D:11 C-F:2 D-E:6 E-F:9 G-H:1";
        foreach (var part in edges.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (ends, w) = (part.Split(':')[0], int.Parse(part.Split(':')[1]));
            var names = ends.Split('-');
            g.AddEdge(names[0], names[1], w);
        }
        g.AddEdge("E", "Z", 3, bidirectional: false);
        foreach (var n in g.Nodes.OrderBy(x => x))
            Console.WriteLine($"{n}: {string.Join(" ", g.Neighbours(n))}");

        var (dist, prev) = g.ShortestPaths("A");
        Console.WriteLine("From A:");
        foreach (var kv in dist.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key))
        {
            if (kv.Value == int.MaxValue)
            {
                Console.WriteLine($"  {kv.Key}: unreachable");
                continue;
            }
            var path = Graph.PathTo(prev, kv.Key);
            Console.WriteLine($"  {kv.Key}: {kv.Value,3}  via {string.Join(" -> ", path)}  ({path.Count - 1} hops)");
        }
        var reachable = dist.Where(kv => kv.Value != int.MaxValue).ToArray();
        Console.WriteLine($"reachable={reachable.Length} farthest={reachable.MaxBy(kv => kv.Value).Key} mean={reachable.Average(kv => kv.Value):0.##}");

        var pq = new PriorityQueue<(string Name, int Pri), int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        pq.EnqueueRange(new[] { (("low", 1), 1), (("high", 9), 9), (("mid", 5), 5) });
        Console.Write("max-first:");
        while (pq.Count > 0) Console.Write(" " + pq.Dequeue());
        Console.WriteLine();
    }
}
