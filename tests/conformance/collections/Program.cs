using System;
using System.Collections.Generic;
using System.Linq;

// Small programs written the way people write everyday C#, run one after another.
public static class Program
{
    public static void Main()
    {
        Inventory.Run();
        WordFrequency.Run();
        Dijkstra.Run();
        LruCacheDemo.Run();
        TodoList.Run();
        TrafficLight.Run();
        GraphSearch.Run();
        ThermostatDemo.Run();
        Generators.Run();
        Odds.Run();
    }
}

record Product(string Name, string Category, int Price, int Stock);

static class Inventory
{
    public static void Run()
    {
        Console.WriteLine("== inventory");
        var products = new List<Product>
        {
            new("Hammer", "Tools", 25, 10), new("Wrench", "Tools", 15, 0), new("Apple", "Food", 1, 200),
            new("Bread", "Food", 3, 40), new("Drill", "Tools", 120, 3), new("Cheese", "Food", 8, 25),
            new("Lamp", "Home", 45, 7), new("Rug", "Home", 80, 2),
        };
        foreach (var g in products.GroupBy(p => p.Category).OrderBy(g => g.Key))
        {
            Console.WriteLine($"{g.Key,-6} items={g.Count()} stock={g.Sum(p => p.Stock)} value={g.Sum(p => p.Price * p.Stock)} max={g.MaxBy(p => p.Price).Name}");
        }
        var outOfStock = products.Where(p => p.Stock == 0).Select(p => p.Name);
        Console.WriteLine("out of stock: " + string.Join(", ", outOfStock));
        var cheapest = products.OrderBy(p => p.Price).ThenByDescending(p => p.Name).Take(3).Select((p, i) => $"{i + 1}.{p.Name}");
        Console.WriteLine("cheapest: " + string.Join(" ", cheapest));
        var byCat = products.ToLookup(p => p.Category, p => p.Name);
        Console.WriteLine("food: " + string.Join("|", byCat["Food"]) + " toys: " + byCat["Toys"].Count());
        var query = from p in products
                    where p.Price > 10
                    orderby p.Price * p.Stock descending, p.Name
                    select (p.Name, total: p.Price * p.Stock);
        foreach (var (name, total) in query) Console.WriteLine($"  {name}: {total}");
        var restock = new Dictionary<string, int> { ["Wrench"] = 12, ["Rug"] = 5, ["Sofa"] = 1 };
        var joined = products.Join(restock, p => p.Name, r => r.Key, (p, r) => $"{p.Name}+{r.Value}");
        Console.WriteLine("restock: " + string.Join(", ", joined));
        var cats = from c in new[] { "Food", "Home", "Garden" }
                   join p in products on c equals p.Category into items
                   select $"{c}:{items.Count()}";
        Console.WriteLine(string.Join(" ", cats));
        Console.WriteLine($"any expensive: {products.Any(p => p.Price > 100)}, all stocked: {products.All(p => p.Stock > 0)}");
        Console.WriteLine($"avg stock: {products.Average(p => p.Stock)}, min price: {products.Min(p => p.Price)}, max: {products.Max(p => p.Price)}");
        var dict = products.ToDictionary(p => p.Name, p => p.Price);
        Console.WriteLine($"lamp={dict["Lamp"]} count={dict.Count} has sofa={dict.ContainsKey("Sofa")} first={products.First().Name} last={products.Last(p => p.Category == "Food").Name}");
    }
}

static class WordFrequency
{
    public static void Run()
    {
        Console.WriteLine("== words");
        string text = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs quick quick";
        var counts = new Dictionary<string, int>();
        foreach (string w in text.Split(' '))
            counts[w] = counts.GetValueOrDefault(w) + 1;
        foreach (var kv in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(4))
            Console.WriteLine($"{kv.Key} {kv.Value}");
        var letters = text.Where(char.IsLetter).GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(3);
        Console.WriteLine(string.Join(", ", letters.Select(g => $"{g.Key}={g.Count()}")));
        var distinct = text.Split(' ').Distinct().ToList();
        Console.WriteLine($"distinct {distinct.Count}: {string.Join(" ", distinct.Order().Take(5))}");
        var lengths = text.Split(' ').CountBy(w => w.Length).OrderBy(p => p.Key);
        Console.WriteLine(string.Join(" ", lengths.Select(p => $"{p.Key}:{p.Value}")));
        Console.WriteLine(string.Join(",", text.Split(' ').Chunk(5).Select(c => c.Length)));
        var set = new HashSet<string>(text.Split(' '));
        set.IntersectWith(new[] { "fox", "cat", "dog", "the" });
        Console.WriteLine(string.Join(" ", set) + " " + set.Contains("dog") + " " + set.SetEquals(new[] { "dog", "the", "fox" }));
    }
}

