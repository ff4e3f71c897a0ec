using System.Runtime.InteropServices;

namespace Kiln;

/// <summary>
/// The few libc calls kiln needs that .NET does not offer: for the runners, the child's real wait status (signal or
/// exit), the descriptors it gets and signal dispositions; for kiln.yaml edits, locks, fsync and ownership.
/// Linux x86_64 (glibc) layouts.
/// </summary>
internal static unsafe partial class Libc
{
    public const int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGABRT = 6, SIGKILL = 9, SIGPIPE = 13, SIGTERM = 15;
    public const int EINTR = 4, EAGAIN = 11, EPIPE = 32;
    public const int O_RDONLY = 0, O_CLOEXEC = 0x80000, LOCK_EX = 2, W_OK = 2, AT_FDCWD = -100;
    public const uint STATX_UID = 0x8, STATX_GID = 0x10;
    public const short POLLOUT = 4;
    public const int F_GETFD = 1;
    public const short POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSIGMASK = 0x08;
    public static readonly nint SIG_DFL = 0;

    // Opaque glibc structs, with room to spare: posix_spawn_file_actions_t is 80 bytes, posix_spawnattr_t 336,
    // sigset_t 128.
    [StructLayout(LayoutKind.Sequential, Size = 128)] public struct FileActions { }
    [StructLayout(LayoutKind.Sequential, Size = 512)] public struct SpawnAttr { }
    [StructLayout(LayoutKind.Sequential, Size = 128)] public struct SigSet { }
    [StructLayout(LayoutKind.Sequential)] public struct PollFd { public int Fd; public short Events, Revents; }

    [StructLayout(LayoutKind.Explicit, Size = 256)]
    public struct Statx
    {
        [FieldOffset(20)] public uint Uid;
        [FieldOffset(24)] public uint Gid;
    }

    [LibraryImport("libc")] public static partial int posix_spawn(out int pid, byte* path, FileActions* actions, SpawnAttr* attr, byte** argv, byte** envp);
    [LibraryImport("libc")] public static partial int posix_spawn_file_actions_init(FileActions* actions);
    [LibraryImport("libc")] public static partial int posix_spawn_file_actions_destroy(FileActions* actions);
    [LibraryImport("libc")] public static partial int posix_spawn_file_actions_adddup2(FileActions* actions, int fd, int newFd);
    [LibraryImport("libc")] public static partial int posix_spawn_file_actions_addopen(FileActions* actions, int fd, byte* path, int flags, int mode);
    [LibraryImport("libc")] public static partial int posix_spawnattr_init(SpawnAttr* attr);
    [LibraryImport("libc")] public static partial int posix_spawnattr_destroy(SpawnAttr* attr);
    [LibraryImport("libc")] public static partial int posix_spawnattr_setflags(SpawnAttr* attr, short flags);
    [LibraryImport("libc")] public static partial int posix_spawnattr_setsigdefault(SpawnAttr* attr, SigSet* set);
    [LibraryImport("libc")] public static partial int posix_spawnattr_setsigmask(SpawnAttr* attr, SigSet* set);
    [LibraryImport("libc")] public static partial int sigemptyset(SigSet* set);
    [LibraryImport("libc")] public static partial int sigaddset(SigSet* set, int signal);
    [LibraryImport("libc", SetLastError = true)] public static partial int waitpid(int pid, out int status, int options);
    [LibraryImport("libc", SetLastError = true)] public static partial int kill(int pid, int signal);
    [LibraryImport("libc", SetLastError = true)] public static partial int pipe2(int* fds, int flags);
    [LibraryImport("libc", SetLastError = true)] public static partial nint read(int fd, byte* buffer, nint count);
    [LibraryImport("libc", SetLastError = true)] public static partial nint write(int fd, byte* buffer, nint count);
    [LibraryImport("libc", SetLastError = true)] public static partial int close(int fd);
    [LibraryImport("libc", SetLastError = true)] public static partial int poll(PollFd* fds, nuint count, int timeout);
    [LibraryImport("libc", SetLastError = true)] public static partial int fcntl(int fd, int command);
    [LibraryImport("libc")] public static partial nint signal(int signal, nint handler);
    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] public static partial int open(string path, int flags);
    [LibraryImport("libc", SetLastError = true)] public static partial int flock(int fd, int operation);
    [LibraryImport("libc", SetLastError = true)] public static partial int fsync(int fd);
    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] public static partial int access(string path, int mode);
    [LibraryImport("libc", SetLastError = true)] public static partial int fchown(int fd, uint owner, uint group);
    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] public static partial int statx(int dirfd, string path, int flags, uint mask, out Statx buf);
    [LibraryImport("libc")] public static partial int getpid();

    public static bool Exited(int status, out int code) { code = (status >> 8) & 0xFF; return (status & 0x7F) == 0; }
    public static bool Signaled(int status, out int signal) { signal = status & 0x7F; return signal != 0 && signal != 0x7F; }

    public static string SignalName(int signal) => signal switch
    {
        SIGHUP => "SIGHUP", SIGINT => "SIGINT", SIGQUIT => "SIGQUIT", 4 => "SIGILL", SIGABRT => "SIGABRT", 7 => "SIGBUS",
        8 => "SIGFPE", SIGKILL => "SIGKILL", 11 => "SIGSEGV", SIGPIPE => "SIGPIPE", 14 => "SIGALRM", SIGTERM => "SIGTERM",
        _ => $"signal {signal}",
    };

    public static string ErrorText(int errno) => Marshal.GetPInvokeErrorMessage(errno);
}
