using System.Runtime;
using Kiln.Arch;

namespace Kiln.Platform.Kvm
{
    // Device interrupt lines (the platform ABI's irq calls): the IOAPIC's inputs (GSIs) 0-23, line n on vector 48 + n,
    // delivered to this CPU's local APIC. Lines 0-15 are ISA (edge, active high), 16-23 PCI (level, active low).
    // The IOAPIC sits at the address every PC board and QEMU machine (q35, microvm) give it; ISA interrupt source
    // overrides from ACPI's MADT are not read, so a line is its GSI (on these machines IRQ 0, the PIT, is GSI 2).
    internal static unsafe class IoApic
    {
        private const ulong Base = 0xFEC00000;
        private const uint RegVersion = 0x01, RegRedirection = 0x10;
        private const int Lines = 24, FirstVector = 48, FirstLevelLine = 16;
        private const uint Masked = 1 << 16, LevelTriggered = 1 << 15, ActiveLow = 1 << 13;

        private struct Handlers { public fixed ulong Entries[Lines]; }
        private static Handlers s_handlers;
        private static int s_lines = -1;    // inputs the IOAPIC has; 0 when there is none

        private static uint Read(uint reg)
        {
            System.Threading.Volatile.Write(ref *(uint*)Base, reg);
            return System.Threading.Volatile.Read(ref *(uint*)(Base + 0x10));
        }

        private static void Write(uint reg, uint value)
        {
            System.Threading.Volatile.Write(ref *(uint*)Base, reg);
            System.Threading.Volatile.Write(ref *(uint*)(Base + 0x10), value);
        }

        private static int LineCount()
        {
            if (s_lines < 0)
            {
                // An absent IOAPIC reads as all ones (or zero): its version register then names no inputs.
                uint version = Read(RegVersion);
                int entries = version == 0xFFFFFFFF ? 0 : (int)((version >> 16) & 0xFF) + 1;
                s_lines = version == 0 || entries > 240 ? 0 : entries < Lines ? entries : Lines;
            }
            return s_lines;
        }

        [RuntimeExport("kiln_plat_irq_register")]
        private static int Register(int irq, delegate*<int, void> handler)
        {
            if (irq < 0 || irq >= Lines || handler == null || !Apic.Start()) return -1;
            int interrupts = Cpu.DisableInterrupts();
            int result = -1;
            if (irq < LineCount())
            {
                s_handlers.Entries[irq] = (ulong)handler;
                Interrupts.SetHandler(FirstVector + irq, &OnInterrupt);
                Write(RegRedirection + 2 * (uint)irq + 1, Apic.Id << 24);
                Write(RegRedirection + 2 * (uint)irq, Entry(irq, masked: false));
                result = 0;
            }
            Cpu.RestoreInterrupts(interrupts);
            return result;
        }

        [RuntimeExport("kiln_plat_irq_mask")]
        private static void Mask(int irq, int masked)
        {
            if (irq < 0 || irq >= Lines || s_handlers.Entries[irq] == 0) return;
            int interrupts = Cpu.DisableInterrupts();
            Write(RegRedirection + 2 * (uint)irq, Entry(irq, masked != 0));
            Cpu.RestoreInterrupts(interrupts);
        }

        private static uint Entry(int irq, bool masked) =>
            (uint)(FirstVector + irq) | (irq >= FirstLevelLine ? LevelTriggered | ActiveLow : 0) | (masked ? Masked : 0);

        // End of interrupt first, as for the timer: the handler may wake a thread and switch to it.
        private static void OnInterrupt(int vector)
        {
            Apic.EndOfInterrupt();
            int irq = vector - FirstVector;
            var handler = (delegate*<int, void>)s_handlers.Entries[irq];
            if (handler != null) handler(irq);
        }
    }
}
