using System.Runtime;
using System.Threading;
using System.Runtime.CompilerServices;
using Kiln.Arch;
using Kiln.Runtime;

namespace Kiln.Platform.Kvm
{
    // Clocks and sleeping on kvm (docs/boot.md, "Time").
    //   monotonic: kvmclock when the hypervisor offers it (KVM), else the TSC, its rate from CPUID leaves 0x40000010
    //              or 0x15, else measured against PIT channel 0;
    //   wall:      kvmclock's wall clock, else the CMOS RTC, read once and then advanced by the monotonic clock;
    //   ticks and idling for the scheduler: the local APIC timer (x2APIC when present) in one-shot mode and hlt;
    //              without an APIC, idling spins on the clock and there is no preemption.
    // Each part starts on first use, so an image that never asks for the time pays nothing at boot.
    internal static unsafe class Time
    {
        private const ulong NsPerSecond = 1_000_000_000;
        private const uint PitHz = 1_193_182;
        private const uint MsrKvmWallClock = 0x4b564d00, MsrKvmSystemTime = 0x4b564d01;
        private const uint KvmFeatureClocksource2 = 1 << 3;

        private static ulong s_bootTsc;
        private static bool s_clockReady;
        private static bool s_kvmclock;
        private static ulong s_nsPerTick32;     // TSC ticks to ns, 32.32 fixed point
        private static long s_kvmclockAtBoot;
        private static bool s_wallReady;
        private static long s_wallMinusMonotonic;
        private static PvClockPage s_pvclock;

        // kvmclock's shared structures: pvclock_vcpu_time_info (32 bytes) and pvclock_wall_clock (12 bytes). Neither may
        // cross a page, so both sit 64-byte aligned inside this buffer.
        private struct PvClockPage { public fixed byte Bytes[192]; }
        private struct PvTime { public uint Version, Pad; public ulong TscTimestamp, SystemTime; public uint TscToSystemMul; public sbyte TscShift; public byte Flags, Pad1, Pad2; }
        private struct PvWall { public uint Version, Sec, Nsec; }

        private static byte* PvBase => (byte*)(((nuint)Unsafe.AsPointer(ref s_pvclock.Bytes[0]) + 63) & ~(nuint)63);
        private static PvTime* PvTimeInfo => (PvTime*)PvBase;
        private static PvWall* PvWallClock => (PvWall*)(PvBase + 64);

        // Called first thing at boot: the TSC value that stands for monotonic time 0.
        public static void MarkBoot() => s_bootTsc = Cpu.Rdtsc();

        [RuntimeExport("kiln_plat_monotonic_ns")]
        public static long MonotonicNs()
        {
            if (!s_clockReady) StartClock();
            if (s_kvmclock) return KvmclockNs() - s_kvmclockAtBoot;
            return (long)MulShift32(Cpu.Rdtsc() - s_bootTsc, s_nsPerTick32);
        }

        [RuntimeExport("kiln_plat_wall_ns")]
        private static long WallNs()
        {
            if (!s_wallReady) StartWallClock();
            return s_wallMinusMonotonic + MonotonicNs();
        }

        // The scheduler's timer: one tick (Preemption.Tick) after ns; 0 cancels.
        [RuntimeExport("kiln_plat_timer_arm")]
        private static void TimerArm(long ns)
        {
            if (!Apic.Start()) return; // no APIC: no preemption; threads still switch when they block or yield
            if (ns <= 0) Apic.Cancel();
            else Apic.ArmOneShot(ns);
        }

        // Waits for the next interrupt, at most about ns.
        [RuntimeExport("kiln_plat_idle")]
        private static void Idle(long ns)
        {
            if (!Apic.Start())
            {
                long until = MonotonicNs() + ns;
                while (MonotonicNs() < until) Cpu.Pause();
                return;
            }
            // With interrupts off from arming to hlt, the interrupt that ends the wait cannot come before it starts.
            int interrupts = Cpu.DisableInterrupts();
            Apic.ArmOneShot(ns);
            Cpu.WaitForInterrupt();
            Cpu.RestoreInterrupts(interrupts);
        }

        // Measuring the TSC against the PIT counts time: nothing may run in between (a thread, an interrupt).
        private static void StartClock()
        {
            int interrupts = Cpu.DisableInterrupts();
            if (!s_clockReady) StartClockNow();
            Cpu.RestoreInterrupts(interrupts);
        }

        private static void StartClockNow()
        {
            uint* r = stackalloc uint[4];
            Cpu.Cpuid(0x40000000, 0, r);
            uint maxHypervisorLeaf = r[0];
            bool kvm = r[1] == 0x4b4d564b && r[2] == 0x564b4d56 && r[3] == 0x4d; // "KVMKVMKVM\0\0\0"
            if (kvm && maxHypervisorLeaf >= 0x40000001)
            {
                Cpu.Cpuid(0x40000001, 0, r);
                if ((r[0] & KvmFeatureClocksource2) != 0)
                {
                    Cpu.WriteMsr(MsrKvmSystemTime, (ulong)PvTimeInfo | 1);
                    s_kvmclock = true;
                    // kvmclock's own TSC scale dates the boot: no TSC rate measurement is needed.
                    s_kvmclockAtBoot = KvmclockNs() - (long)PvScale(PvTimeInfo, Cpu.Rdtsc() - s_bootTsc);
                    s_clockReady = true;
                    return;
                }
            }
            s_nsPerTick32 = (NsPerSecond << 32) / TscHz();
            s_clockReady = true;
        }

