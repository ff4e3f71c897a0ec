using System;
using System.Collections.Generic;
using System.Linq;

namespace Programs.LruCache;

public interface ICache<TKey, TValue>
{
    bool TryGet(TKey key, out TValue value);
    void Put(TKey key, TValue value);
    int Count { get; }
}

public sealed class LruCache<TKey, TValue> : ICache<TKey, TValue> where TKey : notnull
{
    private readonly int _capacity;
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _map = new();
    private readonly LinkedList<(TKey Key, TValue Value)> _order = new();
    public int Hits { get; private set; }
    public int Misses { get; private set; }
    public event EventHandler<TKey>? Evicted;

    public LruCache(int capacity)
    {
        if (capacity <= 0) throw new ArgumentOutOfRangeException(nameof(capacity));
        _capacity = capacity;
    }

    public int Count => _map.Count;

    public bool TryGet(TKey key, out TValue value)
    {
        if (_map.TryGetValue(key, out var node))
        {
            _order.Remove(node);
            _order.AddFirst(node);
            Hits++;
            value = node.Value.Value;
            return true;
        }
        Misses++;
        value = default!;
        return false;
    }

    public void Put(TKey key, TValue value)
    {
        if (_map.TryGetValue(key, out var existing))
        {
            _order.Remove(existing);
        }
        else if (_map.Count >= _capacity)
        {
            var last = _order.Last!;
            _order.RemoveLast();
            _map.Remove(last.Value.Key);
            Evicted?.Invoke(this, last.Value.Key);
        }
        var node = _order.AddFirst((key, value));
        _map[key] = node;
    }

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> factory)
    {
        if (TryGet(key, out var v)) return v;
        v = factory(key);
        Put(key, v);
        return v;
    }

    public override string ToString() => "[" + string.Join(", ", _order.Select(p => $"{p.Key}={p.Value}")) + "]";
}

public static class LruCacheProgram
{
    static long SlowFib(int n) => n < 2 ? n : SlowFib(n - 1) + SlowFib(n - 2);

    public static void Run()
    {
        var cache = new LruCache<string, int>(3);
        var evictions = new List<string>();
        cache.Evicted += (sender, key) => evictions.Add(key);
        cache.Put("a", 1); cache.Put("b", 2); cache.Put("c", 3);
        Console.WriteLine(cache);
        cache.TryGet("a", out _);
        cache.Put("d", 4);
        Console.WriteLine(cache);
        cache.Put("c", 30);
        cache.Put("e", 5);
        Console.WriteLine($"{cache} count={cache.Count}");
        foreach (var k in new[] { "a", "b", "c", "d", "e" })
            Console.WriteLine(cache.TryGet(k, out int v) ? $"  {k} -> {v}" : $"  {k} missing");
        Console.WriteLine($"hits={cache.Hits} misses={cache.Misses} evicted={string.Join("", evictions)}");

        var memo = new LruCache<int, long>(16);
        int computed = 0;
        var queries = new[] { 10, 20, 30, 10, 25, 20, 30, 35 };
        foreach (var q in queries)
        {
            long r = memo.GetOrAdd(q, n => { computed++; return SlowFib(n); });
            Console.Write($"fib({q})={r} ");
        }
        Console.WriteLine();
        Console.WriteLine($"computed {computed} of {queries.Length}, hit rate {(double)memo.Hits / (memo.Hits + memo.Misses):P1}");
        try { _ = new LruCache<int, int>(0); }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex.Message); }
        ICache<string, int> asInterface = cache;
        Console.WriteLine($"via interface: {asInterface.Count}");
    }
}
