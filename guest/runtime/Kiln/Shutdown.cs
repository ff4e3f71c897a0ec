namespace Kiln.Runtime
{
    // Work that must happen before the image ends, however it ends (Main returns, Environment.Exit, panic):
    // libs register it from their library initializer (docs/manifest.md), e.g. the console lib flushing its buffer.
    internal static unsafe class Shutdown
    {
        private const int Capacity = 8;
        private static Hooks s_hooks;
        private static int s_count;
        private struct Hooks { public fixed ulong Pointers[Capacity]; }

        public static void Register(delegate*<void> hook)
        {
            if (s_count == Capacity) Panic.FailFast("too many shutdown hooks");
            s_hooks.Pointers[s_count++] = (ulong)hook;
        }

        // Runs every hook once, latest first. Hooks MUST NOT allocate: a panic may run them on a full heap.
        internal static void Run()
        {
            while (s_count > 0) ((delegate*<void>)s_hooks.Pointers[--s_count])();
        }

        // Runs every hook and keeps it, for output that must follow the app's while the image goes on (an unhandled
        // exception's report comes before its finally blocks run). Hooks MUST be safe to run more than once.
        internal static void Flush()
        {
            for (int i = s_count - 1; i >= 0; i--) ((delegate*<void>)s_hooks.Pointers[i])();
        }
    }
}