        private static ulong TscHz()
        {
            uint* r = stackalloc uint[4];
            Cpu.Cpuid(0x40000000, 0, r);
            if (r[0] >= 0x40000010 && r[0] < 0x40010000)
            {
                Cpu.Cpuid(0x40000010, 0, r);
                if (r[0] != 0) return (ulong)r[0] * 1000; // kHz
            }
            Cpu.Cpuid(0, 0, r);
            if (r[0] >= 0x15)
            {
                Cpu.Cpuid(0x15, 0, r);
                if (r[0] != 0 && r[1] != 0 && r[2] != 0) return (ulong)r[2] * r[1] / r[0];
            }
            return MeasureTscAgainstPit();
        }

        // PIT channel 0 counts down from 0xffff at 1.193182 MHz (mode 0; interrupts are off, so its IRQ never lands);
        // reading the count back through the latch command needs no other device (microvm has no port 0x61).
        private static ulong MeasureTscAgainstPit()
        {
            const int Counts = (int)(PitHz / 500); // 2 ms
            Cpu.OutB(0x43, 0x30); // channel 0, low then high byte, mode 0, binary
            Cpu.OutB(0x40, 0xFF);
            Cpu.OutB(0x40, 0xFF);
            int first = ReadPitCount();
            ulong start = Cpu.Rdtsc();
            int counted = 0;
            for (ulong spins = 0; counted < Counts && spins < 10_000_000; spins++) counted = first - ReadPitCount();
            ulong ticks = Cpu.Rdtsc() - start;
            // Without a PIT the count reads back as a constant: nothing was measured.
            if (counted < Counts) Panic.Fatal("cannot measure the TSC rate (no PIT, no kvmclock, no CPUID frequency leaf)");
            return ticks * PitHz / (ulong)counted;
        }

        private static int ReadPitCount()
        {
            Cpu.OutB(0x43, 0x00); // latch channel 0
            int low = Cpu.InB(0x40);
            return low | (Cpu.InB(0x40) << 8);
        }

        private static long KvmclockNs()
        {
            PvTime* t = PvTimeInfo;
            while (true)
            {
                uint version = Volatile.Read(ref t->Version);
                if ((version & 1) != 0) continue;
                long ns = (long)(t->SystemTime + PvScale(t, Cpu.Rdtsc() - t->TscTimestamp));
                if (Volatile.Read(ref t->Version) == version) return ns;
            }
        }

        // TSC ticks to ns with the hypervisor's scale: shift, then multiply by a 32.32 fraction.
        private static ulong PvScale(PvTime* t, ulong ticks)
        {
            ticks = t->TscShift >= 0 ? ticks << t->TscShift : ticks >> -t->TscShift;
            return MulShift32(ticks, t->TscToSystemMul);
        }

        // a * m / 2^32 without overflowing 64 bits.
        private static ulong MulShift32(ulong a, ulong m)
        {
            ulong aHi = a >> 32, aLo = a & 0xFFFFFFFF, mHi = m >> 32, mLo = m & 0xFFFFFFFF;
            return ((aLo * mLo) >> 32) + aLo * mHi + aHi * mLo + ((aHi * mHi) << 32);
        }

        private static void StartWallClock()
        {
            long monotonic = MonotonicNs();
            long wall;
            if (s_kvmclock)
            {
                Cpu.WriteMsr(MsrKvmWallClock, (ulong)PvWallClock);
                PvWall* w = PvWallClock;
                // The wall clock is the time at which kvmclock read 0.
                wall = (long)w->Sec * (long)NsPerSecond + w->Nsec + KvmclockNs();
            }
            else
            {
                wall = Rtc.ReadUnixSeconds() * (long)NsPerSecond;
            }
            s_wallMinusMonotonic = wall - monotonic;
            s_wallReady = true;
        }
    }

    // The MC146818 CMOS real-time clock: whole seconds, BCD or binary, 12- or 24-hour.
    internal static unsafe class Rtc
    {

        private static byte Read(byte register)
        {
            Cpu.OutB(0x70, register);
            return Cpu.InB(0x71);
        }

        public static long ReadUnixSeconds()
        {
            // Read until two passes outside an update agree.
            long previous = -1;
            for (int attempt = 0; attempt < 100; attempt++)
            {
                while ((Read(0x0A) & 0x80) != 0) { }
                long now = ReadOnce();
                if (now == previous) return now;
                previous = now;
            }
            return previous;
        }

        private static long ReadOnce()
        {
            byte statusB = Read(0x0B);
            bool binary = (statusB & 0x04) != 0, hour24 = (statusB & 0x02) != 0;
            int second = Decode(Read(0x00), binary), minute = Decode(Read(0x02), binary);
            byte hourRaw = Read(0x04);
            int hour = Decode((byte)(hourRaw & 0x7F), binary);
            if (!hour24 && (hourRaw & 0x80) != 0) hour = hour % 12 + 12;
            else if (!hour24 && hour == 12) hour = 0;
            int day = Decode(Read(0x07), binary), month = Decode(Read(0x08), binary), year = Decode(Read(0x09), binary);
            int century = Decode(Read(0x32), binary);
            year += century >= 19 && century <= 30 ? century * 100 : 2000;
            return Kiln.Runtime.Calendar.DaysFromCivil(year, month, day) * 86400L + hour * 3600 + minute * 60 + second;
        }

        private static int Decode(byte v, bool binary) => binary ? v : (v & 0x0F) + (v >> 4) * 10;
    }
}
