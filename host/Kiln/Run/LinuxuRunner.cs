using Kiln.Abi;

namespace Kiln.Run;

/// <summary>
/// Runs a linuxu image as a child process: kiln's stdio, argv = image, kernel parameters, "--", app arguments
/// (docs/boot.md); env as the process environment; heap size via KILN_MEM; a panic is reported on the status channel.
/// </summary>
public sealed class LinuxuRunner : IRunner
{
    public int Run(string image, string appName, RunOptions options)
    {
        if (options.MachineGiven || options.AccelGiven)
            throw new KilnException($"{(options.MachineGiven ? "--machine" : "--accel")} applies to kvm images; {appName} is a linuxu image, which runs as a Linux process",
                "drop the option, or run the kvm image (--plat kvm)", 2);
        ChildProcess.RequireStdout();
        var env = new Dictionary<string, string>(options.Env) { [ExitChannel.StatusFdVariable] = ChildProcess.StatusFd.ToString() };
        if (options.Memory is not null) env["KILN_MEM"] = options.Memory;
        string[] args = [.. options.KernelArgs, "--", .. options.AppArgs];
        Log.Detail($"$ {image} {string.Join(' ', args)}");
        using var child = ChildProcess.Start(image, args, new ChildProcess.Options { StatusChannel = true, Environment = env });
        int wait = child.Wait();
        byte[] record = ChildProcess.ReadAll(child.Status);
        if (child.ForwardedSignal != 0) ChildProcess.DieBy(child.ForwardedSignal);
        if (Libc.Signaled(wait, out int signal))
        {
            // A reader that went away ends a pipeline quietly, as it ends `cat`.
            if (signal == Libc.SIGPIPE) ChildProcess.DieBy(signal);
            Log.Error($"{appName} was killed by {Libc.SignalName(signal)}");
            return 128 + signal;
        }
        Libc.Exited(wait, out int code);
        if (ExitChannel.TryParse(record, out _, out bool panicked) && panicked) Log.Error($"{appName} panicked (exit status {code})");
        return code;
    }
}
