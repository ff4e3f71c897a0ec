using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using Kiln.Abi;
using Kiln.Runtime;

namespace Kiln.Platform.Linuxu
{
    // The linuxu platform: the image is a static Linux process. Console = fd 1, memory = one anonymous
    // mapping, arguments = argv, exit = exit_group (a panic also says so on KILN_STATUS_FD), CPU faults arrive as
    // signals.
    internal static unsafe class Linuxu
    {
        private const long SysWrite = 1, SysPoll = 7, SysMmap = 9, SysMprotect = 10, SysRtSigaction = 13, SysSetitimer = 38, SysGetrlimit = 97, SysNanosleep = 35, SysSigaltstack = 131,
            SysArchPrctl = 158, SysClockGettime = 228, SysExitGroup = 231;
        private const int ClockRealtime = 0, ClockMonotonic = 1;
        private const nuint DefaultHeap = 64 * 1024 * 1024;

        [RuntimeImport("*", "kiln_linuxu_syscall")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long Syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6 = 0);

        [RuntimeImport("*", "kiln_linuxu_sigreturn")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SigReturn();

        private static AltStack s_altStack;
        private struct AltStack { public fixed byte Bytes[64 * 1024]; }

        // Entered from _start with the initial process stack: argc, argv[], NULL, envp[], NULL, auxv.
        [RuntimeExport("kiln_linuxu_main")]
        private static void Main(long* sp)
        {
            InstallFaultHandlers();
            BootInfo boot;
            boot.Argc = (int)sp[0];
            boot.Argv = (byte**)(sp + 1);
            boot.Envp = (byte**)(sp + 2 + boot.Argc);
            boot.StackTop = (byte*)sp;
            boot.Platform = PlatformName();
            boot.HeapSize = HeapSize(boot.Envp);
            s_statusFd = StatusFd(boot.Envp);
            long heap = Syscall(SysMmap, 0, (long)boot.HeapSize, 3 /* RW */, 0x22 | 0x4000 /* PRIVATE|ANON|NORESERVE */, -1, 0);
            if (heap < 0 && heap > -4096) Panic.Fatal("cannot map the heap (mmap failed); lower KILN_MEM");
            boot.HeapBase = (byte*)heap;
            boot.HeapZeroed = true; // fresh anonymous pages
            GuardMainStack(boot.Envp);
            FindVdso(boot.Envp);
            Startup.Run(&boot);
        }

        private static byte* PlatformName()
        {
            // "linuxu\0" without a static string: nothing may allocate before the runtime starts.
            byte* n = (byte*)Unsafe.AsPointer(ref s_nameBytes.Bytes[0]);
            n[0] = (byte)'l'; n[1] = (byte)'i'; n[2] = (byte)'n'; n[3] = (byte)'u'; n[4] = (byte)'x'; n[5] = (byte)'u'; n[6] = 0;
            return n;
        }

        private static NameBytes s_nameBytes;
        private struct NameBytes { public fixed byte Bytes[8]; }

        // KILN_MEM=<n>[K|M|G] sets the heap size (kiln run --mem sets it); the default is 64 MiB.
        private static nuint HeapSize(byte** envp)
        {
            byte* p = Variable(envp, "KILN_MEM");
            if (p == null) return DefaultHeap;
            nuint v = 0;
            while (*p >= '0' && *p <= '9') v = v * 10 + (nuint)(*p++ - '0');
            if (*p == 'K' || *p == 'k') v <<= 10;
            else if (*p == 'M' || *p == 'm') v <<= 20;
            else if (*p == 'G' || *p == 'g') v <<= 30;
            return v != 0 ? v : DefaultHeap;
        }

        // kiln run passes the status channel's descriptor (guest/abi/ExitChannel.cs); -1 when run by hand.
        private static int StatusFd(byte** envp)
        {
            byte* p = Variable(envp, ExitChannel.StatusFdVariable);
            if (p == null || *p == 0) return -1;
            int fd = 0;
            while (*p >= '0' && *p <= '9' && fd < 1 << 20) fd = fd * 10 + (*p++ - '0');
            return *p == 0 ? fd : -1;
        }

        private static int s_statusFd = -1;

        // The value of the environment variable name (ASCII), or null. Runs before the heap: no allocation.
        private static byte* Variable(byte** envp, string name)
        {
            for (byte** e = envp; *e != null; e++)
            {
                byte* s = *e;
                int i = 0;
                while (i < name.Length && s[i] == name[i]) i++;
                if (i == name.Length && s[i] == '=') return s + i + 1;
            }
            return null;
        }

        // The main thread's stack may grow to RLIMIT_STACK below the top of its mapping, which the kernel fills from
        // the top with the argument and environment strings; below that limit lies the kernel's guard gap (1 MiB
        // and more). A fault there is a stack overflow.
        private static void GuardMainStack(byte** envp)
        {
            ulong* limit = stackalloc ulong[2];
            if (Syscall(SysGetrlimit, 3 /* RLIMIT_STACK */, (long)limit, 0, 0, 0) != 0 || limit[0] == ulong.MaxValue) return;
            byte* top = (byte*)envp;
            for (byte** e = envp; *e != null; e++)
            {
                byte* end = *e;
                while (*end != 0) end++;
                if (end > top) top = end;
            }
            nuint stackTop = ((nuint)top + 4096) & ~(nuint)4095;
            nuint lowest = stackTop - (nuint)limit[0];
            Stacks.AddGuard(lowest - (1 << 20), lowest);
        }

        [RuntimeExport("kiln_plat_guard_page")]
        private static void GuardPage(void* page, int guard) => Syscall(SysMprotect, (long)page, 4096, guard != 0 ? 0 : 3, 0, 0);

        [RuntimeExport("kiln_plat_set_tls_base")]
        private static void SetTlsBase(nuint threadPointer) => Syscall(SysArchPrctl, 0x1002 /* ARCH_SET_FS */, (long)threadPointer, 0, 0, 0);

        // Output that cannot be written (a full disk, a closed descriptor, a reader that went away while SIGPIPE is
        // ignored) ends the image: carrying on would lose what the app prints without anyone knowing. The console
        // itself is what failed, so the message goes to fd 2.
        [RuntimeExport("kiln_plat_console_write")]
        private static void ConsoleWrite(byte* buffer, nint length)
        {
            while (length > 0)
            {
                long n = Syscall(SysWrite, 1, (long)buffer, length, 0, 0);
                if (n == -Errno.EINTR) continue;
                if (n == -Errno.EAGAIN) { WaitWritable(1); continue; }
                if (n <= 0) ConsoleLost(n == 0 ? Errno.EIO : -n);
                buffer += n;
                length -= (nint)n;
            }
        }

        private struct PollFd { public int Fd; public short Events, Revents; }

        private static void WaitWritable(int fd)
        {
            PollFd p;
            p.Fd = fd;
            p.Events = 4; // POLLOUT
            p.Revents = 0;
            Syscall(SysPoll, (long)&p, 1, -1, 0, 0);
        }

        private static void ConsoleLost(long errno)
        {
            WriteError("kiln: the console (fd 1) cannot be written: ");
            WriteError(errno == Errno.ENOSPC ? "no space left on device" : errno == Errno.EPIPE ? "its reader went away" :
                errno == Errno.EBADF ? "it is not open" : "I/O error");
            WriteError("; the app's output is lost\n");
            Exit(ExitChannel.ConsoleLostStatus);
        }

        // Only literals reach here: their characters are ASCII and they need no allocation.
        private static void WriteError(string message)
        {
            byte* b = stackalloc byte[message.Length];
            for (int i = 0; i < message.Length; i++) b[i] = (byte)message[i];
            Syscall(SysWrite, 2, (long)b, message.Length, 0, 0);
        }

        private static class Errno
        {
            public const long EINTR = 4, EIO = 5, EBADF = 9, EAGAIN = 11, ENOSPC = 28, EPIPE = 32;
        }

        private struct Timespec { public long Sec, Nsec; }

        // The kernel's vDSO reads the clocks without a system call (tens of ns instead of a syscall's hundreds).
        private static delegate* unmanaged<int, Timespec*, int> s_vdsoClockGettime;

        private static long ClockNs(int clock)
        {
            Timespec t;
            if (s_vdsoClockGettime == null || s_vdsoClockGettime(clock, &t) != 0)
                Syscall(SysClockGettime, clock, (long)&t, 0, 0, 0);
            return t.Sec * 1_000_000_000 + t.Nsec;
        }

        // auxv follows envp's terminating null; AT_SYSINFO_EHDR (33) is the vDSO's ELF header. Its section headers
        // are mapped with it: find __vdso_clock_gettime in .dynsym.
        private static void FindVdso(byte** envp)
        {
            byte** e = envp;
            while (*e != null) e++;
            byte* vdso = null;
            for (ulong* aux = (ulong*)(e + 1); aux[0] != 0; aux += 2) if (aux[0] == 33) vdso = (byte*)aux[1];
            if (vdso == null || *(uint*)vdso != 0x464C457F) return;
            byte* ph = vdso + *(ulong*)(vdso + 32);
            ushort phSize = *(ushort*)(vdso + 54), phCount = *(ushort*)(vdso + 56);
            long bias = -1;
            for (int i = 0; i < phCount && bias < 0; i++)
                if (*(uint*)(ph + i * phSize) == 1) bias = (long)vdso - (long)*(ulong*)(ph + i * phSize + 16);
            byte* sh = vdso + *(ulong*)(vdso + 40);
            ushort shSize = *(ushort*)(vdso + 58), shCount = *(ushort*)(vdso + 60);
            if (bias < 0 || shSize == 0) return;
            ReadOnlySpan<byte> wanted = "__vdso_clock_gettime"u8;
            for (int i = 0; i < shCount; i++)
            {
                byte* section = sh + i * shSize;
                if (*(uint*)(section + 4) != 11) continue; // SHT_DYNSYM
                byte* symbols = vdso + *(ulong*)(section + 24);
                ulong count = *(ulong*)(section + 32) / 24;
                byte* strings = vdso + *(ulong*)(sh + *(uint*)(section + 40) * shSize + 24);
                for (ulong k = 0; k < count; k++)
                {
                    byte* sym = symbols + k * 24;
                    byte* name = strings + *(uint*)sym;
                    int n = 0;
                    while (n < wanted.Length && name[n] == wanted[n]) n++;
                    if (n != wanted.Length || name[n] != 0 || *(ulong*)(sym + 8) == 0) continue;
                    s_vdsoClockGettime = (delegate* unmanaged<int, Timespec*, int>)(bias + (long)*(ulong*)(sym + 8));
                    return;
                }
            }
        }

        [RuntimeExport("kiln_plat_monotonic_ns")]
        private static long MonotonicNs() => ClockNs(ClockMonotonic);

        [RuntimeExport("kiln_plat_wall_ns")]
        private static long WallNs() => ClockNs(ClockRealtime);

        private static Timespec ToTimespec(long ns) => new Timespec { Sec = ns / 1_000_000_000, Nsec = ns % 1_000_000_000 };

        private struct ITimerVal { public long IntervalSec, IntervalUsec, ValueSec, ValueUsec; }

        // The scheduler's timer: SIGALRM after ns (ITIMER_REAL, one shot); 0 cancels.
        [RuntimeExport("kiln_plat_timer_arm")]
        private static void TimerArm(long ns)
        {
            if (!s_alarmInstalled) InstallAlarmHandler();
            ITimerVal t = default;
            if (ns > 0)
            {
                long us = ns / 1000 + 1;
                t.ValueSec = us / 1_000_000;
                t.ValueUsec = us % 1_000_000;
            }
            Syscall(SysSetitimer, 0 /* ITIMER_REAL */, (long)&t, 0, 0, 0);
        }

        // Waits for a signal, at most ns: nanosleep ends early when SIGALRM arrives.
        [RuntimeExport("kiln_plat_idle")]
        private static void Idle(long ns)
        {
            if (ns <= 0) return;
            Timespec want = ToTimespec(ns), left;
            Syscall(SysNanosleep, (long)&want, (long)&left, 0, 0, 0);
        }

        private static bool s_alarmInstalled;

        // SIGALRM runs on the interrupted thread's own stack (no SA_ONSTACK), so the scheduler can switch threads
        // inside the handler; SA_NODEFER keeps it unblocked meanwhile (Preemption.Tick defers nested ticks).
        private static void InstallAlarmHandler()
        {
            SigAction sa;
            sa.Handler = (delegate*<int, byte*, byte*, void>)&OnAlarm;
            sa.Flags = 0x4 | 0x04000000 | 0x40000000 | 0x10000000; // SA_SIGINFO | SA_RESTORER | SA_NODEFER | SA_RESTART
            sa.Restorer = (delegate*<void>)&SigReturn;
            sa.Mask = 0;
            Syscall(SysRtSigaction, 14 /* SIGALRM */, (long)&sa, 0, 8, 0);
            s_alarmInstalled = true;
        }

        private static void OnAlarm(int sig, byte* info, byte* context) => Preemption.Tick();

        [RuntimeExport("kiln_plat_exit")]
        private static void Exit(int status)
        {
            while (true) Syscall(SysExitGroup, status & 0xFF, 0, 0, 0, 0);
        }

        [RuntimeExport("kiln_plat_abort")]
        private static void Abort()
        {
            if (s_statusFd >= 0)
            {
                byte* record = stackalloc byte[ExitChannel.MaxRecord];
                Syscall(SysWrite, s_statusFd, (long)record, ExitChannel.PanicRecord(new Span<byte>(record, ExitChannel.MaxRecord)), 0, 0);
            }
            Exit(ExitChannel.PanicStatus);
        }

        private struct SigAction { public void* Handler; public ulong Flags; public void* Restorer; public ulong Mask; }
        private struct StackT { public void* Sp; public int Flags; public nuint Size; }

        private static void InstallFaultHandlers()
        {
            StackT ss;
            ss.Sp = Unsafe.AsPointer(ref s_altStack.Bytes[0]);
            ss.Flags = 0;
            ss.Size = 64 * 1024;
            Syscall(SysSigaltstack, (long)&ss, 0, 0, 0, 0);

            SigAction sa;
            sa.Handler = (delegate*<int, byte*, byte*, void>)&OnSignal;
            sa.Flags = 0x4 | 0x04000000 | 0x08000000; // SA_SIGINFO | SA_RESTORER | SA_ONSTACK
            sa.Restorer = (delegate*<void>)&SigReturn;
            sa.Mask = 0;
            foreach (int sig in stackalloc int[] { 4 /* ILL */, 7 /* BUS */, 8 /* FPE */, 11 /* SEGV */ })
                Syscall(SysRtSigaction, sig, (long)&sa, 0, 8, 0);
        }

        // ucontext_t: gregs start at byte 40, which rt_sigreturn restores. siginfo_t: si_code at 8, si_addr at 16.
        private static void OnSignal(int sig, byte* info, byte* context)
        {
            long* gregs = (long*)(context + 40);
            int code = *(int*)(info + 8);
            nuint addr = *(nuint*)(info + 16);
            Panic.Fault fault = sig switch
            {
                8 => Panic.Fault.DivideError,
                4 => Panic.Fault.InvalidOpcode,
                _ when code == 0x80 => Panic.Fault.GeneralProtection, // SI_KERNEL: #GP, e.g. a non-canonical address
                _ => Panic.Fault.PageFault,
            };
            // REG_RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8-R15, RIP.
            byte* slots = stackalloc byte[17] { 13, 14, 12, 11, 15, 10, 9, 8, 0, 1, 2, 3, 4, 5, 6, 7, 16 };
            Panic.CpuFault(fault, sig, addr, (nuint*)gregs, slots);
        }
    }
}
