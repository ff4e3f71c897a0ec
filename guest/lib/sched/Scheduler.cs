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
    // its stack, where the collector scans it. The scheduler allocates nothing.
    [System.Diagnostics.StackTraceHidden] // a thread's stack trace ends at Thread.StartCallback, as in .NET
    internal static unsafe class Scheduler
    {
        [RuntimeImport("*", "kiln_switch_context")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SwitchContext(nuint* saveSp, nuint newSp);
        [RuntimeImport("*", "kiln_thread_trampoline")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void Trampoline();

        private const long QuantumNs = Kiln.Options.Sched.QuantumMs * 1_000_000;
        private const nuint PageSize = 4096;

        internal static Thread s_current;
        internal static Thread s_main;
        private static Thread s_first;          // every thread that has started, linked through Thread.NextAll
        private static Thread s_dying;          // dead, still on its stack: released by whoever runs next
        private static int s_nextId = 1;
        private static ulong s_switches;

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
            s_main = main;
            s_first = main;
            s_current = main;
            Preemption.Preempt = &Preempt;
            Stacks.ForEachOtherStack = &ForEachOtherStack;
            Startup.MainReturned = &WaitForForegroundThreads;
        }

        public static int NewId() => Interlocked.Increment(ref s_nextId);

        // Gives the thread a stack from the heap with a guard page below it and a first frame that
        // kiln_switch_context returns into kiln_thread_trampoline from.
        public static void Start(Thread t, int stackBytes)
        {
            if (s_current == null) Adopt();
            // The first whole page inside the array's elements is the guard; the stack is everything above it.
            byte[] stack = new byte[stackBytes + 2 * (int)PageSize];
            Preemption.Disable();
            byte* elements = (byte*)Unsafe.AsPointer(ref Unsafe.As<RawArray>(stack).Length) + 8;
            nuint guard = ((nuint)elements + PageSize - 1) & ~(PageSize - 1);
            Platform.GuardPage((void*)guard, 1);
            Stacks.AddGuard(guard, guard + PageSize);
            t.Stack = stack;
            t.Guard = guard;
            nuint top = ((nuint)elements + (nuint)stack.Length) & ~(nuint)15;
            nuint* sp = (nuint*)top;
            *--sp = (nuint)(delegate*<void>)&Trampoline;
            *--sp = 0x202;                          // rflags: interrupts on
            *--sp = 0;                              // rbp
            *--sp = 0;                              // rbx
            *--sp = (nuint)(delegate*<void>)&ThreadMain; // r12: the trampoline calls it
            for (int i = 0; i < 3; i++) *--sp = 0;  // r13-r15
            t.SavedSp = (nuint)sp;
            t.StackTop = top;
            t.State = RunState.Ready;
            t.NextAll = s_first;
            s_first = t;
            ArmTimer(Platform.MonotonicNs());
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
            WakeAll(t);
            s_dying = t;
            Schedule();
        }

        // True when another thread ran before this one came back.
        public static bool Yield()
        {
            Preemption.Disable();
            ulong before = s_switches;
            s_current.State = RunState.Ready;
            Schedule();
            Preemption.EnableNoYield();
            return s_switches != before;
        }

        private static void Preempt()
        {
            Preemption.Disable();
            s_tickAt = 0; // this was the armed tick (or a later one replaced it)
            if (s_current.State == RunState.Running) s_current.State = RunState.Ready;
            Schedule();
            Preemption.EnableNoYield();
        }

        public static void Sleep(long ns)
        {
            Preemption.Disable();
            Thread t = Current;
            t.State = RunState.Sleeping;
            t.WakeAt = Platform.MonotonicNs() + (ns > 0 ? ns : 0);
            Schedule();
            Preemption.EnableNoYield();
        }

        // Blocks the running thread until Wake(key) or, with a deadline (monotonic ns, 0 = none), until then.
        // Call with preemption disabled. True when woken, false when the deadline passed.
        public static bool Block(object key, long deadline)
        {
            Thread t = Current;
            t.State = RunState.Blocked;
            t.WaitingFor = key;
            t.WakeAt = deadline;
            t.TimedOut = false;
            Schedule();
            return !t.TimedOut;
        }

        // Makes threads blocked on key ready. Call with preemption disabled.
        public static void WakeOne(object key) => Wake(key, all: false);
        public static void WakeAll(object key) => Wake(key, all: true);

        private static void Wake(object key, bool all)
        {
            for (Thread t = s_first; t != null; t = t.NextAll)
            {
                if (t.State != RunState.Blocked || t.WaitingFor != key) continue;
                t.State = RunState.Ready;
                t.WaitingFor = null;
                t.WakeAt = 0;
                if (!all) return;
            }
        }

        // Picks the next thread after the running one that is ready (waking sleepers whose time has come) and
        // switches to it; with none ready, idles until the earliest wake-up. Call with preemption disabled.
        private static void Schedule()
        {
            while (true)
            {
                long now = Platform.MonotonicNs();
                WakeExpired(now);
                Thread next = NextReady();
                if (next != null)
                {
                    ArmTimer(now);
                    SwitchTo(next);
                    return;
                }
                long wake = EarliestWake();
                if (wake == long.MaxValue) Deadlock();
                s_tickAt = 0; // idling re-arms the platform timer
                Platform.Idle(wake - now);
            }
        }

        private static void WakeExpired(long now)
        {
            for (Thread t = s_first; t != null; t = t.NextAll)
            {
                if ((t.State == RunState.Sleeping || (t.State == RunState.Blocked && t.WakeAt != 0)) && t.WakeAt <= now)
                {
                    if (t.State == RunState.Blocked) t.TimedOut = true;
                    t.State = RunState.Ready;
                    t.WaitingFor = null;
                    t.WakeAt = 0;
                }
            }
        }

        // Round robin over the thread list, starting after the running thread and ending with it.
        private static Thread NextReady()
        {
            Thread start = s_current.NextAll ?? s_first;
            Thread t = start;
            do
            {
                if (t.State == RunState.Ready) return t;
                t = t.NextAll ?? s_first;
            }
            while (t != start);
            return null;
        }

        private static long EarliestWake()
        {
            long wake = long.MaxValue;
            for (Thread t = s_first; t != null; t = t.NextAll)
                if ((t.State == RunState.Sleeping || t.State == RunState.Blocked) && t.WakeAt != 0 && t.WakeAt < wake) wake = t.WakeAt;
            return wake;
        }

        // A tick at the end of the quantum when another thread is ready, else at the next wake-up, else none. An armed
        // tick that comes no later is left alone: arming is a system call on linuxu, and a hand-off between two
        // threads should not pay for one.
        private static long s_tickAt;   // monotonic ns of the armed tick; 0 = none

        private static void ArmTimer(long now)
        {
            int ready = 0;
            for (Thread t = s_first; t != null; t = t.NextAll) if (t.State == RunState.Ready || t.State == RunState.Running) ready++;
            long wake = EarliestWake();
            long at = ready > 1 ? now + QuantumNs : 0;
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
