using System;
using System.Diagnostics;

// bench/kernel.sh: gcbench <live MiB> <churn MiB>. Builds a live set (a binary tree of nodes with 256-byte
// payloads), then allocates the churn as short-lived 32-byte objects and 64-byte arrays, and prints one line:
// churn throughput, the longest stall of a batch of 1000 allocations (a collection pause lands in one), the time of
// one full GC.Collect() with the live set in place, and the collections counted.
static class Program
{
    sealed class Node { public Node Left, Right; public byte[] Payload; }
    sealed class Small { public long A, B; }

    static readonly object[] s_sink = new object[64];

    static Node Build(int count)
    {
        if (count == 0) return null;
        int left = (count - 1) / 2;
        return new Node { Payload = new byte[256], Left = Build(left), Right = Build(count - 1 - left) };
    }

    static int Main(string[] args)
    {
        int liveMiB = int.Parse(args[0]), churnMiB = int.Parse(args[1]);
        Node live = Build((int)(liveMiB * 1024L * 1024 / 336));
        long churnBytes = churnMiB * 1024L * 1024;
        long done = 0, worst = 0;
        int collectionsBefore = GC.CollectionCount(0);
        long start = Stopwatch.GetTimestamp();
        int n = 0;
        while (done < churnBytes)
        {
            long batch = Stopwatch.GetTimestamp();
            for (int i = 0; i < 1000; i++, n++)
            {
                s_sink[n & 63] = (n & 1) == 0 ? new Small { A = n } : new byte[64];
            }
            long took = Stopwatch.GetTimestamp() - batch;
            if (took > worst) worst = took;
            done += 500 * 32 + 500 * 88;
        }
        double seconds = (Stopwatch.GetTimestamp() - start) / (double)Stopwatch.Frequency;
        int collections = GC.CollectionCount(0) - collectionsBefore;
        long full = Stopwatch.GetTimestamp();
        GC.Collect();
        double fullMs = (Stopwatch.GetTimestamp() - full) * 1000.0 / Stopwatch.Frequency;
        GC.KeepAlive(live);
        double mbPerSecond = churnBytes / seconds / 1e6;
        Console.WriteLine($"live {liveMiB} MiB: {(long)mbPerSecond} MB/s, max stall {worst * 1_000_000 / Stopwatch.Frequency} us, full collection {(long)(fullMs * 1000)} us, {collections} collections");
        return 0;
    }
}