static class Dijkstra
{
    public static void Run()
    {
        Console.WriteLine("== dijkstra");
        var edges = new (string From, string To, int Cost)[]
        {
            ("A", "B", 4), ("A", "C", 2), ("C", "B", 1), ("B", "D", 5), ("C", "D", 8), ("C", "E", 10), ("D", "E", 2), ("E", "F", 3), ("D", "F", 6),
        };
        var graph = new Dictionary<string, List<(string To, int Cost)>>();
        foreach (var (from, to, cost) in edges)
        {
            if (!graph.TryGetValue(from, out var list)) graph[from] = list = new List<(string, int)>();
            list.Add((to, cost));
            if (!graph.ContainsKey(to)) graph[to] = new List<(string, int)>();
        }
        var dist = new Dictionary<string, int> { ["A"] = 0 };
        var prev = new Dictionary<string, string>();
        var pq = new PriorityQueue<string, int>();
        pq.Enqueue("A", 0);
        while (pq.TryDequeue(out string node, out int d))
        {
            if (d > dist[node]) continue;
            foreach (var (to, cost) in graph[node])
            {
                int nd = d + cost;
                if (!dist.TryGetValue(to, out int old) || nd < old)
                {
                    dist[to] = nd;
                    prev[to] = node;
                    pq.Enqueue(to, nd);
                }
            }
        }
        foreach (var kv in new SortedDictionary<string, int>(dist))
        {
            var path = new Stack<string>();
            for (string n = kv.Key; n != null; n = prev.GetValueOrDefault(n)) path.Push(n);
            Console.WriteLine($"{kv.Key}: {kv.Value} via {string.Join("->", path)}");
        }
        var tasks = new PriorityQueue<string, (int Priority, int Seq)>();
        string[] names = { "write", "test", "ship", "plan", "fix", "review" };
        int[] prios = { 2, 1, 3, 1, 2, 1 };
        for (int i = 0; i < names.Length; i++) tasks.Enqueue(names[i], (prios[i], i));
        var order = new List<string>();
        while (tasks.Count > 0) order.Add(tasks.Dequeue());
        Console.WriteLine(string.Join(" ", order));
        var ties = new PriorityQueue<char, int>();
        foreach (char c in "abcdefghij") ties.Enqueue(c, (c - 'a') % 3);
        var sb = new List<char>();
        while (ties.TryDequeue(out char c, out _)) sb.Add(c);
        Console.WriteLine(new string(sb.ToArray()));
    }
}

class LruCache<TKey, TValue>
{
    private readonly int _capacity;
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _map = new();
    private readonly LinkedList<(TKey Key, TValue Value)> _order = new();

    public LruCache(int capacity) { _capacity = capacity; }

    public bool TryGet(TKey key, out TValue value)
    {
        if (_map.TryGetValue(key, out var node))
        {
            _order.Remove(node);
            _order.AddFirst(node);
            value = node.Value.Value;
            return true;
        }
        value = default;
        return false;
    }

    public void Put(TKey key, TValue value)
    {
        if (_map.Remove(key, out var existing)) _order.Remove(existing);
        else if (_map.Count == _capacity)
        {
            var last = _order.Last;
            _order.RemoveLast();
            _map.Remove(last.Value.Key);
            Console.WriteLine($"  evict {last.Value.Key}");
        }
        _map[key] = _order.AddFirst((key, value));
    }

    public override string ToString() => string.Join(" ", _order.Select(e => $"{e.Key}={e.Value}"));
}

