using System.Collections;
using System.Runtime.InteropServices;

namespace Kiln.Run;

/// <summary>
/// The image's process (QEMU or the linuxu executable), started with posix_spawn and reaped with waitpid, so kiln
/// sees how it really ended (an exit status, or the signal that killed it), chooses every descriptor it gets, and
/// passes on the signals sent to kiln. .NET's Process offers none of the three.
/// </summary>
internal sealed unsafe class ChildProcess : IDisposable
{
    /// <summary>Descriptor 3 of the child: the write end of the status channel (guest/abi/ExitChannel.cs).</summary>
    public const int StatusFd = 3;

    private static readonly int[] Forwarded = [Libc.SIGTERM, Libc.SIGHUP, Libc.SIGINT, Libc.SIGQUIT];
    private readonly SignalForwarder _forwarder;

    public int Pid { get; }
    /// <summary>Read ends in kiln of the child's stdout, stderr and status channel, where asked for; else -1.</summary>
    public int Stdout { get; } = -1;
    public int Stderr { get; } = -1;
    public int Status { get; } = -1;
    /// <summary>The first of SIGTERM, SIGHUP, SIGINT, SIGQUIT that kiln received and passed on; 0 when none.</summary>
    public int ForwardedSignal => _forwarder.Signal;

    public sealed record Options
    {
        public bool NullStdin { get; init; }
        public bool PipeStdout { get; init; }
        public bool PipeStderr { get; init; }
        public bool StatusChannel { get; init; }
        public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
    }

    private ChildProcess(int pid, int stdout, int stderr, int status, SignalForwarder forwarder)
    {
        Pid = pid;
        Stdout = stdout;
        Stderr = stderr;
        Status = status;
        _forwarder = forwarder;
    }

    // Takes kiln's SIGTERM, SIGHUP, SIGINT and SIGQUIT from before the child starts: a signal that came between the
    // spawn and the registration would otherwise end kiln by .NET's default and leave the child running. One that
    // comes before the child's pid is known is passed on as soon as it is.
    private sealed class SignalForwarder : IDisposable
    {
        private readonly List<PosixSignalRegistration> _registrations = [];
        private int _signal;
        private int _pid;

        public SignalForwarder()
        {
            foreach (int signal in Forwarded)
                _registrations.Add(PosixSignalRegistration.Create((PosixSignal)signal, context =>
                {
                    context.Cancel = true;
                    Interlocked.CompareExchange(ref _signal, signal, 0);
                    if (Volatile.Read(ref _pid) is int pid and > 0) Libc.kill(pid, signal);
                }));
        }

        public int Signal => Volatile.Read(ref _signal);

        public void Started(int pid)
        {
            Volatile.Write(ref _pid, pid);
            if (Signal is int signal and not 0) Libc.kill(pid, signal);
        }

        public void Dispose()
        {
            foreach (var r in _registrations) r.Dispose();
        }
    }

    /// <summary>Starts path with argv [path, .. args]; its signal dispositions and mask are the defaults, whatever kiln's are.</summary>
    public static ChildProcess Start(string path, IReadOnlyList<string> args, Options options)
    {
        var pipes = new List<int>();
        int Pipe(out int writeEnd)
        {
            int* fds = stackalloc int[2];
            if (Libc.pipe2(fds, Libc.O_CLOEXEC) != 0) throw new KilnException($"cannot create a pipe: {Libc.ErrorText(Marshal.GetLastPInvokeError())}");
            pipes.Add(fds[0]);
            pipes.Add(fds[1]);
            writeEnd = fds[1];
            return fds[0];
        }

        var forwarder = new SignalForwarder();
        Libc.FileActions actions;
        Libc.SpawnAttr attr;
        Libc.posix_spawn_file_actions_init(&actions);
        Libc.posix_spawnattr_init(&attr);
        var strings = new List<nint>();
        bool spawned = false;
        try
        {
            byte* Utf8(string s)
            {
                nint p = Marshal.StringToCoTaskMemUTF8(s);
                strings.Add(p);
                return (byte*)p;
            }

            if (options.NullStdin) Libc.posix_spawn_file_actions_addopen(&actions, 0, Utf8("/dev/null"), Libc.O_RDONLY, 0);
            int stdout = -1, stderr = -1, status = -1, w;
            if (options.PipeStdout) { stdout = Pipe(out w); Libc.posix_spawn_file_actions_adddup2(&actions, w, 1); }
            if (options.PipeStderr) { stderr = Pipe(out w); Libc.posix_spawn_file_actions_adddup2(&actions, w, 2); }
            if (options.StatusChannel) { status = Pipe(out w); Libc.posix_spawn_file_actions_adddup2(&actions, w, StatusFd); }

            // .NET ignores SIGPIPE and a child inherits ignored signals: give it the defaults, as a shell would.
            Libc.SigSet all, none;
            Libc.sigemptyset(&all);
            for (int s = 1; s < 32; s++) if (s is not Libc.SIGKILL and not 19 /* SIGSTOP */) Libc.sigaddset(&all, s);
            Libc.sigemptyset(&none);
            Libc.posix_spawnattr_setsigdefault(&attr, &all);
            Libc.posix_spawnattr_setsigmask(&attr, &none);
            Libc.posix_spawnattr_setflags(&attr, Libc.POSIX_SPAWN_SETSIGDEF | Libc.POSIX_SPAWN_SETSIGMASK);

            byte** argv = stackalloc byte*[args.Count + 2];
            argv[0] = Utf8(path);
            for (int i = 0; i < args.Count; i++) argv[i + 1] = Utf8(args[i]);
            argv[args.Count + 1] = null;
            var env = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (DictionaryEntry e in System.Environment.GetEnvironmentVariables()) env[(string)e.Key] = (string?)e.Value ?? "";
            foreach (var (k, v) in options.Environment) env[k] = v;
            byte** envp = stackalloc byte*[env.Count + 1];
            int n = 0;
            foreach (var (k, v) in env) envp[n++] = Utf8($"{k}={v}");
            envp[n] = null;

            int error = Libc.posix_spawn(out int pid, argv[0], &actions, &attr, argv, envp);
            if (error != 0)
            {
                foreach (int fd in pipes) Libc.close(fd);
                throw SpawnError(path, error);
            }
            forwarder.Started(pid);
            spawned = true;
            // Only the child writes: its end of each pipe must close with it, so that reads see the end.
            for (int i = 1; i < pipes.Count; i += 2) Libc.close(pipes[i]);
            return new ChildProcess(pid, stdout, stderr, status, forwarder);
        }
        finally
        {
            Libc.posix_spawn_file_actions_destroy(&actions);
            Libc.posix_spawnattr_destroy(&attr);
            foreach (nint p in strings) Marshal.FreeCoTaskMem(p);
            if (!spawned) forwarder.Dispose();
        }
    }

