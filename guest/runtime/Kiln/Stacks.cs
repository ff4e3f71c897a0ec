namespace Kiln.Runtime
{
    // What the runtime knows about stacks: the guard pages below them (a fault there is reported as a stack
    // overflow), the top of the running thread's stack (bounds backtraces and the collector's scan), and a way for
    // the scheduler to show the collector the stacks of the threads that are not running.
    internal static unsafe class Stacks
    {
        private const int Capacity = 256;
        private static Ranges s_guards;
        private static int s_guardCount;
        private struct Ranges { public fixed ulong Start[Capacity]; public fixed ulong End[Capacity]; }

        // The running thread's highest stack address; Startup sets the boot stack's, the scheduler each thread's.
        public static nuint CurrentTop;

        // Set by the scheduler: calls visit(low, high) for the live part of every stack but the running one.
        public static delegate*<delegate*<nuint, nuint, void>, void> ForEachOtherStack;

        public static void AddGuard(nuint start, nuint end)
        {
            if (s_guardCount == Capacity) Panic.FailFast("more than 256 stack guard pages");
            s_guards.Start[s_guardCount] = start;
            s_guards.End[s_guardCount] = end;
            s_guardCount++;
        }

        public static void RemoveGuard(nuint start)
        {
            for (int i = 0; i < s_guardCount; i++)
            {
                if (s_guards.Start[i] != start) continue;
                s_guardCount--;
                s_guards.Start[i] = s_guards.Start[s_guardCount];
                s_guards.End[i] = s_guards.End[s_guardCount];
                return;
            }
        }

        // Whether address lies in a guard page; end is where the stack above it begins.
        public static bool IsGuard(nuint address, out nuint end)
        {
            for (int i = 0; i < s_guardCount; i++)
            {
                if (address < s_guards.Start[i] || address >= s_guards.End[i]) continue;
                end = (nuint)s_guards.End[i];
                return true;
            }
            end = 0;
            return false;
        }
    }
}
