using System.Runtime;
using System.Runtime.CompilerServices;

namespace Kiln.Platform.Kvm
{
    // The x86_64 instructions the platform needs that C# cannot express (boot.S, cpu.S).
    internal static unsafe class Cpu
    {
        [RuntimeImport("*", "kiln_kvm_rdtsc")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ulong Rdtsc();
        [RuntimeImport("*", "kiln_kvm_rdmsr")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ulong ReadMsr(uint msr);
        [RuntimeImport("*", "kiln_kvm_wrmsr")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void WriteMsr(uint msr, ulong value);
        [RuntimeImport("*", "kiln_kvm_cpuid")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Cpuid(uint leaf, uint subleaf, uint* eaxEbxEcxEdx);
        [RuntimeImport("*", "kiln_kvm_inb")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern byte InB(ushort port);
        [RuntimeImport("*", "kiln_kvm_outb")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void OutB(ushort port, byte value);
        [RuntimeImport("*", "kiln_kvm_outsb")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void OutSB(ushort port, byte* data, nint count);
        [RuntimeImport("*", "kiln_kvm_pause")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Pause();
        // sti; hlt; cli: sleeps until an interrupt, with none lost between enabling and halting.
        [RuntimeImport("*", "kiln_kvm_wait_for_interrupt")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void WaitForInterrupt();
        [RuntimeImport("*", "kiln_kvm_halt")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Halt();
        [RuntimeImport("*", "kiln_kvm_lidt")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void LoadIdt(void* idtr);
        [RuntimeImport("*", "kiln_kvm_lgdt")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void LoadGdt(void* gdtr);
        [RuntimeImport("*", "kiln_kvm_ltr")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void LoadTaskRegister(ushort selector);
        [RuntimeImport("*", "kiln_kvm_read_cr2")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern nuint ReadCr2();
        [RuntimeImport("*", "kiln_kvm_write_cr3")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void WriteCr3(ulong pml4);
        [RuntimeImport("*", "kiln_kvm_invlpg")] [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Invlpg(void* address);
    }
}
