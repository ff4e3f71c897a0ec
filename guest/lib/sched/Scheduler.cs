using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Threading;
using Kiln.Runtime;

namespace Kiln.Sched
{
    internal enum RunState { Unstarted, Ready, Running, Blocked, Sleeping, Dead }

    // A preemptive round-robin scheduler for one CPU (docs/runtime.md, "Threads"). Every decision runs with
    // preemption disabled (Kiln.Runtime.Preemption). A thread leaves the CPU by blocking, sleeping, yielding, dying
    // or, when another thread is ready, by the timer tick at the end of its quantum, which the platform delivers from
    // its timer interrupt (kvm) or SIGALRM handler (linuxu) on the running thread's stack. kiln_switch_context saves
    // the callee-saved registers and flags on the old stack, so a thread that is not running has its whole state on
    // its stack, where the collector scans it.
    //
    // Ready threads wait in a FIFO run queue, blocked threads in the WaitQueue of what they wait for, and every
    // deadline (a sleep, a timed wait) in a binary min-heap: a decision costs O(log n) in the number of threads with a
    // deadline and nothing in the number of blocked threads. The scheduler allocates only when a thread starts.
    [System.Diagnostics.StackTraceHidden] // a thread's stack trace ends at Thread.StartCallback, as in .NET
    internal static unsafe class Scheduler
    {
        [RuntimeImport("*", "kiln_switch_context")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SwitchContext(nuint* saveSp, nuint newSp);

        private const long QuantumNs = Kiln.Options.Sched.QuantumMs * 1_000_000;
        private const nuint PageSize = 4096;

        internal static Thread s_current;
        internal static Thread s_main;
        private static Thread s_first;          // every thread that has started, linked through Thread.NextAll
        private static Thread s_dying;          // dead, still on its stack: released by whoever runs next
        private static int s_nextId = 1;
        private static ulong s_switches;

        private static Thread s_readyHead, s_readyTail;  // linked through Thread.RunNext
        private static int s_readyCount;

        // Deadlines: s_timers[0 .. s_timerCount) is a min-heap on Thread.WakeAt; Thread.TimerIndex is each entry's place
        // (-1 when it has none). A thread has at most one deadline, so one slot per started thread is enough.
        private static Thread[] s_timers;
        private static int s_timerCount;

        private static int s_deviceWaiters;     // threads blocked on a queue that interrupts wake
        private static WaitQueue s_pendingWakes; // queued by interrupt handlers, taken whole by the scheduler

        // The main thread becomes a Thread the first time anything asks; then the runtime's hooks point here.
        public static Thread Current
        {
            get
            {
                if (s_current == null) Adopt();
                return s_current;
            }
        }

        private static void Adopt()
        {
            var main = new Thread(1);
            main.State = RunState.Running;
            main.StackTop = Stacks.CurrentTop;
            s_timers = new Thread[4];
            s_main = main;
            s_first = main;
            s_current = main;
            Preemption.Preempt = &Preempt;
            Stacks.ForEachOtherStack = &ForEachOtherStack;
            Startup.MainReturned = &WaitForForegroundThreads;
        }

        public static int NewId() => Interlocked.Increment(ref s_nextId);

        // Gives the thread a stack from the heap with a guard page below it and a first frame that
        // kiln_switch_context returns into (Arch.Context.Initial).
        public static void Start(Thread t, int stackBytes)
        {
            if (s_current == null) Adopt();
            // The first whole page inside the array's elements is the guard; the stack is everything above it.
            byte[] stack = new byte[stackBytes + 2 * (int)PageSize];
            Thread[] timers = null;
            int threads = 0;
            for (Thread u = s_first; u != null; u = u.NextAll) threads++;
            if (threads + 1 > s_timers.Length) timers = new Thread[2 * (threads + 1)];
            Preemption.Disable();
            if (timers != null && timers.Length > s_timers.Length)
            {
                for (int i = 0; i < s_timerCount; i++) timers[i] = s_timers[i];
                s_timers = timers;
            }
            byte* elements = (byte*)Unsafe.AsPointer(ref Unsafe.As<RawArray>(stack).Length) + 8;
            nuint guard = ((nuint)elements + PageSize - 1) & ~(PageSize - 1);
            Platform.GuardPage((void*)guard, 1);
            Stacks.AddGuard(guard, guard + PageSize);
            t.Stack = stack;
            t.Guard = guard;
            nuint top = ((nuint)elements + (nuint)stack.Length) & ~(nuint)15;
            t.SavedSp = Kiln.Arch.Context.Initial(top, (nuint)(delegate*<void>)&ThreadMain);
            t.StackTop = top;
            t.NextAll = s_first;
            s_first = t;
            MakeReady(t);
            ArmTimer(Platform.MonotonicNs(), s_readyCount + 1);
            Preemption.Enable();
        }

        // First code of every started thread, still inside the switch that started it.
        private static void ThreadMain()
        {
            ThreadLocalStorage.StartThread();
            AfterSwitch();
            Preemption.EnableNoYield();
            Thread t = s_current;
            t.StartCallback();
            Preemption.Disable();
            t.State = RunState.Dead;
            WakeAll(t.Joiners);
            s_dying = t;
            Schedule();
        }

        // True when another thread ran before this one came back.
        public static bool Yield()
        {
            Preemption.Disable();
            ulong before = s_switches;
            MakeReady(s_current);
            Schedule();
            Preemption.EnableNoYield();
            return s_switches != before;
        }

        private static void Preempt()
        {
            Preemption.Disable();
            s_tickAt = 0; // this was the armed tick (or a later one replaced it)
            if (s_current.State == RunState.Running) MakeReady(s_current);
            Schedule();
            Preemption.EnableNoYield();
        }

        public static void Sleep(long ns)
        {
            Preemption.Disable();
            Thread t = Current;
            t.State = RunState.Sleeping;
            AddTimer(t, Platform.MonotonicNs() + (ns > 0 ? ns : 0));
            Schedule();
            Preemption.EnableNoYield();
        }

        // Blocks the running thread on queue until a wake-up or, with a deadline (monotonic ns, 0 = none), until then.
        // Call with preemption disabled. True when woken, false when the deadline passed.
        public static bool Block(WaitQueue queue, long deadline)
        {
            Thread t = Current;
            t.State = RunState.Blocked;
            t.TimedOut = false;
            queue.Add(t);
            if (queue.WokenByInterrupts) { s_deviceWaiters++; t.WaitsForDevice = true; }
            if (deadline != 0) AddTimer(t, deadline);
            Schedule();
            return !t.TimedOut;
        }

        // Makes the first (or every) thread blocked on queue ready. Call with preemption disabled.
        public static void WakeOne(WaitQueue queue)
        {
            Thread t = queue.TakeFirst();
            if (t != null) Unblock(t);
        }

        public static void WakeAll(WaitQueue queue)
        {
            for (Thread t = queue.TakeFirst(); t != null; t = queue.TakeFirst()) Unblock(t);
        }

        private static void Unblock(Thread t)
        {
            if (t.TimerIndex >= 0) RemoveTimer(t);
            MakeReady(t);
        }

        // From an interrupt or signal handler (WaitQueue.WakeFromInterrupt). The handler runs to its end before the
        // interrupted code goes on, and the scheduler takes the list with one exchange, so no half-linked state is seen.
        internal static void DeferWake(WaitQueue queue)
        {
            if (queue.Pending) return;
            queue.Pending = true;
            queue.NextPending = s_pendingWakes;
            s_pendingWakes = queue;
        }

        private static void TakePendingWakes()
        {
            WaitQueue q = Interlocked.Exchange(ref s_pendingWakes, null);
            while (q != null)
            {
                WaitQueue next = q.NextPending;
                q.NextPending = null;
                q.Pending = false; // a handler that runs from here on queues it again
                WakeAll(q);
                q = next;
            }
        }

        private static void MakeReady(Thread t)
        {
            if (t.WaitsForDevice) { s_deviceWaiters--; t.WaitsForDevice = false; }
            t.State = RunState.Ready;
            t.RunNext = null;
            if (s_readyTail == null) s_readyHead = t; else s_readyTail.RunNext = t;
            s_readyTail = t;
            s_readyCount++;
        }

        private static Thread TakeReady()
        {
            Thread t = s_readyHead;
            if (t == null) return null;
            s_readyHead = t.RunNext;
            if (s_readyHead == null) s_readyTail = null;
            t.RunNext = null;
            s_readyCount--;
            return t;
        }

        // Switches to the first ready thread (waking those whose deadline has come); with none ready, idles until the
        // earliest deadline or an interrupt. Call with preemption disabled.
        private static void Schedule()
        {
            while (true)
            {
                if (s_pendingWakes != null) TakePendingWakes();
                // The clock matters only for deadlines and for a quantum (another thread still ready after this
                // one): a hand-off between two threads skips the read, a fifth of its cost on linuxu.
                long now = s_timerCount > 0 || s_readyCount > 1 ? Platform.MonotonicNs() : 0;
                WakeExpired(now);
                Thread next = TakeReady();
                if (next != null)
                {
                    ArmTimer(now, s_readyCount + 1);
                    SwitchTo(next);
                    return;
                }
                long wake = s_timerCount > 0 ? s_timers[0].WakeAt : long.MaxValue;
                if (wake == long.MaxValue && s_deviceWaiters == 0 && s_pendingWakes == null) Deadlock();
                s_tickAt = 0; // idling re-arms the platform timer
                if (s_pendingWakes == null) Platform.Idle(wake == long.MaxValue ? long.MaxValue : wake - now);
            }
        }

        private static void WakeExpired(long now)
        {
            while (s_timerCount > 0 && s_timers[0].WakeAt <= now)
            {
                Thread t = s_timers[0];
                RemoveTimer(t);
                if (t.State == RunState.Blocked)
                {
                    t.TimedOut = true;
                    t.Queue.Remove(t);
                }
                MakeReady(t);
            }
        }

        // ---- The deadline heap ----

        private static void AddTimer(Thread t, long wakeAt)
        {
            t.WakeAt = wakeAt;
            int i = s_timerCount++;
            s_timers[i] = t;
            t.TimerIndex = i;
            SiftUp(i);
        }

        private static void RemoveTimer(Thread t)
        {
            int i = t.TimerIndex;
            t.TimerIndex = -1;
            int last = --s_timerCount;
            Thread moved = s_timers[last];
            s_timers[last] = null;
            if (i == last) return;
            s_timers[i] = moved;
            moved.TimerIndex = i;
            SiftUp(i);
            SiftDown(moved.TimerIndex);
        }

        private static void SiftUp(int i)
        {
            Thread t = s_timers[i];
            while (i > 0)
            {
                int parent = (i - 1) / 2;
                Thread p = s_timers[parent];
                if (p.WakeAt <= t.WakeAt) break;
                s_timers[i] = p;
                p.TimerIndex = i;
                i = parent;
            }
            s_timers[i] = t;
            t.TimerIndex = i;
        }

        private static void SiftDown(int i)
        {
            Thread t = s_timers[i];
            while (true)
            {
                int child = 2 * i + 1;
                if (child >= s_timerCount) break;
                if (child + 1 < s_timerCount && s_timers[child + 1].WakeAt < s_timers[child].WakeAt) child++;
                Thread c = s_timers[child];
                if (t.WakeAt <= c.WakeAt) break;
                s_timers[i] = c;
                c.TimerIndex = i;
                i = child;
            }
            s_timers[i] = t;
            t.TimerIndex = i;
        }

        // A tick at the end of the quantum when another thread wants the CPU, else at the next deadline, else none. An
        // armed tick that comes no later is left alone: arming is a system call on linuxu, and a hand-off between two
        // threads should not pay for one. wanting: the threads that want the CPU, the one about to run included.
        private static long s_tickAt;   // monotonic ns of the armed tick; 0 = none

        private static void ArmTimer(long now, int wanting)
        {
            long wake = s_timerCount > 0 ? s_timers[0].WakeAt : long.MaxValue;
            long at = wanting > 1 ? now + QuantumNs : 0;
            if (wake != long.MaxValue && (at == 0 || wake < at)) at = wake > now ? wake : now + 1;
            if (at == 0)
            {
                if (s_tickAt != 0) { Platform.TimerArm(0); s_tickAt = 0; }
                return;
            }
            if (s_tickAt != 0 && s_tickAt > now && s_tickAt <= at) return;
            Platform.TimerArm(at - now);
            s_tickAt = at;
        }

        private static void SwitchTo(Thread next)
        {
            Thread prev = s_current;
            next.State = RunState.Running;
            if (next == prev) return;
            s_current = next;
            Stacks.CurrentTop = next.StackTop;
            s_switches++;
            if (ThreadLocalStorage.Size == 0) SwitchStacks(prev, next);
            else SwitchStacksAndThreadStatics(prev, next);
            AfterSwitch();
        }

        private static void SwitchStacks(Thread prev, Thread next)
        {
            fixed (nuint* save = &prev.SavedSp) SwitchContext(save, next.SavedSp);
        }

        // The running thread's thread statics (ThreadLocalStorage) wait in this frame until it runs again.
        private static void SwitchStacksAndThreadStatics(Thread prev, Thread next)
        {
            byte* threadStatics = stackalloc byte[ThreadLocalStorage.Size];
            ThreadLocalStorage.Save(threadStatics);
            SwitchStacks(prev, next);
            ThreadLocalStorage.Restore(threadStatics);
        }

        // Runs on the thread that was switched to: a thread that died just before can give its stack back now.
        private static void AfterSwitch()
        {
            Thread dead = s_dying;
            if (dead == null || dead == s_current) return;
            s_dying = null;
            Platform.GuardPage((void*)dead.Guard, 0);
            Stacks.RemoveGuard(dead.Guard);
            dead.Stack = null;
            if (s_first == dead) s_first = dead.NextAll;
            else for (Thread t = s_first; t != null; t = t.NextAll) if (t.NextAll == dead) { t.NextAll = dead.NextAll; break; }
        }

        private static void ForEachOtherStack(delegate*<nuint, nuint, void> visit)
        {
            for (Thread t = s_first; t != null; t = t.NextAll)
            {
                bool hasStack = t == s_main || t.Stack != null;
                if (t != s_current && hasStack) visit(t.SavedSp, t.StackTop);
            }
        }

        // After Main returns: wait for every foreground thread, as .NET does before the process exits.
        private static void WaitForForegroundThreads()
        {
            while (true)
            {
                Thread pending = null;
                for (Thread t = s_first; t != null; t = t.NextAll)
                    if (t != s_current && !t.IsBackground && t.State != RunState.Dead && t.State != RunState.Unstarted) { pending = t; break; }
                if (pending == null) return;
                pending.Join();
            }
        }

        private static void Deadlock()
        {
            int blocked = 0;
            for (Thread t = s_first; t != null; t = t.NextAll) if (t.State == RunState.Blocked) blocked++;
            Panic.Fatal(blocked == 1 ? "deadlock: the only thread is blocked forever (a lock, Join or Wait that nothing can release)"
                                     : "deadlock: every thread is blocked (locks, Join or Wait that nothing can release)");
        }

        // Array layout ilc uses: MethodTable pointer, then the length, then the elements.
        private sealed class RawArray { public nuint Length; }
    }
}