    private static KilnException SpawnError(string path, int error) => error switch
    {
        13 => new KilnException($"'{path}' is not executable", $"make it executable (chmod +x '{path}') or rebuild it with kiln build"),
        2 => new KilnException($"'{path}' does not exist"),
        8 => new KilnException($"'{path}' is not a program this machine can run (exec format error)", "run an image built by kiln for this platform"),
        _ => new KilnException($"cannot start '{path}': {Libc.ErrorText(error)}"),
    };

    /// <summary>Blocks until the child has ended; returns its wait status (Libc.Exited / Libc.Signaled decode it).</summary>
    public int Wait()
    {
        while (true)
        {
            if (Libc.waitpid(Pid, out int status, 0) == Pid) return status;
            int errno = Marshal.GetLastPInvokeError();
            if (errno != Libc.EINTR) throw new KilnException($"waiting for process {Pid} failed: {Libc.ErrorText(errno)}");
        }
    }

    public void Kill(int signal) => Libc.kill(Pid, signal);

    /// <summary>All that is left to read on fd, until its writers have closed it.</summary>
    public static byte[] ReadAll(int fd)
    {
        var all = new MemoryStream();
        byte* buffer = stackalloc byte[4096];
        while (true)
        {
            nint n = Libc.read(fd, buffer, 4096);
            if (n > 0) { all.Write(new ReadOnlySpan<byte>(buffer, (int)n)); continue; }
            if (n < 0 && Marshal.GetLastPInvokeError() == Libc.EINTR) continue;
            return all.ToArray();
        }
    }

    /// <summary>Copies fd to kiln's stdout until the end; returns 0, or the errno that stopped writing.</summary>
    public static int CopyToStdout(int fd)
    {
        byte* buffer = stackalloc byte[65536];
        while (true)
        {
            nint n = Libc.read(fd, buffer, 65536);
            if (n < 0 && Marshal.GetLastPInvokeError() == Libc.EINTR) continue;
            if (n <= 0) return 0;
            if (WriteStdout(buffer, n) is int error and not 0) return error;
        }
    }

    private static int WriteStdout(byte* data, nint length)
    {
        while (length > 0)
        {
            nint n = Libc.write(1, data, length);
            if (n > 0) { data += n; length -= n; continue; }
            int errno = n == 0 ? 5 /* EIO */ : Marshal.GetLastPInvokeError();
            if (errno == Libc.EINTR) continue;
            if (errno != Libc.EAGAIN) return errno;
            Libc.PollFd p = new() { Fd = 1, Events = Libc.POLLOUT };
            Libc.poll(&p, 1, -1);
        }
        return 0;
    }

    /// <summary>Fails when kiln's stdout is closed: whatever the app printed would be lost.</summary>
    public static void RequireStdout()
    {
        if (Libc.fcntl(1, Libc.F_GETFD) == -1)
            throw new KilnException("stdout is closed, so the app's output would be lost", "run kiln with stdout open (redirect it to /dev/null to discard the output)", 2);
    }

    /// <summary>Ends kiln the way the signal would have ended it, so that whoever waits for kiln sees that signal.</summary>
    public static void DieBy(int signal)
    {
        Console.Out.Flush();
        Console.Error.Flush();
        Libc.signal(signal, Libc.SIG_DFL);
        Libc.kill(Libc.getpid(), signal);
        Thread.Sleep(1000); // the signal is delivered before kill returns to a single-threaded caller; this is the fallback
        System.Environment.Exit(128 + signal);
    }

    public void Dispose()
    {
        _forwarder.Dispose();
        foreach (int fd in new[] { Stdout, Stderr, Status }) if (fd >= 0) Libc.close(fd);
    }
}
