using System.Threading;
using Kiln.Runtime;

namespace Kiln.Sched
{
    // Something to do at a monotonic time: Task.Delay, CancelAfter, System.Threading.Timer. Fire runs on the timer
    // thread and must not block; the default queues Execute to the thread pool, where .NET runs timer callbacks.
    internal abstract class TimerEntry : IThreadPoolWorkItem
    {
        internal long Due;           // monotonic ns
        internal long Sequence;      // among equal Due, the order they were scheduled in
        internal long PeriodNs;      // 0: once
        internal int HeapIndex = -1;

        internal virtual void Fire() => WorkQueue.Enqueue(this);
        public abstract void Execute();
    }

    // Every pending TimerEntry in one binary min-heap, served by one background thread (".NET Timer") that sleeps
    // with the earliest due time as its scheduler deadline, so an idle image waits in the platform's idle call, and
    // a new earliest entry wakes it. Started on first use.
    internal static class TimerQueue
    {
        private static TimerEntry[] s_heap = new TimerEntry[8];
        private static int s_count;
        private static long s_sequence;
        private static readonly WaitQueue s_wake = new WaitQueue();
        private static bool s_threadWaiting;
        private static int s_threadStarted;

        // Schedules (or moves) entry to fire at due (monotonic ns), then every periodNs if that is > 0.
        public static void Schedule(TimerEntry entry, long due, long periodNs)
        {
            Preemption.Disable();
            if (entry.HeapIndex >= 0) RemoveAt(entry.HeapIndex);
            entry.PeriodNs = periodNs;
            Insert(entry, due);
            if (s_heap[0] == entry && s_threadWaiting) Scheduler.WakeOne(s_wake);
            Preemption.Enable();
            if (s_threadStarted == 0 && Interlocked.CompareExchange(ref s_threadStarted, 1, 0) == 0)
                new Thread(ThreadMain) { IsBackground = true, Name = ".NET Timer" }.Start();
        }

        // True when the entry was pending (it will not fire now, unless it already has been handed to the pool).
        public static bool Cancel(TimerEntry entry)
        {
            Preemption.Disable();
            bool pending = entry.HeapIndex >= 0;
            if (pending) RemoveAt(entry.HeapIndex);
            Preemption.Enable();
            return pending;
        }

        public static long ActiveCount => s_count;

        private static void ThreadMain()
        {
            Preemption.Disable();
            while (true)
            {
                long now = Platform.MonotonicNs();
                if (s_count > 0 && s_heap[0].Due <= now)
                {
                    TimerEntry entry = s_heap[0];
                    RemoveAt(0);
                    if (entry.PeriodNs > 0) Insert(entry, now + entry.PeriodNs);
                    Preemption.Enable();
                    entry.Fire();
                    Preemption.Disable();
                    continue;
                }
                s_threadWaiting = true;
                Scheduler.Block(s_wake, s_count > 0 ? s_heap[0].Due : 0);
                s_threadWaiting = false;
            }
        }

        // ---- The heap, ordered by (Due, Sequence); with preemption disabled ----

        private static bool Before(TimerEntry a, TimerEntry b) => a.Due < b.Due || (a.Due == b.Due && a.Sequence < b.Sequence);

        private static void Insert(TimerEntry entry, long due)
        {
            if (s_count == s_heap.Length)
            {
                var grown = new TimerEntry[s_heap.Length * 2];
                for (int i = 0; i < s_count; i++) grown[i] = s_heap[i];
                s_heap = grown;
            }
            entry.Due = due;
            entry.Sequence = ++s_sequence;
            int at = s_count++;
            s_heap[at] = entry;
            entry.HeapIndex = at;
            SiftUp(at);
        }

        private static void RemoveAt(int i)
        {
            TimerEntry removed = s_heap[i];
            removed.HeapIndex = -1;
            int last = --s_count;
            TimerEntry moved = s_heap[last];
            s_heap[last] = null;
            if (i == last) return;
            s_heap[i] = moved;
            moved.HeapIndex = i;
            SiftUp(i);
            SiftDown(moved.HeapIndex);
        }

        private static void SiftUp(int i)
        {
            TimerEntry e = s_heap[i];
            while (i > 0)
            {
                int parent = (i - 1) / 2;
                TimerEntry p = s_heap[parent];
                if (!Before(e, p)) break;
                s_heap[i] = p;
                p.HeapIndex = i;
                i = parent;
            }
            s_heap[i] = e;
            e.HeapIndex = i;
        }

        private static void SiftDown(int i)
        {
            TimerEntry e = s_heap[i];
            while (true)
            {
                int child = 2 * i + 1;
                if (child >= s_count) break;
                if (child + 1 < s_count && Before(s_heap[child + 1], s_heap[child])) child++;
                TimerEntry c = s_heap[child];
                if (!Before(c, e)) break;
                s_heap[i] = c;
                c.HeapIndex = i;
                i = child;
            }
            s_heap[i] = e;
            e.HeapIndex = i;
        }
    }
}
