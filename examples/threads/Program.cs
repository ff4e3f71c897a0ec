using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

// Producers put numbered items into a bounded queue guarded by lock + Monitor.Wait/PulseAll; consumers take them,
// turn each into a string (garbage for the collector) and add up the numbers. A start gate (ManualResetEventSlim),
// a semaphore that admits two threads at a time and an Interlocked counter run alongside. Everything printed is
// deterministic, so the output is the same on .NET and on Kiln.
static class Program
{
    const int Producers = 3, Consumers = 2, ItemsPerProducer = 1000, Capacity = 16;

    static readonly Queue<int> s_queue = new Queue<int>();
    static readonly object s_lock = new object();
    static int s_producersLeft = Producers;
    static int s_maxQueue;
    static long s_sum;
    static int s_consumed;
    static int s_textLength;

    static readonly ManualResetEventSlim s_gate = new ManualResetEventSlim(false);
    static readonly SemaphoreSlim s_pair = new SemaphoreSlim(2);
    static int s_inside, s_maxInside, s_ticks, s_earlyWakeups;

    static int Main()
    {
        var threads = new List<Thread>();
        for (int p = 0; p < Producers; p++)
        {
            int id = p;
            threads.Add(new Thread(() => Produce(id)) { Name = "producer " + p });
        }
        for (int c = 0; c < Consumers; c++) threads.Add(new Thread(Consume) { Name = "consumer " + c });
        for (int w = 0; w < 4; w++) threads.Add(new Thread(Work));
        foreach (Thread t in threads) t.Start();
        SleepAtLeast(5);
        s_gate.Set();
        foreach (Thread t in threads) t.Join();

        long expected = 0;
        for (int p = 0; p < Producers; p++) for (int i = 0; i < ItemsPerProducer; i++) expected += p * 100000 + i;
        Console.WriteLine($"produced {Producers * ItemsPerProducer} items, consumed {s_consumed}");
        Console.WriteLine($"sum {s_sum}, expected {expected}: {(s_sum == expected ? "match" : "MISMATCH")}");
        Console.WriteLine($"queue never above {Capacity}: {s_maxQueue <= Capacity}");
        Console.WriteLine($"text built by consumers: {s_textLength} chars");
        Console.WriteLine($"interlocked ticks: {s_ticks}");
        Console.WriteLine($"semaphore admitted at most 2 at once: {s_maxInside <= 2 && s_maxInside >= 1}");
        Console.WriteLine($"sleeps never ended early: {s_earlyWakeups == 0}");
        Console.WriteLine($"threads alive after Join: {threads.FindAll(t => t.IsAlive).Count}");
        return s_sum == expected ? 0 : 1;
    }

    // A sleep may last longer than asked on a busy machine, never shorter: that is all a test may check.
    static void SleepAtLeast(int ms)
    {
        var sw = Stopwatch.StartNew();
        Thread.Sleep(ms);
        long slept = sw.ElapsedMilliseconds;
        if (slept < ms) Interlocked.Increment(ref s_earlyWakeups);
    }

    static void Produce(int id)
    {
        s_gate.Wait();
        for (int i = 0; i < ItemsPerProducer; i++)
        {
            lock (s_lock)
            {
                while (s_queue.Count == Capacity) Monitor.Wait(s_lock);
                s_queue.Enqueue(id * 100000 + i);
                if (s_queue.Count > s_maxQueue) s_maxQueue = s_queue.Count;
                Monitor.PulseAll(s_lock);
            }
            if (i % 250 == 249) SleepAtLeast(1);
        }
        lock (s_lock)
        {
            s_producersLeft--;
            Monitor.PulseAll(s_lock);
        }
    }

    static void Consume()
    {
        while (true)
        {
            int item;
            lock (s_lock)
            {
                while (s_queue.Count == 0)
                {
                    if (s_producersLeft == 0) return;
                    Monitor.Wait(s_lock);
                }
                item = s_queue.Dequeue();
                s_sum += item;
                s_consumed++;
                Monitor.PulseAll(s_lock);
            }
            string text = "item-" + item;
            Interlocked.Add(ref s_textLength, text.Length);
        }
    }

    static void Work()
    {
        s_gate.Wait();
        for (int round = 0; round < 50; round++)
        {
            s_pair.Wait();
            int now = Interlocked.Increment(ref s_inside);
            int seen;
            while (now > (seen = Volatile.Read(ref s_maxInside)) && Interlocked.CompareExchange(ref s_maxInside, now, seen) != seen) { }
            for (int k = 0; k < 200; k++) Interlocked.Increment(ref s_ticks);
            if (round % 10 == 0) Thread.Yield();
            Interlocked.Decrement(ref s_inside);
            s_pair.Release();
        }
    }
}
