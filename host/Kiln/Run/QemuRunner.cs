using System.Diagnostics;
using System.Text;
using Kiln.Build;

namespace Kiln.Run;

/// <summary>
/// Runs a kvm image under QEMU. The console (COM1) is QEMU's stdio, passed straight through to kiln's stdout.
/// Exit status: the guest writes its status to isa-debug-exit, QEMU exits with (status &lt;&lt; 1) | 1 and kiln
/// undoes that (docs/boot.md). Any other QEMU exit is reported as a VM failure.
/// </summary>
public static class QemuRunner
{
    public const int VmFailedStatus = 125;

    public static IReadOnlyList<string> Arguments(string image, string appName, string accel, RunOptions options)
    {
        // name, kernel parameters (env travels as env.NAME=value), "--", app arguments (docs/boot.md).
        var cmdline = new StringBuilder(appName);
        foreach (string p in options.KernelArgs) cmdline.Append(' ').Append(Quote(p));
        foreach (var (k, v) in options.Env) cmdline.Append(' ').Append(Quote($"env.{k}={v}"));
        cmdline.Append(" --");
        foreach (string a in options.AppArgs) cmdline.Append(' ').Append(Quote(a));
        return
        [
            "-M", options.Machine, "-accel", accel, "-cpu", accel == "kvm" ? "host" : "max", "-m", options.Memory ?? "64M",
            "-nodefaults", "-no-reboot", "-display", "none", "-serial", "stdio",
            "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
            "-kernel", image, "-append", cmdline.ToString(),
        ];
    }

    // The guest splits its command line on spaces and honours "..." and '...' (guest/plat/kvm/Kvm.cs).
    // An argument holding both kinds of quote cannot be expressed.
    private static string Quote(string arg)
    {
        if (arg.Length > 0 && !arg.Any(c => c is ' ' or '"' or '\'')) return arg;
        return arg.Contains('"') ? $"'{arg}'" : $"\"{arg}\"";
    }

    public static int Run(string image, string appName, RunOptions options)
    {
        string qemu = Tools.Qemu;
        string accel = options.Accel == "auto" ? KvmProbe.Choose() : options.Accel;
        if (options.Accel != "auto") Log.Detail($"accel {accel}: asked for with --accel");
        var psi = new ProcessStartInfo(qemu) { UseShellExecute = false, RedirectStandardError = true };
        foreach (string a in Arguments(image, appName, accel, options)) psi.ArgumentList.Add(a);
        Log.Detail($"$ {qemu} {string.Join(' ', psi.ArgumentList)}");
        using var p = Process.Start(psi) ?? throw new KilnException("cannot start QEMU");
        var errors = new StringBuilder();
        bool stuck = false;
        p.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (errors) errors.AppendLine(e.Data);
            if (!stuck && StopsTheVm(e.Data))
            {
                // QEMU pauses the VM after a KVM internal error and then waits forever; nothing will come of it.
                stuck = true;
                try { p.Kill(); } catch (InvalidOperationException) { }
            }
        };
        p.BeginErrorReadLine();
        p.WaitForExit();
        if (stuck)
        {
            Console.Error.Write(errors.ToString());
            Log.Error(accel == "kvm"
                ? "KVM could not run the guest (this host's KVM emulates ring-0 code, as nested or PVM setups do); run with --accel tcg, or --accel auto to let a probe decide"
                : "the VM stopped with an internal error");
            return VmFailedStatus;
        }
        return Status(p.ExitCode, errors.ToString());
    }

    /// <summary>QEMU messages after which the VM is paused for good rather than ended.</summary>
    public static bool StopsTheVm(string qemuStderrLine) =>
        qemuStderrLine.Contains("KVM internal error") || qemuStderrLine.StartsWith("KVM: entry failed", StringComparison.Ordinal);

    public static int Status(int qemuExit, string qemuErrors)
    {
        bool qemuComplained = qemuErrors.Split('\n').Any(l => l.Length > 0 && !l.Contains("warning:"));
        if (qemuErrors.Length > 0) Console.Error.Write(qemuErrors);
        if ((qemuExit & 1) == 1 && !(qemuExit == 1 && qemuComplained)) return qemuExit >> 1;
        if (qemuExit == 0)
            Log.Error("the VM stopped without reporting an exit status (triple fault, reset or power-off)");
        else
            Log.Error($"QEMU failed (exit {qemuExit})");
        return VmFailedStatus;
    }
}
