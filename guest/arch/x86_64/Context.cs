using System.Runtime;
using System.Runtime.CompilerServices;

namespace Kiln.Arch
{
    // A thread that is not running is its stack pointer: kiln_switch_context (runtime.S) pushed this frame there and
    // pops it to resume. The layout is the one contract between that assembly and the scheduler (guest/lib/sched).
    internal static unsafe class Context
    {
        [RuntimeImport("*", "kiln_thread_trampoline")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void Trampoline();

        // Lowest address first: the callee-saved registers in pop order, the flags, the return address.
        private struct SwitchFrame
        {
            public nuint R15, R14, R13, R12, Rbx, Rbp, Rflags, Return;
        }

        private const nuint FlagsInterruptsOn = 0x202; // IF, and bit 1, which is always set

        // The stack pointer of a thread that has not run yet: its first switch returns into kiln_thread_trampoline,
        // which calls entry (passed in r12) with interrupts on. stackTop must be 16-byte aligned.
        public static nuint Initial(nuint stackTop, nuint entry)
        {
            SwitchFrame* f = (SwitchFrame*)stackTop - 1;
            *f = default;
            f->R12 = entry;
            f->Rflags = FlagsInterruptsOn;
            f->Return = (nuint)(delegate*<void>)&Trampoline;
            return (nuint)f;
        }
    }
}
