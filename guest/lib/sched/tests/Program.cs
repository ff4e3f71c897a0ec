using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

// One line per case: "ok <case>" or "FAIL <case>: <why>"; exits with the number of failures. The same program on
// .NET prints the same lines.
static class Program
{
    static int s_failures;

    static int Main()
    {
        Check("ids-and-names", IdsAndNames());
        Check("join", JoinWaitsForTheEnd());
        Check("join-timeout", JoinTimesOut());
        Check("reentrant-lock", ReentrantLock());
        Check("lock-counts", LockedCounter());
        Check("wait-pulse-ping-pong", PingPong());
        Check("wait-timeout", WaitTimesOut());
        Check("pulse-all", PulseAllWakesEveryone());
        Check("try-enter", TryEnterHonoursTimeouts());
        Check("semaphore", Semaphore());
        Check("manual-reset-event", Event());
        Check("sleep-order", SleepOrder());
        Check("preemption", BusyThreadIsPreempted());
        Check("busy-main-is-preempted", BusyMainIsPreempted());
        Check("yield", YieldRunsOthers());
        Check("interlocked", InterlockedOps());
        Check("small-stack", SmallStack());
        Check("gc-across-threads", CollectorSeesEveryStack());
        Check("thread-static-per-thread", ThreadStaticsArePerThread());
        Check("thread-static-initializer", ThreadStaticInitializerRunsOnce());
        Check("thread-static-generic", GenericThreadStatics());
        Check("thread-static-gc-root", ThreadStaticsAreRoots());
        Check("thread-static-freed-with-thread", ThreadStaticsDieWithTheirThread());
        Check("class-constructor-once", ClassConstructorRunsOnceAcrossThreads());
        Check("many-waiters-woken-by-name", ManyWaitersEachWokenByName());
        Check("timed-waits-pulsed-or-expired", TimedWaitsPulsedOrExpired());
        return s_failures;
    }

    static void Check(string name, string failure)
    {
        if (failure == null) Console.WriteLine($"ok {name}");
        else { Console.WriteLine($"FAIL {name}: {failure}"); s_failures++; }
    }

    static string IdsAndNames()
    {
        if (Thread.CurrentThread.ManagedThreadId != 1) return $"main thread id {Thread.CurrentThread.ManagedThreadId}";
        var ids = new List<int>();
        var t1 = new Thread(() => { lock (ids) ids.Add(Thread.CurrentThread.ManagedThreadId); }) { Name = "first" };
        var t2 = new Thread(() => { lock (ids) ids.Add(Thread.CurrentThread.ManagedThreadId); });
        t1.Start(); t2.Start(); t1.Join(); t2.Join();
        if (ids.Count != 2 || ids[0] == ids[1] || ids.Contains(1)) return "thread ids are not distinct";
        if (t1.Name != "first" || t2.Name != null) return "names";
        if (!ids.Contains(t1.ManagedThreadId) || !ids.Contains(t2.ManagedThreadId)) return "ManagedThreadId differs inside the thread";
        return null;
    }

    static string JoinWaitsForTheEnd()
    {
        bool done = false;
        var t = new Thread(() => { Thread.Sleep(20); done = true; });
        if (t.IsAlive) return "alive before Start";
        t.Start();
        if (!t.IsAlive) return "not alive after Start";
        t.Join();
        return done && !t.IsAlive ? null : "Join returned early";
    }

    static string JoinTimesOut()
    {
        var t = new Thread(() => Thread.Sleep(200));
        t.Start();
        if (t.Join(10)) return "Join(10) saw a 200 ms thread finish";
        if (!t.Join(5000)) return "Join(5000) did not see it finish";
        return null;
    }

    static string ReentrantLock()
    {
        object o = new object();
        lock (o)
        {
            lock (o)
            {
                if (!Monitor.IsEntered(o)) return "IsEntered false inside";
            }
            if (!Monitor.IsEntered(o)) return "released one level too early";
        }
        return Monitor.IsEntered(o) ? "still entered after lock" : null;
    }

    static int s_counter;