static class LruCacheDemo
{
    public static void Run()
    {
        Console.WriteLine("== lru");
        var cache = new LruCache<int, string>(3);
        cache.Put(1, "one");
        cache.Put(2, "two");
        cache.Put(3, "three");
        Console.WriteLine(cache);
        Console.WriteLine(cache.TryGet(1, out var v) ? "hit " + v : "miss");
        cache.Put(4, "four");
        Console.WriteLine(cache.TryGet(2, out v) ? "hit " + v : "miss");
        cache.Put(3, "THREE");
        cache.Put(5, "five");
        Console.WriteLine(cache);
        var list = new LinkedList<int>(new[] { 1, 2, 3 });
        list.AddBefore(list.Find(2), 9);
        list.AddAfter(list.Last, 7);
        Console.WriteLine($"{string.Join(",", list)} first={list.First.Value} next={list.First.Next.Value} count={list.Count} prev-of-first-null={list.First.Previous == null}");
    }
}

enum Priority { Low, Medium, High }

class TodoItem
{
    public int Id { get; init; }
    public string Title { get; init; }
    public Priority Priority { get; init; }
    public bool Done { get; set; }
    public override string ToString() => $"#{Id} [{(Done ? 'x' : ' ')}] {Title} (p{(int)Priority})";
}

static class TodoList
{
    public static void Run()
    {
        Console.WriteLine("== todo");
        var items = new List<TodoItem>();
        string[] titles = { "buy milk", "call bob", "fix bike", "pay rent", "read book", "walk dog" };
        Priority[] ps = { Priority.Low, Priority.High, Priority.Medium, Priority.High, Priority.Low, Priority.Medium };
        for (int i = 0; i < titles.Length; i++) items.Add(new TodoItem { Id = i + 1, Title = titles[i], Priority = ps[i] });
        items[1].Done = true;
        items[4].Done = true;
        items.Sort((a, b) => b.Priority != a.Priority ? ((int)b.Priority).CompareTo((int)a.Priority) : string.CompareOrdinal(a.Title, b.Title));
        items.ForEach(Console.WriteLine);
        Console.WriteLine($"open: {items.FindAll(t => !t.Done).Count}, first high: {items.Find(t => t.Priority == Priority.High).Title}, index of 'walk dog': {items.FindIndex(t => t.Title == "walk dog")}");
        int removed = items.RemoveAll(t => t.Done);
        Console.WriteLine($"removed {removed}; all open: {items.TrueForAll(t => !t.Done)}; exists low: {items.Exists(t => t.Priority == Priority.Low)}");
        var titlesUpper = items.ConvertAll(t => t.Title.ToUpperInvariant());
        titlesUpper.InsertRange(1, new[] { "NEW A", "NEW B" });
        Console.WriteLine(string.Join(", ", titlesUpper.GetRange(0, 4)));
        var ids = items.Select(t => t.Id).ToArray();
        Array.Sort(ids);
        Console.WriteLine($"ids {string.Join(",", ids)} search 4 -> {Array.BinarySearch(ids, 4)}, search 5 -> {Array.BinarySearch(ids, 5)}");
        var keys = new[] { 3, 1, 2 };
        var vals = new[] { "c", "a", "b" };
        Array.Sort(keys, vals);
        Console.WriteLine(string.Join("", vals) + " " + Array.IndexOf(vals, "b") + " " + Array.Exists(keys, k => k > 2) + " " + Array.FindIndex(keys, k => k == 2));
        int[] buf = new int[5];
        Array.Fill(buf, 7);
        Array.Resize(ref buf, 7);
        Array.Reverse(buf);
        Console.WriteLine(string.Join(",", buf) + " clone=" + string.Join(",", (int[])buf.Clone()));
    }
}

enum Light { Red, Green, Yellow }

static class TrafficLight
{
    static (Light Next, int Seconds) Step(Light state, bool pedestrian) => (state, pedestrian) switch
    {
        (Light.Red, _) => (Light.Green, 30),
        (Light.Green, true) => (Light.Yellow, 3),
        (Light.Green, false) => (Light.Green, 10),
        (Light.Yellow, _) => (Light.Red, 20),
        _ => (Light.Red, 0),
    };

    static string Name(Light l) => l switch { Light.Red => "red", Light.Green => "green", _ => "yellow" };

