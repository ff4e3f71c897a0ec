using System;
using System.Collections.Generic;

// Allocates <MiB> (default 256) of short-lived objects of mixed kinds and sizes while a live set of linked nodes
// (arrays, strings, structs with references, dictionaries) is kept, churned and checked. Everything printed is
// deterministic, so the output is the same on .NET and on Kiln; the tests compare the two.
static class Program
{
    struct Pair
    {
        public string Key;
        public long Value;
    }

    sealed class Node
    {
        public int Id;
        public int[] Data;
        public string Name;
        public Pair[] Pairs;
        public Node Next;

        public long Sum()
        {
            long sum = 0;
            for (Node n = this; n != null; n = n.Next)
            {
                sum += n.Id + n.Name.Length + n.Name[n.Name.Length - 1];
                foreach (int d in n.Data) sum += d;
                foreach (Pair p in n.Pairs) sum += p.Value + p.Key.Length;
            }
            return sum;
        }
    }

    static uint s_seed = 12345;

    static int Next(int bound)
    {
        s_seed = s_seed * 1664525 + 1013904223;
        return (int)((s_seed >> 8) % (uint)bound);
    }

    static Node MakeChain(int id)
    {
        Node head = null;
        for (int k = 0; k < 3; k++)
        {
            var n = new Node { Id = id * 3 + k, Data = new int[4 + Next(12)], Name = "node-" + (id * 3 + k), Pairs = new Pair[2], Next = head };
            for (int i = 0; i < n.Data.Length; i++) n.Data[i] = Next(1000);
            for (int i = 0; i < n.Pairs.Length; i++) n.Pairs[i] = new Pair { Key = "k" + Next(100), Value = Next(100000) };
            head = n;
        }
        return head;
    }

    static int Main(string[] args)
    {
        long target = (args.Length > 0 ? int.Parse(args[0]) : 256) * 1024L * 1024;
        const int LiveChains = 2048;
        var live = new Node[LiveChains];
        var index = new Dictionary<int, string>();
        long expected = 0;
        for (int i = 0; i < LiveChains; i++)
        {
            live[i] = MakeChain(i);
            expected += live[i].Sum();
            index[i] = live[i].Name;
        }
        long baseline = GC.GetTotalMemory(true);

        long allocated = 0, objects = 0, replaced = 0;
        int checks = 0;
        while (allocated < target)
        {
            int kind = Next(100);
            if (kind < 55)
            {
                var bytes = new byte[8 + Next(200)];
                bytes[bytes.Length - 1] = 1;
                allocated += bytes.Length + 24;
            }
            else if (kind < 80)
            {
                var list = new List<string>();
                for (int k = 0; k < 6; k++) list.Add("s" + k);
                allocated += 6 * 32 + 100;
            }
            else if (kind < 99)
            {
                string s = "garbage-" + Next(100000);
                allocated += 2 * s.Length + 22;
            }
            else
            {
                var big = new long[512 + Next(4096)];
                big[0] = 1;
                allocated += 8 * big.Length + 24;
            }
            objects++;

            if (Next(32) == 0)
            {
                int j = Next(LiveChains);
                expected -= live[j].Sum();
                live[j] = MakeChain(LiveChains + (int)replaced++);
                expected += live[j].Sum();
                index[j] = live[j].Name;
            }

            if (objects % 200000 == 0)
            {
                if (!Verify(live, index, expected)) return 1;
                checks++;
            }
        }
        if (!Verify(live, index, expected)) return 1;
        long after = GC.GetTotalMemory(true);

        Console.WriteLine($"allocated {allocated / (1024 * 1024)} MiB in {objects} objects");
        Console.WriteLine($"live set: {LiveChains} chains, {replaced} replaced, checksum {expected}, verified {checks + 1} times");
        Console.WriteLine($"collections: {(GC.CollectionCount(0) > 0 ? "yes" : "none")}");
        bool flat = after <= 2 * baseline + 1024 * 1024;
        Console.WriteLine($"memory after the run: {(flat ? "within 2x of the live set" : "GREW")}");
        if (args.Length > 1 && args[1] == "-v") Console.WriteLine($"baseline {baseline} after {after} collections {GC.CollectionCount(0)}");
        return flat ? 0 : 2;
    }

    static bool Verify(Node[] live, Dictionary<int, string> index, long expected)
    {
        long sum = 0;
        for (int i = 0; i < live.Length; i++)
        {
            sum += live[i].Sum();
            if (index[i] != live[i].Name)
            {
                Console.WriteLine($"index {i} is {index[i]}, node is {live[i].Name}");
                return false;
            }
        }
        if (sum == expected) return true;
        Console.WriteLine($"checksum {sum}, expected {expected}: live data was lost");
        return false;
    }
}
