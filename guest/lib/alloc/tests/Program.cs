using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

// Each case builds data, churns the heap through several collections, and checks that the data is intact.
// Prints "ok <case>" or "FAIL <case>: <why>"; exits with the number of failures.
static class Program
{
    static int s_failures;
    static List<string> s_staticRoot;

    sealed class Leaf { public int Value; public Leaf(int v) { Value = v; } }
    sealed class Branch { public Leaf Left, Right; public Branch Next; }
    struct Entry { public long Stamp; public Leaf Leaf; public int Pad; public string Name; }

    static int Main()
    {
        Check("statics", StaticRoot());
        Check("wide-array", WideArray());
        Check("long-list", LongList());
        Check("struct-array", StructArray());
        Check("interior-pointer", InteriorPointer());
        Check("large-objects", LargeObjects());
        Check("strings", Strings());
        Check("dictionary", DictionaryChurn());
        Check("memory-returns", MemoryReturns());
        Check("collection-count", CollectionCount());
        return s_failures;
    }

    static void Check(string name, string failure)
    {
        if (failure == null) Console.WriteLine($"ok {name}");
        else { Console.WriteLine($"FAIL {name}: {failure}"); s_failures++; }
    }

    // Enough garbage to go through the whole heap of the test runs several times.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Churn(int megabytes)
    {
        for (int i = 0; i < megabytes * 1024; i++)
        {
            var garbage = new byte[1000];
            garbage[i % 1000] = 1;
        }
    }

    static string StaticRoot()
    {
        s_staticRoot = new List<string>();
        for (int i = 0; i < 1000; i++) s_staticRoot.Add("static-" + i);
        Churn(32);
        for (int i = 0; i < 1000; i++)
            if (s_staticRoot[i] != "static-" + i) return $"element {i} is {s_staticRoot[i]}";
        return null;
    }

    // More children than the mark stack holds: the overflow path must still find them all.
    static string WideArray()
    {
        var all = new Branch[40000];
        for (int i = 0; i < all.Length; i++) all[i] = new Branch { Left = new Leaf(i), Right = new Leaf(-i) };
        Churn(32);
        for (int i = 0; i < all.Length; i++)
            if (all[i].Left.Value != i || all[i].Right.Value != -i) return $"branch {i} lost its leaves";
        return null;
    }

    static string LongList()
    {
        Branch head = null;
        for (int i = 0; i < 50000; i++) head = new Branch { Left = new Leaf(i), Next = head };
        Churn(32);
        int expect = 49999;
        for (Branch b = head; b != null; b = b.Next, expect--)
            if (b.Left.Value != expect) return $"node {expect} holds {b.Left.Value}";
        return expect == -1 ? null : $"the list ends early at {expect}";
    }

    // Value-type elements that mix references with other data use the repeating GC desc.
    static string StructArray()
    {
        var entries = new Entry[5000];
        for (int i = 0; i < entries.Length; i++) entries[i] = new Entry { Stamp = i * 7L, Leaf = new Leaf(i), Pad = i, Name = "e" + i };
        Churn(32);
        for (int i = 0; i < entries.Length; i++)
        {
            Entry e = entries[i];
            if (e.Stamp != i * 7L || e.Leaf.Value != i || e.Pad != i || e.Name != "e" + i) return $"entry {i} damaged";
        }
        return null;
    }

    // Only a reference into the middle of the array survives in this frame; the array must too.
    static string InteriorPointer()
    {
        ref int middle = ref MakeArrayAndGetMiddle();
        Churn(32);
        for (int i = -500; i < 500; i++)
            if (Unsafe.Add(ref middle, i) != 500 + i) return $"element {500 + i} changed to {Unsafe.Add(ref middle, i)}";
        return null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static ref int MakeArrayAndGetMiddle()
    {
        var array = new int[1000];
        for (int i = 0; i < array.Length; i++) array[i] = i;
        return ref array[500];
    }

    static string LargeObjects()
    {
        var kept = new List<long[]>();
        for (int round = 0; round < 200; round++)
        {
            var big = new long[16384 + round];   // 128 KiB and up: whole blocks
            big[0] = round;
            big[big.Length - 1] = -round;
            if (round % 20 == 0) kept.Add(big);
        }
        for (int i = 0; i < kept.Count; i++)
            if (kept[i][0] != i * 20 || kept[i][kept[i].Length - 1] != -i * 20) return $"large array {i} damaged";
        return null;
    }

    static string Strings()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.Append(i % 10);
        string built = sb.ToString();
        Churn(32);
        for (int i = 0; i < built.Length; i++)
            if (built[i] != (char)('0' + i % 10)) return $"character {i} changed";
        return null;
    }

    static string DictionaryChurn()
    {
        var map = new Dictionary<string, Leaf>();
        for (int round = 0; round < 20; round++)
        {
            for (int i = 0; i < 2000; i++) map["key" + i] = new Leaf(round * 10000 + i);
            Churn(4);
        }
        for (int i = 0; i < 2000; i++)
            if (map["key" + i].Value != 190000 + i) return $"key{i} maps to {map["key" + i].Value}";
        return null;
    }

    // Dropping a structure gives its memory back to the next collection.
    static string MemoryReturns()
    {
        long before = GC.GetTotalMemory(true);
        long with = Build();
        long after = GC.GetTotalMemory(true);
        if (with - before < 1_000_000) return $"building 1.6 MB raised live memory by only {with - before} bytes";
        if (after - before > 200_000) return $"live memory stayed {after - before} bytes above where it started";
        return null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Build()
    {
        var blocks = new List<byte[]>();
        for (int i = 0; i < 1600; i++) blocks.Add(new byte[1000]);
        long live = GC.GetTotalMemory(true);
        GC.KeepAlive(blocks);
        return live;
    }

    static string CollectionCount()
    {
        int before = GC.CollectionCount(0);
        GC.Collect();
        GC.Collect(0);
        int after = GC.CollectionCount(0);
        return after == before + 2 ? null : $"two collections counted as {after - before}";
    }
}