    public static void Run()
    {
        Console.WriteLine("== state machine");
        var state = Light.Red;
        bool[] buttons = { false, false, true, false, false, true, false };
        int elapsed = 0;
        foreach (bool b in buttons)
        {
            var (next, secs) = Step(state, b);
            elapsed += secs;
            Console.WriteLine($"{Name(state)} -> {Name(next)} after {secs}s (t={elapsed})");
            state = next;
        }
        var t1 = (Name: "x", Count: 3);
        var t2 = ("x", 3);
        Console.WriteLine($"{t1} {t1 == t2} {t1.Equals(t2)} {t1.Name}{t1.Count} {(1, (2, 3), "z")} {(a: 1, b: (string)null)}");
        var pairs = new List<(int, string)> { (2, "b"), (1, "z"), (2, "a"), (1, "a") };
        pairs.Sort();
        Console.WriteLine(string.Join(" ", pairs) + " " + (1, 2, 3, 4, 5, 6, 7, 8, 9));
        var visits = new Dictionary<(int X, int Y), int>();
        foreach (var p in new[] { (0, 0), (1, 2), (0, 0), (1, 2), (0, 0), (3, 1) }) visits[p] = visits.GetValueOrDefault(p) + 1;
        foreach (var ((x, y), n) in visits) Console.WriteLine($"  ({x},{y}) x{n}");
    }
}

static class GraphSearch
{
    public static void Run()
    {
        Console.WriteLine("== bfs");
        string[] maze =
        {
            "S.#.....",
            ".##.###.",
            "....#...",
            "#.#...#E",
        };
        int h = maze.Length, w = maze[0].Length;
        var start = (R: 0, C: 0);
        var seen = new HashSet<(int, int)> { start };
        var queue = new Queue<((int R, int C) Pos, int Steps)>();
        queue.Enqueue((start, 0));
        var dirs = new[] { (0, 1), (1, 0), (0, -1), (-1, 0) };
        int found = -1;
        while (queue.Count > 0)
        {
            var ((r, c), steps) = queue.Dequeue();
            if (maze[r][c] == 'E') { found = steps; break; }
            foreach (var (dr, dc) in dirs)
            {
                int nr = r + dr, nc = c + dc;
                if (nr < 0 || nc < 0 || nr >= h || nc >= w || maze[nr][nc] == '#') continue;
                if (seen.Add((nr, nc))) queue.Enqueue(((nr, nc), steps + 1));
            }
        }
        Console.WriteLine($"shortest path: {found} steps, visited {seen.Count}");
        var friends = new Dictionary<string, string[]>
        {
            ["ann"] = new[] { "bob", "cid" }, ["bob"] = new[] { "ann", "dan" }, ["cid"] = new[] { "ann", "dan", "eve" },
            ["dan"] = new[] { "bob", "cid", "fay" }, ["eve"] = new[] { "cid" }, ["fay"] = new[] { "dan" },
        };
        var level = new Dictionary<string, int> { ["ann"] = 0 };
        var q = new Queue<string>(new[] { "ann" });
        while (q.TryDequeue(out var p))
            foreach (var f in friends[p])
                if (level.TryAdd(f, level[p] + 1)) q.Enqueue(f);
        foreach (var g in level.GroupBy(kv => kv.Value, kv => kv.Key)) Console.WriteLine($"  degree {g.Key}: {string.Join(" ", g)}");
        var sorted = new SortedSet<string>(friends.Keys.Reverse());
        sorted.Remove("cid");
        Console.WriteLine($"{string.Join(",", sorted)} min={sorted.Min} max={sorted.Max} rev={string.Join(",", sorted.Reverse())}");
        var sl = new SortedList<int, string> { [5] = "five", [1] = "one", [3] = "three" };
        Console.WriteLine($"{string.Join(" ", sl.Keys)} | {string.Join(" ", sl.Values)} | idx(3)={sl.IndexOfKey(3)}");
    }
}

class TemperatureChangedEventArgs : EventArgs
{
    public int Old { get; }
    public int New { get; }
    public TemperatureChangedEventArgs(int oldValue, int newValue) { Old = oldValue; New = newValue; }
}

class Thermostat
{
    private int _temperature = 20;
    public event EventHandler<TemperatureChangedEventArgs> TemperatureChanged;
    public event EventHandler Alarm;