    static string LockedCounter()
    {
        object o = new object();
        var threads = new Thread[4];
        for (int i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(() =>
            {
                for (int k = 0; k < 20000; k++)
                {
                    lock (o)
                    {
                        int v = s_counter;
                        if (k % 1000 == 0) Thread.Yield();
                        s_counter = v + 1;
                    }
                }
            });
            threads[i].Start();
        }
        foreach (var t in threads) t.Join();
        return s_counter == 80000 ? null : $"counter {s_counter}";
    }

    static string PingPong()
    {
        object o = new object();
        int turn = 0;
        var log = new List<int>();
        var other = new Thread(() =>
        {
            for (int i = 0; i < 500; i++)
            {
                lock (o)
                {
                    while (turn != 1) Monitor.Wait(o);
                    log.Add(1);
                    turn = 0;
                    Monitor.Pulse(o);
                }
            }
        });
        other.Start();
        for (int i = 0; i < 500; i++)
        {
            lock (o)
            {
                while (turn != 0) Monitor.Wait(o);
                log.Add(0);
                turn = 1;
                Monitor.Pulse(o);
            }
        }
        other.Join();
        for (int i = 0; i < log.Count; i++) if (log[i] != i % 2) return $"turn {i} taken by {log[i]}";
        return log.Count == 1000 ? null : $"{log.Count} turns";
    }

    static string WaitTimesOut()
    {
        object o = new object();
        lock (o)
        {
            if (Monitor.Wait(o, 20)) return "Wait(20) reported a pulse that never came";
            if (!Monitor.IsEntered(o)) return "lock not held after Wait";
        }
        return null;
    }

    static string PulseAllWakesEveryone()
    {
        object o = new object();
        bool go = false;
        int woke = 0;
        var threads = new Thread[5];
        for (int i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(() => { lock (o) { while (!go) Monitor.Wait(o); woke++; } });
            threads[i].Start();
        }
        Thread.Sleep(20);
        lock (o) { go = true; Monitor.PulseAll(o); }
        foreach (var t in threads) t.Join();
        return woke == 5 ? null : $"{woke} woke";
    }

    static string TryEnterHonoursTimeouts()
    {
        object o = new object();
        var held = new ManualResetEventSlim();
        var holder = new Thread(() => { lock (o) { held.Set(); Thread.Sleep(100); } });
        holder.Start();
        held.Wait();
        if (Monitor.TryEnter(o)) return "TryEnter took a held lock";
        if (Monitor.TryEnter(o, 10)) return "TryEnter(10) took a lock held for 100 ms";
        if (!Monitor.TryEnter(o, 5000)) return "TryEnter(5000) gave up";
        Monitor.Exit(o);
        holder.Join();
        return null;
    }

    static string Semaphore()
    {
        var s = new SemaphoreSlim(2, 3);
        if (!s.Wait(0) || !s.Wait(0)) return "could not take two";
        if (s.Wait(10)) return "took a third of two";
        if (s.Release() != 0) return "Release did not return the previous count";
        if (s.CurrentCount != 1) return $"count {s.CurrentCount}";
        int inside = 0, max = 0;
        var threads = new Thread[6];
        var pair = new SemaphoreSlim(2);
        for (int i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(() =>
            {
                pair.Wait();
                int now = Interlocked.Increment(ref inside);
                lock (threads) if (now > max) max = now;
                Thread.Sleep(5);
                Interlocked.Decrement(ref inside);
                pair.Release();
            });
            threads[i].Start();
        }
        foreach (var t in threads) t.Join();
        return max == 2 ? null : $"{max} inside at once";
    }

    static string Event()
    {
        var e = new ManualResetEventSlim(false);
        if (e.IsSet || e.Wait(10)) return "unset event looked set";
        var setter = new Thread(() => { Thread.Sleep(10); e.Set(); });
        setter.Start();
        if (!e.Wait(5000)) return "Wait missed Set";
        setter.Join();
        e.Reset();
        return e.IsSet ? "Reset did not reset" : null;
    }

