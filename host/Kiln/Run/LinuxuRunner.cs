using System.Diagnostics;

namespace Kiln.Run;

/// <summary>
/// Runs a linuxu image as a child process: same stdio, argv = image, kernel parameters, "--", app arguments
/// (docs/boot.md); env as the process environment; heap size via KILN_MEM.
/// </summary>
public static class LinuxuRunner
{
    public static int Run(string image, RunOptions options)
    {
        var psi = new ProcessStartInfo(image) { UseShellExecute = false };
        foreach (string k in options.KernelArgs) psi.ArgumentList.Add(k);
        psi.ArgumentList.Add("--");
        foreach (string a in options.AppArgs) psi.ArgumentList.Add(a);
        foreach (var (k, v) in options.Env) psi.Environment[k] = v;
        if (options.Memory is not null) psi.Environment["KILN_MEM"] = options.Memory;
        Log.Detail($"$ {image} {string.Join(' ', psi.ArgumentList)}");
        using var p = Process.Start(psi) ?? throw new KilnException($"cannot start {image}");
        p.WaitForExit();
        // .NET reports death by signal N as 128 + N, as a shell does.
        if (p.ExitCode > 128 && p.ExitCode < 160) Log.Error($"{Path.GetFileName(image)} was killed by signal {p.ExitCode - 128}");
        return p.ExitCode;
    }
}
