using System.Runtime;
using System.Runtime.CompilerServices;
using Kiln.Arch;

namespace Kiln.Platform.Kvm
{
    // The local APIC and its timer: x2APIC (MSRs) when the CPU has it, else xAPIC (MMIO at the base MSR's address).
    // The timer runs one-shot on vector 32, divided by 16, with its rate measured against the monotonic clock.
    internal static unsafe class Apic
    {

        public const int TimerVector = Interrupts.FirstDeviceVector;
        private const uint MsrApicBase = 0x1B;
        private const uint RegId = 0x20, RegEoi = 0xB0, RegSpurious = 0xF0, RegLvtTimer = 0x320, RegInitialCount = 0x380,
            RegCurrentCount = 0x390, RegDivide = 0x3E0;

        private enum State { Unknown, Absent, Ready }
        private static State s_state;
        private static bool s_x2apic;
        private static byte* s_mmio;
        private static ulong s_ticksPerMs;
        private const long CalibrationNs = 1_000_000;

        // Brings the APIC timer up on first use; false when there is no local APIC.
        public static bool Start()
        {
            if (s_state == State.Unknown)
            {
                // Calibration counts against the clock: nothing may run in between (a thread, an interrupt).
                int interrupts = Cpu.DisableInterrupts();
                s_state = Initialize() ? State.Ready : State.Absent;
                Cpu.RestoreInterrupts(interrupts);
            }
            return s_state == State.Ready;
        }

        private static bool Initialize()
        {
            uint* r = stackalloc uint[4];
            Cpu.Cpuid(1, 0, r);
            if ((r[3] & (1u << 9)) == 0) return false;
            s_x2apic = (r[2] & (1u << 21)) != 0;

            ulong baseMsr = Cpu.ReadMsr(MsrApicBase);
            baseMsr |= 1 << 11;                  // global enable
            if (s_x2apic) baseMsr |= 1 << 10;
            Cpu.WriteMsr(MsrApicBase, baseMsr);
            s_mmio = (byte*)(baseMsr & 0xFFFFF000);

            Interrupts.SetHandler(TimerVector, &OnTimer);
            Interrupts.SetHandler(Interrupts.SpuriousVector, null); // needs no end-of-interrupt
            Write(RegSpurious, 0x100 | Interrupts.SpuriousVector);
            Write(RegDivide, 0x3);               // divide by 16
            Write(RegLvtTimer, 1u << 16);        // masked while measuring

            // Count down from the top for at least 1 ms of monotonic time, and scale by the time that really passed:
            // under TCG on a busy host the loop can overshoot by far more than the millisecond it waits for.
            long start = Time.MonotonicNs();
            Write(RegInitialCount, 0xFFFFFFFF);
            long elapsed;
            while ((elapsed = Time.MonotonicNs() - start) < CalibrationNs) Cpu.Pause();
            uint counted = 0xFFFFFFFF - Read(RegCurrentCount);
            elapsed = Time.MonotonicNs() - start;
            Write(RegInitialCount, 0);
            if (counted == 0) return false;
            s_ticksPerMs = (ulong)counted * 1_000_000 / (ulong)elapsed;
            if (s_ticksPerMs == 0) s_ticksPerMs = 1;
            Write(RegLvtTimer, TimerVector);     // one-shot, unmasked
            return true;
        }

        // Fires the timer interrupt after about ns (at most the counter's range; callers re-arm in a loop).
        public static void ArmOneShot(long ns)
        {
            ulong ticks = (ulong)ns * s_ticksPerMs / 1_000_000;
            if ((ulong)ns > ulong.MaxValue / s_ticksPerMs) ticks = 0xFFFFFFFF;
            if (ticks == 0) ticks = 1;
            if (ticks > 0xFFFFFFFF) ticks = 0xFFFFFFFF;
            Write(RegInitialCount, (uint)ticks);
        }

        // End of interrupt first: the tick may switch to another thread, which needs the next tick.
        private static void OnTimer(int vector)
        {
            EndOfInterrupt();
            Kiln.Runtime.Preemption.Tick();
        }

        public static void EndOfInterrupt() => Write(RegEoi, 0);

        // This CPU's APIC ID, where the IOAPIC sends device interrupts.
        public static uint Id => s_x2apic ? Read(RegId) : Read(RegId) >> 24;

        public static void Cancel() => Write(RegInitialCount, 0);

        private static void Write(uint reg, uint value)
        {
            if (s_x2apic) Cpu.WriteMsr(0x800 + (reg >> 4), value);
            else System.Threading.Volatile.Write(ref *(uint*)(s_mmio + reg), value);
        }

        private static uint Read(uint reg) => s_x2apic ? (uint)Cpu.ReadMsr(0x800 + (reg >> 4)) : System.Threading.Volatile.Read(ref *(uint*)(s_mmio + reg));
    }
}