    public void Set(int value)
    {
        if (value == _temperature) return;
        var args = new TemperatureChangedEventArgs(_temperature, value);
        _temperature = value;
        TemperatureChanged?.Invoke(this, args);
        if (value > 30) Alarm?.Invoke(this, EventArgs.Empty);
    }
}

static class ThermostatDemo
{
    static int s_alarms;
    static void Log(object sender, TemperatureChangedEventArgs e) => Console.WriteLine($"  log: {e.Old} -> {e.New}");
    static void CountAlarm(object sender, EventArgs e) => s_alarms++;

    public static void Run()
    {
        Console.WriteLine("== thermostat");
        var t = new Thermostat();
        int changes = 0;
        EventHandler<TemperatureChangedEventArgs> counter = (s, e) => changes++;
        t.TemperatureChanged += Log;
        t.TemperatureChanged += counter;
        t.TemperatureChanged += (s, e) => { if (e.New < 15) Console.WriteLine("  heater on"); };
        t.Alarm += CountAlarm;
        t.Alarm += (s, e) => Console.WriteLine("  alarm!");
        t.Set(22);
        t.Set(12);
        t.Set(35);
        t.TemperatureChanged -= Log;
        t.Set(36);
        t.TemperatureChanged -= counter;
        t.Set(10);
        Console.WriteLine($"changes={changes} alarms={s_alarms}");
        Action<string> shout = s => Console.Write(s.ToUpperInvariant() + " ");
        shout += s => Console.Write(s.Length + " ");
        shout += shout;
        shout("hey");
        Console.WriteLine(shout.GetInvocationList().Length);
        Func<int, int> f = x => x + 1;
        f += x => x * 10;
        Console.WriteLine($"last result wins: {f(4)}");
        Func<int, int, int, int, int, int> add5 = (a, b, c, d, e) => a + b + c + d + e;
        Console.WriteLine(add5(1, 2, 3, 4, 5));
    }
}

static class Generators
{
    static IEnumerable<int> Fibonacci()
    {
        int a = 0, b = 1;
        while (true)
        {
            yield return a;
            (a, b) = (b, a + b);
        }
    }

    static IEnumerable<int> Primes(int max)
    {
        for (int n = 2; n <= max; n++)
        {
            bool prime = true;
            for (int d = 2; d * d <= n; d++) if (n % d == 0) { prime = false; break; }
            if (prime) yield return n;
        }
    }

    static IEnumerable<string> Walk(string prefix, int depth)
    {
        yield return prefix;
        if (depth == 0) yield break;
        foreach (var child in new[] { "a", "b" })
            foreach (var s in Walk(prefix + child, depth - 1)) yield return s;
    }

    static IEnumerable<T> Trace<T>(IEnumerable<T> source, string name)
    {
        try
        {
            foreach (var x in source)
            {
                Console.Write(name + "(" + x + ") ");
                yield return x;
            }
        }
        finally { Console.Write("[" + name + " done] "); }
    }

