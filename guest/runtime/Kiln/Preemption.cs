namespace Kiln.Runtime
{
    // Where a timer tick may switch threads (docs/runtime.md, "Threads"). Code that must not be interleaved with
    // another thread's (the allocator, the collector, dispatch caches, the console buffer) runs between Disable and
    // Enable; a tick that arrives meanwhile is remembered and honoured by the outermost Enable. One CPU: a plain
    // counter suffices, since a tick only reads it.
    internal static unsafe class Preemption
    {
        private static int s_disabled;
        private static bool s_pending;

        // Set by the scheduler (the sched lib): switches to the next thread if one should run.
        public static delegate*<void> Preempt;

        public static void Disable() => s_disabled++;

        public static void Enable()
        {
            if (--s_disabled == 0 && s_pending)
            {
                s_pending = false;
                if (Preempt != null) Preempt();
            }
        }

        // Leaves a critical section without honouring a pending tick: for the scheduler, which has just chosen.
        public static void EnableNoYield()
        {
            s_disabled--;
            s_pending = false;
        }

        // The platform's timer interrupt (kvm) or signal (linuxu) lands here.
        public static void Tick()
        {
            if (Preempt == null) return;
            if (s_disabled != 0) { s_pending = true; return; }
            Preempt();
        }
    }
}