    // Sleepers wake no earlier than their deadlines, and a short sleep ends well before a long one. (Exact wake order
    // of close deadlines is not checked: a stalled host, as under emulation, can expire several at once.)
    static string SleepOrder()
    {
        var order = new List<int>();
        string early = null;
        var gate = new ManualResetEventSlim();
        var threads = new List<Thread>();
        foreach (int ms in new[] { 300, 30, 120 })
        {
            var t = new Thread(() =>
            {
                gate.Wait();
                long due = Stopwatch.GetTimestamp() + ms * Stopwatch.Frequency / 1000;
                Thread.Sleep(ms);
                long woke = Stopwatch.GetTimestamp();
                lock (order)
                {
                    order.Add(ms);
                    if (woke < due) early = $"the {ms} ms sleeper woke {(due - woke) * 1000000 / Stopwatch.Frequency} us early";
                }
            });
            threads.Add(t);
            t.Start();
        }
        gate.Set();
        foreach (var t in threads) t.Join();
        if (early != null) return early;
        if (order.Count != 3) return $"{order.Count} sleepers woke";
        return order.IndexOf(30) < order.IndexOf(300) ? null : $"woke in order {string.Join(",", order)}";
    }

    static int s_spins;

    static string BusyThreadIsPreempted()
    {
        bool stop = false;
        var busy = new Thread(() => { while (!Volatile.Read(ref stop)) s_spins++; });
        busy.Start();
        Thread.Sleep(50); // main gets the CPU back only if the busy thread is preempted
        int seen = Volatile.Read(ref s_spins);
        Volatile.Write(ref stop, true);
        busy.Join();
        return seen > 0 ? null : "the busy thread never ran";
    }

    // The main thread spins without blocking or yielding: the other thread runs only if the timer preempts main.
    static string BusyMainIsPreempted()
    {
        bool ran = false;
        var t = new Thread(() => Volatile.Write(ref ran, true));
        t.Start();
        var sw = Stopwatch.StartNew();
        while (!Volatile.Read(ref ran) && sw.ElapsedMilliseconds < 20_000) s_spins++;
        bool preempted = Volatile.Read(ref ran);
        t.Join();
        return preempted ? null : "main spun for 20 s and the other thread never ran";
    }

    static string YieldRunsOthers()
    {
        bool ran = false;
        var t = new Thread(() => ran = true);
        t.Start();
        for (int i = 0; i < 1000 && !Volatile.Read(ref ran); i++) Thread.Yield();
        t.Join();
        return ran ? null : "the other thread did not run";
    }

    static string InterlockedOps()
    {
        int i = 5;
        if (Interlocked.CompareExchange(ref i, 7, 5) != 5 || i != 7) return "CompareExchange int";
        if (Interlocked.CompareExchange(ref i, 9, 5) != 7 || i != 7) return "failed CompareExchange changed the value";
        long l = 1L << 40;
        if (Interlocked.Add(ref l, 2) != (1L << 40) + 2) return "Add long";
        if (Interlocked.Exchange(ref i, 3) != 7 || i != 3) return "Exchange";
        string s = "a";
        if (Interlocked.CompareExchange(ref s, "b", "a") != "a" || s != "b") return "CompareExchange reference";
        if (Interlocked.Exchange(ref s, "c") != "b" || s != "c") return "Exchange reference";
        if (Interlocked.Increment(ref i) != 4 || Interlocked.Decrement(ref i) != 3) return "Increment/Decrement";
        return null;
    }

    static int Depth(int n) => n == 0 ? 0 : 1 + Depth(n - 1);

    static string SmallStack()
    {
        int result = 0;
        var t = new Thread(() => result = Depth(500), 64 * 1024);
        t.Start();
        t.Join();
        return result == 500 ? null : $"depth {result}";
    }

    sealed class Node { public int Value; public Node Next; public string Text; }

