using System.Text;
using Kiln.Abi;
using Kiln.Build;

namespace Kiln.Run;

/// <summary>
/// Runs a kvm image under QEMU. The console (COM1) reaches kiln's stdout through a pipe that kiln copies, so a write
/// that fails (a full disk, a reader that went away) ends the VM instead of losing output. QEMU gets no stdin: the
/// image reads none, and the caller's input stays with the caller. How the image ended comes from its status
/// record on COM2, which kiln reads through a pipe (docs/boot.md, "Exit status").
/// </summary>
public sealed class QemuRunner : IRunner
{
    public const int VmFailedStatus = 125;

    /// <summary>
    /// The longest command line each machine carries to the image, measured with QEMU 7.2: q35's PVH option ROM
    /// overwrites the start info beyond 4 KiB; on microvm, the limit is Linux's for one argument of QEMU's own
    /// (MAX_ARG_STRLEN, 32 pages with the terminating NUL).
    /// </summary>
    public static int MaxCommandLine(string machine) => machine == "q35" ? 4096 : 131071;

    public static IReadOnlyList<string> Arguments(string image, string appName, string accel, RunOptions options)
    {
        string cmdline = CommandLineOf(appName, options);
        int max = MaxCommandLine(options.Machine);
        if (cmdline.Length > max)
            throw new KilnException($"the image's command line would be {cmdline.Length} bytes (app arguments, environment and kernel parameters, encoded), and QEMU's {options.Machine} carries at most {max}",
                options.Machine == "q35" ? $"pass fewer or shorter arguments, or use --machine microvm (up to {MaxCommandLine("microvm")} bytes)" : "pass fewer or shorter arguments, or run the app on linuxu", 2);
        return
        [
            "-M", options.Machine, "-accel", accel, "-cpu", accel == "kvm" ? "host" : "max", "-m", options.Memory ?? "64M",
            "-nodefaults", "-no-reboot", "-display", "none", "-serial", "stdio",
            // The status channel is kiln's pipe, handed over as an fd set; append=on because QEMU truncates the file
            // otherwise, which fails on a pipe.
            "-add-fd", $"fd={ChildProcess.StatusFd},set={ChildProcess.StatusFd}",
            "-chardev", $"file,id=kiln-status,append=on,path=/dev/fdset/{ChildProcess.StatusFd}",
            "-device", $"isa-serial,chardev=kiln-status,iobase=0x{ExitChannel.StatusPort:x},irq=3",
            "-device", $"isa-debug-exit,iobase=0x{ExitChannel.DebugExitPort:x},iosize=0x04",
            "-kernel", image, "-append", cmdline,
        ];
    }