    public static void Run()
    {
        Console.WriteLine("== generators");
        Console.WriteLine(string.Join(" ", Fibonacci().Take(12)));
        Console.WriteLine(string.Join(" ", Fibonacci().SkipWhile(x => x < 100).TakeWhile(x => x < 1000)));
        Console.WriteLine($"{Primes(50).Count()} primes, sum {Primes(50).Sum()}, last {Primes(50).Last()}");
        Console.WriteLine(string.Join(",", Walk("", 2)));
        var evens = Trace(Enumerable.Range(1, 10), "src").Where(x => x % 2 == 0).Select(x => x * x).Take(2).ToList();
        Console.WriteLine();
        Console.WriteLine(string.Join(" ", evens));
        var zipped = Enumerable.Range(1, 3).Zip(new[] { "one", "two", "three", "four" });
        Console.WriteLine(string.Join(" ", zipped));
        Console.WriteLine(string.Join(" ", Enumerable.Repeat("ab", 3).Concat(new[] { "c" }).Append("d").Prepend("z").Reverse()));
        Console.WriteLine(new[] { 1, 2, 3, 4, 5, 6 }.Aggregate(0, (acc, x) => acc * 2 + x) + " " + new[] { "a", "b", "c" }.Aggregate((x, y) => y + x));
        object[] mixed = { 1, "two", 3, "four", 5 };
        Console.WriteLine(string.Join(",", mixed.OfType<string>()) + " " + mixed.OfType<int>().Sum());
        Console.WriteLine(string.Join(" ", new[] { 5, 1, 4 }.Union(new[] { 4, 9, 1, 7 })) + " | " + string.Join(" ", new[] { 5, 1, 4, 5 }.Intersect(new[] { 4, 5 })) + " | " + string.Join(" ", new[] { 5, 1, 4, 1 }.Except(new[] { 4 })));
        Console.WriteLine($"{new[] { 1, 2 }.SequenceEqual(new List<int> { 1, 2 })} {Enumerable.Empty<int>().DefaultIfEmpty(-1).Single()} {new[] { 3, 8, 1 }.ElementAt(1)} {new int[0].FirstOrDefault()} {new[] { "a" }.SingleOrDefault()}");
        var nested = new[] { new[] { 1, 2 }, new[] { 3 }, new int[0], new[] { 4, 5, 6 } };
        Console.WriteLine(string.Join(" ", nested.SelectMany(a => a)) + " " + string.Join(" ", from a in nested where a.Length > 0 select a[0] * 100));
        Console.WriteLine(string.Join(" ", new[] { "bb", "a", "ccc", "dd" }.DistinctBy(s => s.Length)) + " " + new[] { "bb", "a", "ccc" }.MinBy(s => s.Length) + " " + Enumerable.Range(1, 5).LongCount(x => x > 2));
    }
}

static class Odds
{
    public static void Run()
    {
        Console.WriteLine("== odds and ends");
        int[] a = { 10, 20, 30, 40, 50 };
        Console.WriteLine($"{string.Join(",", a[1..^1])} {a[^1]} {string.Join(",", a[..2])} {string.Join(",", a[3..])}");
        string s = "Hello, world";
        Console.WriteLine($"{s[7..]} {s[..5]} {s[^5..^1]} {(1..^2)} {^3}");
        Span<int> span = a;
        Console.WriteLine(span[1..3].Length + " " + span[2..][0]);
        var lazy = new Lazy<string>(() => { Console.WriteLine("  computing"); return "ready"; });
        Console.WriteLine($"created={lazy.IsValueCreated}");
        Console.WriteLine($"{lazy.Value} {lazy.Value} created={lazy.IsValueCreated}");
        var rng = new Random(42);
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 8).Select(_ => rng.Next(100))));
        var rng2 = new Random(2024);
        Console.WriteLine($"{rng2.Next()} {rng2.Next(5, 10)} {rng2.Next(-1000, 1000)}");
        var deck = Enumerable.Range(1, 10).ToArray();
        new Random(7).Shuffle(deck);
        Console.WriteLine(string.Join(" ", deck));
        Console.WriteLine(HashCode.Combine(1, "a") == HashCode.Combine(1, "a"));
        var hc = new HashCode();
        hc.Add(1);
        hc.Add("a");
        Console.WriteLine(hc.ToHashCode() == HashCode.Combine(1, "a"));
        var counts = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 };
        bool added = counts.TryAdd("a", 5);
        bool gone = counts.Remove("b", out int removed);
        Console.WriteLine($"{added} {gone} {removed} {counts.ContainsValue(1)} {string.Join(",", counts.Keys)} {string.Join(",", counts.Values)}");
        var stack = new Stack<int>(new[] { 1, 2, 3 });
        Console.WriteLine($"{stack.Peek()} {string.Join(",", stack)} {stack.Pop()} {stack.Count} {string.Join(",", stack.ToArray())}");
        IReadOnlyList<int> ro = new List<int> { 4, 5 };
        IReadOnlyDictionary<string, int> rod = counts;
        ISet<int> iset = new HashSet<int> { 3, 1 };
        Console.WriteLine($"{ro[1]} {ro.Count} {rod["a"]} {iset.Add(3)} {iset.Count} {EqualityComparer<string>.Default.Equals("x", "x")} {Comparer<int>.Default.Compare(1, 2)}");
        foreach (char c in "héllo") Console.Write((int)c + " ");
        Console.WriteLine();
    }
}