    static string CollectorSeesEveryStack()
    {
        var errors = new string[4];
        var threads = new Thread[4];
        for (int i = 0; i < threads.Length; i++)
        {
            int id = i;
            threads[i] = new Thread(() =>
            {
                Node head = null;
                for (int k = 0; k < 3000; k++) head = new Node { Value = k, Next = head, Text = "n" + k };
                for (int round = 0; round < 200; round++)
                {
                    var garbage = new byte[4000];
                    garbage[round] = 1;
                    if (round % 50 == 0) Thread.Yield();
                }
                int expect = 2999;
                for (Node n = head; n != null; n = n.Next, expect--)
                    if (n.Value != expect || n.Text != "n" + expect) { errors[id] = $"thread {id} lost node {expect}"; return; }
                if (expect != -1) errors[id] = $"thread {id}: list ends at {expect}";
            });
            threads[i].Start();
        }
        foreach (var t in threads) t.Join();
        foreach (string e in errors) if (e != null) return e;
        return null;
    }

    [ThreadStatic] static int t_counter;
    [ThreadStatic] static string t_name;
    [ThreadStatic] static Node t_list;
    [ThreadStatic] static byte[] t_buffer;

    static string ThreadStaticsArePerThread()
    {
        t_counter = 100;
        t_name = "main";
        var seen = new string[3];
        var threads = new Thread[3];
        for (int i = 0; i < threads.Length; i++)
        {
            int id = i;
            threads[i] = new Thread(() =>
            {
                if (t_counter != 0 || t_name != null) { seen[id] = $"a new thread saw {t_counter}/{t_name}"; return; }
                t_name = "worker" + id;
                for (int k = 0; k <= id; k++) { t_counter++; Thread.Yield(); }
                seen[id] = t_name + ":" + t_counter;
            });
            threads[i].Start();
        }
        foreach (var t in threads) t.Join();
        for (int i = 0; i < seen.Length; i++) if (seen[i] != "worker" + i + ":" + (i + 1)) return seen[i];
        return t_counter == 100 && t_name == "main" ? null : $"main's values changed to {t_counter}/{t_name}";
    }

    static class WithInitializer
    {
        // As in .NET, the initializer runs once, in the class constructor, on the thread that first touches the class.
        [ThreadStatic] public static int Value = 42;
    }

    static string ThreadStaticInitializerRunsOnce()
    {
        if (WithInitializer.Value != 42) return $"main sees {WithInitializer.Value}";
        int other = -1;
        var t = new Thread(() => other = WithInitializer.Value);
        t.Start();
        t.Join();
        return other == 0 ? null : $"another thread sees {other}";
    }

    static class Slot<T>
    {
        [ThreadStatic] public static T Value;
    }

    static string GenericThreadStatics()
    {
        Slot<string>.Value = "main";
        Slot<int>.Value = 1;
        string inThread = null;
        var t = new Thread(() =>
        {
            inThread = (Slot<string>.Value ?? "null") + "," + Slot<int>.Value;
            Slot<string>.Value = "thread";
            Slot<int>.Value = 2;
        });
        t.Start();
        t.Join();
        if (inThread != "null,0") return $"a new thread saw {inThread}";
        return Slot<string>.Value == "main" && Slot<int>.Value == 1 ? null : $"main sees {Slot<string>.Value},{Slot<int>.Value}";
    }