    /// <summary>name, kernel parameters (env travels as env.NAME=value), "--", app arguments (docs/boot.md), each word
    /// written so that the image reads back exactly its bytes (guest/abi/CommandLine.cs).</summary>
    public static string CommandLineOf(string appName, RunOptions options)
    {
        var words = new List<string> { appName };
        words.AddRange(options.KernelArgs);
        words.AddRange(options.Env.Select(e => $"env.{e.Key}={e.Value}"));
        words.Add("--");
        words.AddRange(options.AppArgs);
        var line = new StringBuilder();
        foreach (string word in words)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(word);
            byte[] encoded = new byte[CommandLine.EncodedLength(bytes)];
            CommandLine.Encode(bytes, encoded);
            if (line.Length > 0) line.Append(' ');
            line.Append(Encoding.ASCII.GetString(encoded));
        }
        return line.ToString();
    }

    public int Run(string image, string appName, RunOptions options)
    {
        string qemu = Tools.Qemu;
        ChildProcess.RequireStdout();
        string accel = options.Accel == "auto" ? KvmProbe.Choose() : options.Accel;
        if (options.Accel != "auto") Log.Detail($"accel {accel}: asked for with --accel");
        var args = Arguments(image, appName, accel, options);
        Log.Detail($"$ {qemu} {string.Join(' ', args)}");
        using var child = ChildProcess.Start(qemu, args, new ChildProcess.Options { NullStdin = true, PipeStdout = true, PipeStderr = true, StatusChannel = true });

        int outputError = 0;
        var copier = new Thread(() =>
        {
            outputError = ChildProcess.CopyToStdout(child.Stdout);
            // Nobody can see what the VM prints any more: end it.
            if (outputError != 0) child.Kill(Libc.SIGKILL);
        }) { IsBackground = true };
        copier.Start();
        var errors = new StringBuilder();
        bool stuck = false;
        var errorReader = new Thread(() =>
        {
            using var reader = new StreamReader(new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(child.Stderr, ownsHandle: false), FileAccess.Read, 1));
            while (reader.ReadLine() is { } line)
            {
                lock (errors) errors.AppendLine(line);
                if (!stuck && StopsTheVm(line))
                {
                    // QEMU pauses the VM after a KVM internal error and then waits forever; nothing will come of it.
                    stuck = true;
                    child.Kill(Libc.SIGKILL);
                }
            }
        }) { IsBackground = true };
        errorReader.Start();

        int wait = child.Wait();
        copier.Join();
        errorReader.Join();
        byte[] record = ChildProcess.ReadAll(child.Status);
        string qemuErrors;
        lock (errors) qemuErrors = errors.ToString();

        if (child.ForwardedSignal != 0)
        {
            // QEMU says it was told to stop: kiln told it.
            Console.Error.Write(string.Concat(qemuErrors.Split('\n').Where(l => l.Length > 0 && !l.Contains("terminating on signal")).Select(l => l + "\n")));
            ChildProcess.DieBy(child.ForwardedSignal);
        }
        if (outputError == Libc.EPIPE) ChildProcess.DieBy(Libc.SIGPIPE);
        if (outputError != 0)
        {
            Log.Error($"the app's output could not be written to stdout ({Libc.ErrorText(outputError)}); the VM was stopped");
            return ExitChannel.ConsoleLostStatus;
        }
        if (stuck)
        {
            Console.Error.Write(qemuErrors);
            Log.Error(accel == "kvm"
                ? "KVM could not run the guest (this host's KVM emulates ring-0 code, as nested or PVM setups do); run with --accel tcg, or --accel auto to let a probe decide"
                : "the VM stopped with an internal error");
            return VmFailedStatus;
        }
        return Status(wait, record, qemuErrors, appName, accel);
    }

    /// <summary>QEMU messages after which the VM is paused for good rather than ended.</summary>
    public static bool StopsTheVm(string qemuStderrLine) =>
        qemuStderrLine.Contains("KVM internal error") || qemuStderrLine.StartsWith("KVM: entry failed", StringComparison.Ordinal);

    /// <summary>kiln's status from QEMU's wait status, the image's status record and what QEMU printed.</summary>
    public static int Status(int wait, byte[] record, string qemuErrors, string appName, string accel)
    {
        if (qemuErrors.Length > 0) Console.Error.Write(qemuErrors);
        if (Libc.Signaled(wait, out int signal))
        {
            if (signal == Libc.SIGABRT && accel == "kvm")
                Log.Error("QEMU aborted under KVM: this host's KVM cannot run the guest (see QEMU's message above); run with --accel tcg, or --accel auto to let a probe decide");
            else if (signal == Libc.SIGKILL)
                Log.Error("QEMU was killed by SIGKILL (the kernel's out-of-memory killer does this when the host runs out of memory)");
            else
                Log.Error($"QEMU was killed by {Libc.SignalName(signal)}");
            return 128 + signal;
        }
        Libc.Exited(wait, out int qemuExit);
        bool reported = (qemuExit & 1) == 1 && !(qemuExit == 1 && qemuErrors.Split('\n').Any(l => l.Length > 0 && !l.Contains("warning:")));
        if (reported && ExitChannel.TryParse(record, out int status, out bool panicked) && (qemuExit >> 1) == (status & 0x7F))
        {
            if (panicked) Log.Error($"{appName} panicked (exit status {status})");
            return status;
        }
        // An image without the status record (built before it existed) still reports 7 bits through isa-debug-exit.
        if (reported) return qemuExit >> 1;
        if (qemuExit == 0)
            Log.Error("the VM stopped without reporting an exit status (triple fault, reset or power-off)");
        else
            Log.Error($"QEMU failed (exit {qemuExit})");
        return VmFailedStatus;
    }
}
