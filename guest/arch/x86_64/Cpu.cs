using System.Runtime;
using System.Runtime.CompilerServices;

namespace Kiln.Arch
{
    // The x86_64 instructions that C# cannot express (cpu.S), for ring-0 platforms.
    internal static unsafe class Cpu
    {
        [RuntimeImport("*", "kiln_x64_rdtsc")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ulong Rdtsc();
        [RuntimeImport("*", "kiln_x64_rdmsr")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ulong ReadMsr(uint msr);
        [RuntimeImport("*", "kiln_x64_wrmsr")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void WriteMsr(uint msr, ulong value);
        [RuntimeImport("*", "kiln_x64_cpuid")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Cpuid(uint leaf, uint subleaf, uint* eaxEbxEcxEdx);
        [RuntimeImport("*", "kiln_x64_inb")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern byte InB(ushort port);
        [RuntimeImport("*", "kiln_x64_outb")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void OutB(ushort port, byte value);
        [RuntimeImport("*", "kiln_x64_outsb")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void OutSB(ushort port, byte* data, nint count);
        [RuntimeImport("*", "kiln_x64_pause")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Pause();
        // sti; hlt; cli: sleeps until an interrupt, with none lost between enabling and halting.
        [RuntimeImport("*", "kiln_x64_wait_for_interrupt")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void WaitForInterrupt();
        [RuntimeImport("*", "kiln_x64_halt")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Halt();
        [RuntimeImport("*", "kiln_x64_lidt")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void LoadIdt(void* idtr);
        [RuntimeImport("*", "kiln_x64_lgdt")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void LoadGdt(void* gdtr);
        [RuntimeImport("*", "kiln_x64_ltr")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void LoadTaskRegister(ushort selector);
        [RuntimeImport("*", "kiln_x64_read_cr2")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern nuint ReadCr2();
        [RuntimeImport("*", "kiln_x64_write_cr3")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void WriteCr3(ulong pml4);
        [RuntimeImport("*", "kiln_x64_invlpg")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Invlpg(void* address);
        // pushfq; cli: 1 when interrupts were on. Restore turns them back on only if they were.
        [RuntimeImport("*", "kiln_x64_interrupts_disable")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int DisableInterrupts();
        [RuntimeImport("*", "kiln_x64_interrupts_restore")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void RestoreInterrupts(int previous);
    }
}
