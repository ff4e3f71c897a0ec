using System;
using System.Threading;
using Kiln.Arch;
using Kiln.Runtime;
using Kiln.Sched;

// One line per case: "ok <case>" or "FAIL <case>: <why>"; exits with the number of failures. The device is the CMOS
// RTC (every PC board and QEMU machine has one): its periodic interrupt at 64 Hz on IRQ 8, acknowledged by reading
// its register C. No case depends on how fast the host is: waits are bounded by generous deadlines.
static unsafe class Program
{
    const int RtcIrq = 8;
    const ushort RtcIndex = 0x70, RtcData = 0x71;
    const byte RegA = 0x0A, RegB = 0x0B, RegC = 0x0C, PeriodicEnable = 0x40, Rate64Hz = 10;
    const long GenerousNs = 20_000_000_000;

    static readonly WaitQueue s_ticked = new WaitQueue(wokenByInterrupts: true);
    static int s_interrupts;
    static int s_failures;

    static int Main()
    {
        if (Platform.IrqRegister(RtcIrq, &OnRtc) != 0) { Console.WriteLine("FAIL register: no IRQ 8 line"); return 1; }
        if (Platform.IrqRegister(24, &OnRtc) != -1) { Console.WriteLine("FAIL register: line 24 accepted"); return 1; }
        StartRtc();
        Check("interrupt-wakes-the-only-thread", WakesTheOnlyThread());
        Check("interrupt-wakes-a-blocked-thread", WakesAnotherThread());
        Check("masked-line-is-silent", MaskedLineIsSilent());
        Check("interrupts-off-defers-delivery", InterruptsOffDefersDelivery());
        return s_failures;
    }

    static void Check(string name, string failure)
    {
        if (failure == null) Console.WriteLine($"ok {name}");
        else { Console.WriteLine($"FAIL {name}: {failure}"); s_failures++; }
    }

    static byte ReadRtc(byte reg) { Cpu.OutB(RtcIndex, reg); return Cpu.InB(RtcData); }
    static void WriteRtc(byte reg, byte value) { Cpu.OutB(RtcIndex, reg); Cpu.OutB(RtcData, value); }

    static void StartRtc()
    {
        WriteRtc(RegA, (byte)((ReadRtc(RegA) & 0xF0) | Rate64Hz));
        WriteRtc(RegB, (byte)(ReadRtc(RegB) | PeriodicEnable));
        ReadRtc(RegC); // the RTC raises its line again only after C is read
    }

    // Quiets the device (reading C), then wakes the waiters: the handler's contract (docs/platform.md).
    static void OnRtc(int irq)
    {
        ReadRtc(RegC);
        s_interrupts++;
        s_ticked.WakeFromInterrupt();
    }

    // Blocks until count interrupts have come (true), or the deadline passed.
    static bool AwaitInterrupts(int count)
    {
        long deadline = Platform.MonotonicNs() + GenerousNs;
        Preemption.Disable();
        while (Volatile.Read(ref s_interrupts) < count)
            if (!Scheduler.Block(s_ticked, deadline)) break;
        bool arrived = Volatile.Read(ref s_interrupts) >= count;
        Preemption.Enable();
        return arrived;
    }

    // Nothing else can wake the main thread: without the interrupt this is a deadlock, or a wait that never ends.
    static string WakesTheOnlyThread()
    {
        int start = Volatile.Read(ref s_interrupts);
        return AwaitInterrupts(start + 5) ? null : $"only {s_interrupts - start} interrupts woke the thread";
    }

    static string WakesAnotherThread()
    {
        int start = Volatile.Read(ref s_interrupts);
        bool woke = false;
        var waiter = new Thread(() => woke = AwaitInterrupts(start + 3));
        waiter.Start();
        waiter.Join();
        return woke ? null : "the blocked thread was not woken";
    }

    static string MaskedLineIsSilent()
    {
        Platform.IrqMask(RtcIrq, 1);
        int before = Volatile.Read(ref s_interrupts);
        Thread.Sleep(200); // about 13 periods of the RTC
        int during = Volatile.Read(ref s_interrupts) - before;
        Platform.IrqMask(RtcIrq, 0);
        // An edge that came while masked is gone, and the RTC waits for C to be read before it raises the line again.
        ReadRtc(RegC);
        if (during != 0) return $"{during} interrupts while masked";
        return AwaitInterrupts(Volatile.Read(ref s_interrupts) + 3) ? null : "no interrupts after unmasking";
    }

    static string InterruptsOffDefersDelivery()
    {
        int previous = Platform.InterruptsDisable();
        int before = Volatile.Read(ref s_interrupts);
        long until = Platform.MonotonicNs() + 100_000_000; // several RTC periods, by the clock, with no interrupt
        while (Platform.MonotonicNs() < until) { }
        int during = Volatile.Read(ref s_interrupts) - before;
        Platform.InterruptsRestore(previous);
        if (previous != 1) return "interrupts were off in a thread";
        if (during != 0) return $"{during} interrupts while disabled";
        // The one that waited at the controller comes as soon as they are on again.
        return AwaitInterrupts(before + 1) ? null : "the pending interrupt never came";
    }
}
