using System.Runtime;
using System.Runtime.CompilerServices;

namespace Kiln.Runtime
{
    // The guest/platform ABI, declared once: every call a platform library (guest/plat/*) MUST export, in the
    // platform's C ABI (System V x86_64). The runtime and the libs reach the platform only through this class, and
    // docs/platform.md is this list; a test checks that each platform exports exactly these kiln_plat_* symbols.
    internal static unsafe class Platform
    {
        // The version of this contract. A change to a call's signature or meaning, or a call added or removed,
        // bumps it, so that platform code written against another version is noticed in review.
        public const int AbiVersion = 2;

        // ---- Console ----

        // Writes all length bytes to the console before returning. MUST NOT allocate (panics write through it).
        // Failure: a console that cannot take the bytes MUST NOT lose them silently; the platform ends the image
        // (linuxu: a line on fd 2, then status 74). So the call has no result.
        [RuntimeImport("*", "kiln_plat_console_write")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void ConsoleWrite(byte* buffer, nint length);

        // ---- End of the image ----

        // Ends the image with status & 255, reported to the host as an exit (docs/boot.md, "Exit status").
        // MUST NOT return. Cannot fail: where the exit devices are absent (kvm) the CPU halts.
        [RuntimeImport("*", "kiln_plat_exit")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Exit(int status);

        // Ends the image after a panic report, reported to the host as a panic (status 101). MUST NOT return;
        // MUST NOT allocate (the heap may be what failed). Cannot fail, as Exit.
        [RuntimeImport("*", "kiln_plat_abort")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Abort();

        // ---- Clocks ----

        // Nanoseconds from a point at or before the image's start. MUST never go back; MUST NOT allocate.
        // Cannot fail: kvm falls back from kvmclock to the TSC, calibrated on the first call.
        [RuntimeImport("*", "kiln_plat_monotonic_ns")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long MonotonicNs();

        // Nanoseconds since 1970-01-01T00:00:00Z. MUST NOT allocate. MAY jump (the host's clock is set); cannot
        // fail: kvm falls back from the kvmclock wall clock to the CMOS RTC.
        [RuntimeImport("*", "kiln_plat_wall_ns")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long WallNs();

        // ---- Timer and idle (the sched lib) ----

        // One call of Preemption.Tick after about ns, from the timer interrupt (kvm) or a signal handler on the
        // running stack (linuxu); replaces any armed tick; ns <= 0 cancels. MUST NOT allocate. Failure: a platform
        // without a timer (kvm with no local APIC) never ticks, so callers MUST NOT rely on a tick for progress;
        // threads then switch only when they block or yield.
        [RuntimeImport("*", "kiln_plat_timer_arm")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void TimerArm(long ns);

        // Waits for the next interrupt or signal, at most about ns. MAY return early (any interrupt or signal), so
        // callers re-check their deadline. MAY replace an armed tick (kvm arms its one timer for ns), so callers
        // arm again afterwards. Without a timer (kvm, no APIC) it spins on the monotonic clock instead.
        [RuntimeImport("*", "kiln_plat_idle")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Idle(long ns);

        // ---- Interrupts (device lines, and the timer above) ----

        // Turns off the delivery of interrupts (kvm: the CPU's interrupt flag) or of the signals that stand for them
        // (linuxu: SIGALRM) and returns what to hand to InterruptsRestore: real masking, for code that shares state
        // with a handler. What arrives meanwhile is delivered on restore, not lost. MUST NOT allocate; cannot fail.
        [RuntimeImport("*", "kiln_plat_interrupts_disable")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int InterruptsDisable();

        [RuntimeImport("*", "kiln_plat_interrupts_restore")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void InterruptsRestore(int previous);

        // Routes device interrupt line irq (kvm: the IOAPIC input, GSI, edge-triggered for 0-15 and level for 16-23)
        // to handler, unmasked, replacing any handler before. The handler runs with interrupts off, after the
        // platform's end-of-interrupt, on the interrupted thread's stack; it MUST NOT allocate or block, and it quiets
        // its device before it wakes anyone (WaitQueue.WakeFromInterrupt may switch threads at once). Returns 0, or -1
        // when the platform has no such line (no IOAPIC or APIC; linuxu has no device lines yet).
        [RuntimeImport("*", "kiln_plat_irq_register")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int IrqRegister(int irq, delegate*<int, void> handler);

        // Masks (masked != 0) or unmasks a registered line at the interrupt controller: while masked, the device's
        // interrupts wait there (level) or are dropped (edge, as the hardware does). A line never registered is ignored.
        [RuntimeImport("*", "kiln_plat_irq_mask")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void IrqMask(int irq, int masked);

        // ---- Memory ----

        // Makes the 4 KiB page at page absent (guard != 0), so that any access faults, or read+write again. MUST
        // NOT allocate from the managed heap. Failure: a page outside what the platform maps is a panic (kvm); an
        // mprotect error (linuxu) leaves the page as it was, losing only the guard.
        [RuntimeImport("*", "kiln_plat_guard_page")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void GuardPage(void* page, int guard);

        // ---- Thread statics ----

        // Makes threadPointer the running CPU's thread pointer, the base of fs:-relative accesses. Called once at
        // start-up, and only by images that use thread statics (docs/runtime.md). MUST NOT allocate. Cannot fail on
        // the CPUs Kiln supports (x86_64 with IA32_FS_BASE; Linux's arch_prctl).
        [RuntimeImport("*", "kiln_plat_set_tls_base")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void SetTlsBase(nuint threadPointer);
    }

    // Handed by the platform to Startup.Run. Everything in it stays valid for the life of the image.
    internal unsafe struct BootInfo
    {
        public byte* HeapBase;      // one contiguous, writable region for the managed heap
        public nuint HeapSize;
        public bool HeapZeroed;     // true when it is known to hold only zeros (else a BIOS may have left data in it)
        public int Argc;            // argv[0] is the image name
        public byte** Argv;         // NUL-terminated UTF-8 strings
        public byte** Envp;         // NUL-terminated "KEY=VALUE" strings, null-terminated array; may be null
        public byte* Platform;      // NUL-terminated platform name, e.g. "kvm"
        public byte* StackTop;      // highest address of the boot stack, bounds backtrace scans
    }
}