    // Each thread's list lives only in its thread static while every thread churns through garbage: building,
    // churning and checking are separate calls, so no register or stack slot keeps the thread's storage alive.
    static string ThreadStaticsAreRoots()
    {
        var errors = new string[4];
        var threads = new Thread[4];
        for (int i = 0; i < threads.Length; i++)
        {
            int id = i;
            threads[i] = new Thread(() =>
            {
                BuildList(id);
                Churn();
                errors[id] = CheckList(id);
            });
            threads[i].Start();
        }
        foreach (var t in threads) t.Join();
        foreach (string e in errors) if (e != null) return e;
        return null;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static void BuildList(int id)
    {
        for (int k = 0; k < 2000; k++) t_list = new Node { Value = k, Next = t_list, Text = id + "/" + k };
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static void Churn()
    {
        for (int round = 0; round < 300; round++)
        {
            var garbage = new Node[100];
            garbage[round % 100] = new Node { Text = "garbage" };
            if (round % 60 == 0) { GC.Collect(); Thread.Yield(); }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static string CheckList(int id)
    {
        int expect = 1999;
        for (Node n = t_list; n != null; n = n.Next, expect--)
            if (n.Value != expect || n.Text != id + "/" + expect) return $"thread {id} lost node {expect}";
        return expect == -1 ? null : $"thread {id}: list ends at {expect}";
    }

    // 40 threads, one after another, each keep 256 KiB in a thread static: more than the tests' heap unless a thread's
    // statics become garbage when it ends.
    static string ThreadStaticsDieWithTheirThread()
    {
        long sum = 0;
        for (int i = 0; i < 40; i++)
        {
            var t = new Thread(() =>
            {
                t_buffer = new byte[256 * 1024];
                t_buffer[12345] = 7;
                sum += t_buffer[12345];
            });
            t.Start();
            t.Join();
        }
        return sum == 280 ? null : $"sum {sum}";
    }

    static class SlowToInitialize
    {
        public static readonly int Value;
        public static int Runs;

        static SlowToInitialize()
        {
            Runs++;
            Thread.Sleep(50); // other threads that need the class meanwhile must wait
            Value = 7;
        }
    }

    static string ClassConstructorRunsOnceAcrossThreads()
    {
        var seen = new int[4];
        var threads = new Thread[seen.Length];
        for (int i = 0; i < threads.Length; i++)
        {
            int id = i;
            threads[i] = new Thread(() => seen[id] = SlowToInitialize.Value);
            threads[i].Start();
        }
        foreach (var t in threads) t.Join();
        foreach (int v in seen) if (v != 7) return $"a thread saw {v} before the class constructor finished";
        return SlowToInitialize.Runs == 1 ? null : $"the class constructor ran {SlowToInitialize.Runs} times";
    }

    // Many threads blocked at once, each on its own event: setting one wakes exactly that one, in any order.
    static string ManyWaitersEachWokenByName()
    {
        const int N = 48;
        var woke = new List<int>();
        var gates = new ManualResetEventSlim[N];
        var threads = new Thread[N];
        for (int i = 0; i < N; i++) gates[i] = new ManualResetEventSlim(false);
        for (int i = 0; i < N; i++)
        {
            int k = i;
            threads[i] = new Thread(() => { gates[k].Wait(); lock (woke) woke.Add(k); }, 16 * 1024);
            threads[i].Start();
        }
        for (int j = 0; j < N; j++)
        {
            int k = j * 7 % N;
            gates[k].Set();
            threads[k].Join();
            lock (woke) if (woke.Count != j + 1 || woke[j] != k) return $"setting gate {k} woke {string.Join(",", woke)}";
        }
        return null;
    }

    // Timed waits on many locks at once: the pulsed ones return true, the others time out on their own deadlines,
    // whatever the order their deadlines and pulses come in.
    static string TimedWaitsPulsedOrExpired()
    {
        const int N = 16;
        var locks = new object[N];
        var results = new bool[N];
        var threads = new Thread[N];
        int waiting = 0;
        for (int i = 0; i < N; i++) locks[i] = new object();
        for (int i = 0; i < N; i++)
        {
            int k = i;
            threads[i] = new Thread(() =>
            {
                lock (locks[k])
                {
                    Interlocked.Increment(ref waiting);
                    results[k] = Monitor.Wait(locks[k], k % 2 == 0 ? 60_000 : 30 + 7 * (N - k));
                }
            }, 64 * 1024); // .NET needs more than 16 KiB for a Monitor.Wait
            threads[i].Start();
        }
        while (Volatile.Read(ref waiting) < N) Thread.Sleep(1);
        for (int i = N - 2; i >= 0; i -= 2) lock (locks[i]) Monitor.Pulse(locks[i]);
        for (int i = 0; i < N; i++) threads[i].Join();
        for (int i = 0; i < N; i++) if (results[i] != (i % 2 == 0)) return $"wait {i} returned {results[i]}";
        return null;
    }
}
