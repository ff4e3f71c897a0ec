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
        private const nuint DefaultHeap = 64 * 1024 * 1024;

        [RuntimeImport("*", "kiln_linuxu_syscall")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long Syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6 = 0);

        [RuntimeImport("*", "kiln_linuxu_sigreturn")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SigReturn();

        private static AltStack s_altStack;
        private const int AltStackBytes = 64 * 1024;
        private struct AltStack { public fixed byte Bytes[AltStackBytes]; }

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
            long heap = Syscall(LinuxSyscall.Mmap, 0, (long)boot.HeapSize, LinuxMemory.PROT_READ | LinuxMemory.PROT_WRITE,
                LinuxMemory.MAP_PRIVATE | LinuxMemory.MAP_ANONYMOUS | LinuxMemory.MAP_NORESERVE, -1, 0);
            if (Errno.IsError(heap)) Panic.Fatal("cannot map the heap (mmap failed); lower KILN_MEM");
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
            if (Syscall(LinuxSyscall.Getrlimit, LinuxConstants.RLIMIT_STACK, (long)limit, 0, 0, 0) != 0 || limit[0] == ulong.MaxValue) return;
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
        private static void GuardPage(void* page, int guard) => Syscall(LinuxSyscall.Mprotect, (long)page, LinuxMemory.PageSize, guard != 0 ? LinuxMemory.PROT_NONE : LinuxMemory.PROT_READ | LinuxMemory.PROT_WRITE, 0, 0);

        [RuntimeExport("kiln_plat_set_tls_base")]
        private static void SetTlsBase(nuint threadPointer) => Syscall(LinuxSyscall.ArchPrctl, LinuxConstants.ARCH_SET_FS, (long)threadPointer, 0, 0, 0);

        // Output that cannot be written (a full disk, a closed descriptor, a reader that went away while SIGPIPE is
        // ignored) ends the image: carrying on would lose what the app prints without anyone knowing. The console
        // itself is what failed, so the message goes to fd 2.
        [RuntimeExport("kiln_plat_console_write")]
        private static void ConsoleWrite(byte* buffer, nint length)
        {
            while (length > 0)
            {
                long n = Syscall(LinuxSyscall.Write, 1, (long)buffer, length, 0, 0);
                if (n == -Errno.EINTR) continue;
                if (n == -Errno.EAGAIN) { WaitWritable(1); continue; }
                if (n <= 0) ConsoleLost(n == 0 ? Errno.EIO : -n);
                buffer += n;
                length -= (nint)n;
            }
        }

        private static void WaitWritable(int fd)
        {
            PollFd p;
            p.Fd = fd;
            p.Events = LinuxConstants.POLLOUT;
            p.Revents = 0;
            Syscall(LinuxSyscall.Poll, (long)&p, 1, -1, 0, 0);
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
            Syscall(LinuxSyscall.Write, 2, (long)b, message.Length, 0, 0);
        }

        // The kernel's vDSO reads the clocks without a system call (tens of ns instead of a syscall's hundreds).
        private static delegate* unmanaged<int, Timespec*, int> s_vdsoClockGettime;

        private static long ClockNs(int clock)
        {
            Timespec t;
            if (s_vdsoClockGettime == null || s_vdsoClockGettime(clock, &t) != 0)
                Syscall(LinuxSyscall.ClockGettime, clock, (long)&t, 0, 0, 0);
            return t.Sec * 1_000_000_000 + t.Nsec;
        }

        // auxv follows envp's terminating null; AT_SYSINFO_EHDR is the vDSO's ELF header. Its section headers are
        // mapped with it: find __vdso_clock_gettime in .dynsym.
        private static void FindVdso(byte** envp)
        {
            byte** e = envp;
            while (*e != null) e++;
            byte* vdso = null;
            for (ulong* aux = (ulong*)(e + 1); aux[0] != LinuxConstants.AT_NULL; aux += 2)
                if (aux[0] == LinuxConstants.AT_SYSINFO_EHDR) vdso = (byte*)aux[1];
            var header = (ElfHeader*)vdso;
            if (header == null || header->Magic != Elf.Magic || header->SectionHeaderSize < sizeof(ElfSectionHeader)) return;
            long bias = -1;
            for (int i = 0; i < header->ProgramHeaderCount && bias < 0; i++)
            {
                var ph = (ElfProgramHeader*)(vdso + header->ProgramHeaderOffset + (ulong)(i * header->ProgramHeaderSize));
                if (ph->Type == Elf.SegmentLoad) bias = (long)vdso - (long)ph->VirtualAddress;
            }
            if (bias < 0) return;
            ReadOnlySpan<byte> wanted = "__vdso_clock_gettime"u8;
            for (int i = 0; i < header->SectionHeaderCount; i++)
            {
                ElfSectionHeader* section = Section(vdso, i);
                if (section->Type != Elf.SectionDynsym) continue;
                var symbols = (ElfSymbol*)(vdso + section->Offset);
                ulong count = section->Size / (ulong)sizeof(ElfSymbol);
                byte* strings = vdso + Section(vdso, (int)section->Link)->Offset;
                for (ulong k = 0; k < count; k++)
                {
                    byte* name = strings + symbols[k].Name;
                    int n = 0;
                    while (n < wanted.Length && name[n] == wanted[n]) n++;
                    if (n != wanted.Length || name[n] != 0 || symbols[k].Value == 0) continue;
                    s_vdsoClockGettime = (delegate* unmanaged<int, Timespec*, int>)(bias + (long)symbols[k].Value);
                    return;
                }
            }
        }

        private static ElfSectionHeader* Section(byte* elf, int index)
        {
            var header = (ElfHeader*)elf;
            return (ElfSectionHeader*)(elf + header->SectionHeaderOffset + (ulong)(index * header->SectionHeaderSize));
        }

        [RuntimeExport("kiln_plat_monotonic_ns")]
        private static long MonotonicNs() => ClockNs(LinuxConstants.CLOCK_MONOTONIC);

        [RuntimeExport("kiln_plat_wall_ns")]
        private static long WallNs() => ClockNs(LinuxConstants.CLOCK_REALTIME);

        private static Timespec ToTimespec(long ns) => new Timespec { Sec = ns / 1_000_000_000, Nsec = ns % 1_000_000_000 };

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
            Syscall(LinuxSyscall.Setitimer, LinuxConstants.ITIMER_REAL, (long)&t, 0, 0, 0);
        }

        // Interrupts here are signals: masking blocks SIGALRM (the timer) for the process, whose one thread runs every
        // Kiln thread. A signal that comes meanwhile stays pending and is delivered on restore.
        private static ulong AlarmBit => LinuxSignal.Bit(LinuxSignal.SIGALRM);

        [RuntimeExport("kiln_plat_interrupts_disable")]
        private static int InterruptsDisable()
        {
            ulong set = AlarmBit, old = 0;
            Syscall(LinuxSyscall.RtSigprocmask, LinuxSignal.SIG_BLOCK, (long)&set, (long)&old, 8, 0);
            return (old & AlarmBit) == 0 ? 1 : 0;
        }

        [RuntimeExport("kiln_plat_interrupts_restore")]
        private static void InterruptsRestore(int previous)
        {
            if (previous == 0) return;
            ulong set = AlarmBit;
            Syscall(LinuxSyscall.RtSigprocmask, LinuxSignal.SIG_UNBLOCK, (long)&set, 0, 8, 0);
        }

        // No device lines yet: a device here will be a file descriptor whose readiness raises a signal (issue 12).
        [RuntimeExport("kiln_plat_irq_register")]
        private static int IrqRegister(int irq, delegate*<int, void> handler) => -1;

        [RuntimeExport("kiln_plat_irq_mask")]
        private static void IrqMask(int irq, int masked) { }

        // Waits for a signal, at most ns: nanosleep ends early when SIGALRM arrives.
        [RuntimeExport("kiln_plat_idle")]
        private static void Idle(long ns)
        {
            if (ns <= 0) return;
            Timespec want = ToTimespec(ns), left;
            Syscall(LinuxSyscall.Nanosleep, (long)&want, (long)&left, 0, 0, 0);
        }

        private static bool s_alarmInstalled;

        // SIGALRM runs on the interrupted thread's own stack (no SA_ONSTACK), so the scheduler can switch threads
        // inside the handler; SA_NODEFER keeps it unblocked meanwhile (Preemption.Tick defers nested ticks).
        private static void InstallAlarmHandler()
        {
            KernelSigAction sa;
            sa.Handler = (delegate*<int, SigInfo*, UContext*, void>)&OnAlarm;
            sa.Flags = LinuxSignal.SA_SIGINFO | LinuxSignal.SA_RESTORER | LinuxSignal.SA_NODEFER | LinuxSignal.SA_RESTART;
            sa.Restorer = (delegate*<void>)&SigReturn;
            sa.Mask = 0;
            Syscall(LinuxSyscall.RtSigaction, LinuxSignal.SIGALRM, (long)&sa, 0, sizeof(ulong), 0);
            s_alarmInstalled = true;
        }

        private static void OnAlarm(int sig, SigInfo* info, UContext* context) => Preemption.Tick();

        [RuntimeExport("kiln_plat_exit")]
        private static void Exit(int status)
        {
            while (true) Syscall(LinuxSyscall.ExitGroup, status & 0xFF, 0, 0, 0, 0);
        }

        [RuntimeExport("kiln_plat_abort")]
        private static void Abort()
        {
            if (s_statusFd >= 0)
            {
                byte* record = stackalloc byte[ExitChannel.MaxRecord];
                Syscall(LinuxSyscall.Write, s_statusFd, (long)record, ExitChannel.PanicRecord(new Span<byte>(record, ExitChannel.MaxRecord)), 0, 0);
            }
            Exit(ExitChannel.PanicStatus);
        }

        private static void InstallFaultHandlers()
        {
            SignalStack ss;
            ss.Sp = Unsafe.AsPointer(ref s_altStack.Bytes[0]);
            ss.Flags = 0;
            ss.Size = AltStackBytes;
            Syscall(LinuxSyscall.Sigaltstack, (long)&ss, 0, 0, 0, 0);

            KernelSigAction sa;
            sa.Handler = (delegate*<int, SigInfo*, UContext*, void>)&OnSignal;
            sa.Flags = LinuxSignal.SA_SIGINFO | LinuxSignal.SA_RESTORER | LinuxSignal.SA_ONSTACK;
            sa.Restorer = (delegate*<void>)&SigReturn;
            sa.Mask = 0;
            foreach (int sig in stackalloc int[] { LinuxSignal.SIGILL, LinuxSignal.SIGBUS, LinuxSignal.SIGFPE, LinuxSignal.SIGSEGV })
                Syscall(LinuxSyscall.RtSigaction, sig, (long)&sa, 0, sizeof(ulong), 0);
        }

        // The kernel's rt_sigreturn restores the registers from the context, so changing them resumes elsewhere.
        private static void OnSignal(int sig, SigInfo* info, UContext* context)
        {
            Panic.Fault fault = sig switch
            {
                LinuxSignal.SIGFPE => Panic.Fault.DivideError,
                LinuxSignal.SIGILL => Panic.Fault.InvalidOpcode,
                _ when info->Code == LinuxSignal.SI_KERNEL => Panic.Fault.GeneralProtection, // e.g. a non-canonical address
                _ => Panic.Fault.PageFault,
            };
            byte* slots = stackalloc byte[17] { UContext.Rax, UContext.Rcx, UContext.Rdx, UContext.Rbx, UContext.Rsp, UContext.Rbp,
                UContext.Rsi, UContext.Rdi, UContext.R8, UContext.R9, UContext.R10, UContext.R11, UContext.R12, UContext.R13,
                UContext.R14, UContext.R15, UContext.Rip };
            Panic.CpuFault(fault, sig, info->Address, (nuint*)context->Registers, slots);
        }
    }
}
