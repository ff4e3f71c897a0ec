namespace Kiln.Abi
{
    // The Linux x86_64 user ABI, named once: system call numbers (arch/x86/entry/syscalls/syscall_64.tbl), errno
    // values, signals and their flags, and the structures the kernel reads and writes. The linuxu platform calls the
    // host kernel with these; the Linux personality (issue 11) serves them.
    internal static class LinuxSyscall
    {
        public const long Read = 0, Write = 1, Open = 2, Close = 3, Stat = 4, Fstat = 5, Lstat = 6, Poll = 7, Lseek = 8,
            Mmap = 9, Mprotect = 10, Munmap = 11, Brk = 12, RtSigaction = 13, RtSigprocmask = 14, RtSigreturn = 15,
            Ioctl = 16, Pread64 = 17, Pwrite64 = 18, Readv = 19, Writev = 20, Access = 21, Pipe = 22, Select = 23,
            SchedYield = 24, Mremap = 25, Madvise = 28, Dup = 32, Dup2 = 33, Nanosleep = 35, Getitimer = 36,
            Setitimer = 38, Getpid = 39, Socket = 41, Connect = 42, Accept = 43, Sendto = 44, Recvfrom = 45,
            Sendmsg = 46, Recvmsg = 47, Shutdown = 48, Bind = 49, Listen = 50, Getsockname = 51, Getpeername = 52,
            Setsockopt = 54, Getsockopt = 55, Clone = 56, Execve = 59, Exit = 60, Wait4 = 61, Kill = 62, Uname = 63,
            Fcntl = 72, Getcwd = 79, Readlink = 89, Getrlimit = 97, Getuid = 102, Getgid = 104, Geteuid = 107,
            Getegid = 108, Getppid = 110, Sigaltstack = 131, ArchPrctl = 158, Gettid = 186, Tkill = 200, Futex = 202,
            SchedGetaffinity = 204, Getdents64 = 217, SetTidAddress = 218, ClockGettime = 228, ClockGetres = 229,
            ClockNanosleep = 230, ExitGroup = 231, EpollWait = 232, EpollCtl = 233, Tgkill = 234, Openat = 257,
            Newfstatat = 262, Ppoll = 271, SetRobustList = 273, EpollPwait = 281, Accept4 = 288, Eventfd2 = 290,
            EpollCreate1 = 291, Pipe2 = 293, Prlimit64 = 302, Getrandom = 318, Rseq = 334, Clone3 = 435;
    }

    internal static class Errno
    {
        public const int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, ENXIO = 6, E2BIG = 7, ENOEXEC = 8,
            EBADF = 9, ECHILD = 10, EAGAIN = 11, ENOMEM = 12, EACCES = 13, EFAULT = 14, EBUSY = 16, EEXIST = 17,
            ENODEV = 19, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, EMFILE = 24, ENOTTY = 25, EFBIG = 27, ENOSPC = 28,
            ESPIPE = 29, EROFS = 30, EPIPE = 32, ERANGE = 34, EDEADLK = 35, ENAMETOOLONG = 36, ENOSYS = 38,
            ENOTEMPTY = 39, ELOOP = 40, ENOTSOCK = 88, EOPNOTSUPP = 95, EAFNOSUPPORT = 97, EADDRINUSE = 98,
            EADDRNOTAVAIL = 99, ENETUNREACH = 101, ECONNRESET = 104, EISCONN = 106, ENOTCONN = 107, ETIMEDOUT = 110,
            ECONNREFUSED = 111, EHOSTUNREACH = 113, EALREADY = 114, EINPROGRESS = 115;

        // A system call returns -errno for errors: -4095..-1.
        public static bool IsError(long result) => result < 0 && result > -4096;
    }

    internal static class LinuxSignal
    {
        public const int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6, SIGBUS = 7, SIGFPE = 8,
            SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13, SIGALRM = 14, SIGTERM = 15,
            SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19, SIGIO = 29, SIGSYS = 31;

        // sa_flags
        public const ulong SA_SIGINFO = 0x4, SA_RESTORER = 0x04000000, SA_ONSTACK = 0x08000000, SA_RESTART = 0x10000000,
            SA_NODEFER = 0x40000000, SA_RESETHAND = 0x80000000;

        // rt_sigprocmask's how
        public const int SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2;

        // si_code of a fault the kernel raised itself (x86 #GP, e.g. a non-canonical address)
        public const int SI_KERNEL = 0x80;

        // The bit of sig in a sigset_t.
        public static ulong Bit(int sig) => 1UL << (sig - 1);
    }

    internal static class LinuxMemory
    {
        public const int PROT_NONE = 0, PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4;
        public const int MAP_SHARED = 0x1, MAP_PRIVATE = 0x2, MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20, MAP_NORESERVE = 0x4000,
            MAP_STACK = 0x20000;
        public const long PageSize = 4096;
    }

    internal static class LinuxConstants
    {
        public const int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1;
        public const int ITIMER_REAL = 0;
        public const int RLIMIT_STACK = 3;
        public const int ARCH_SET_FS = 0x1002, ARCH_GET_FS = 0x1003;
        public const short POLLIN = 0x1, POLLOUT = 0x4;
        // auxiliary vector types
        public const ulong AT_NULL = 0, AT_PHDR = 3, AT_PHENT = 4, AT_PHNUM = 5, AT_PAGESZ = 6, AT_ENTRY = 9, AT_RANDOM = 25,
            AT_SYSINFO_EHDR = 33;
    }

    // The kernel's struct sigaction (not glibc's): handler, flags, restorer, mask.
    internal unsafe struct KernelSigAction { public void* Handler; public ulong Flags; public void* Restorer; public ulong Mask; }

    internal unsafe struct SignalStack { public void* Sp; public int Flags; public nuint Size; }

    internal struct Timespec { public long Sec, Nsec; }

    internal struct ITimerVal { public long IntervalSec, IntervalUsec, ValueSec, ValueUsec; }

    internal struct PollFd { public int Fd; public short Events, Revents; }

    // siginfo_t's leading fields for the fault signals.
    internal struct SigInfo { public int Signo, Errno, Code, Padding; public nuint Address; }

    // ucontext_t up to the general registers of its mcontext: flags, link, the signal stack, then gregs[23].
    internal unsafe struct UContext
    {
        public ulong Flags;
        public void* Link;
        public SignalStack Stack;
        public fixed long Registers[23];

        public const int R8 = 0, R9 = 1, R10 = 2, R11 = 3, R12 = 4, R13 = 5, R14 = 6, R15 = 7, Rdi = 8, Rsi = 9, Rbp = 10,
            Rbx = 11, Rdx = 12, Rax = 13, Rcx = 14, Rsp = 15, Rip = 16, Eflags = 17, Err = 19, Trapno = 20, Cr2 = 22;
    }
}
