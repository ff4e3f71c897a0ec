using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Kiln.Project;

namespace Kiln.Build;

public sealed record ProcessResult(int ExitCode, string Output);

/// <summary>External programs kiln drives, found on PATH, with the Debian package that provides each.</summary>
public static class Tools
{
    public static string Assembler => Require("as", "binutils");
    public static string Linker => Require("ld", "binutils");
    public static string Nm => Require("nm", "binutils");
    public static string Objcopy => Require("objcopy", "binutils");
    public static string Qemu => Require("qemu-system-x86_64", "qemu-system-x86");
    public static string Dotnet => Require("dotnet", null);

    public static string? Find(string name)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            string path = Path.Combine(dir, name);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    public static string Require(string name, string? aptPackage)
    {
        string? path = Find(name);
        if (path is not null) return path;
        if (aptPackage is null) throw new KilnException($"'{name}' is not on PATH", "install the .NET 10 SDK");
        string sudo = Environment.UserName == "root" ? "" : "sudo ";
        throw new KilnException($"'{name}' is not installed", $"run: {sudo}apt-get install -y {aptPackage}");
    }

    /// <summary>Runs a program to completion, capturing stdout and stderr together.</summary>
    public static ProcessResult Run(string file, IEnumerable<string> args, string? workDir = null, IDictionary<string, string>? env = null)
    {
        // stdin too: while a child may use the terminal, .NET re-sends the terminal's keypad-mode string (ESC[?1h ESC=)
        // each time one exits, and that lands in kiln's progress output.
        var psi = new ProcessStartInfo(file) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args) psi.ArgumentList.Add(a);
        if (workDir is not null) psi.WorkingDirectory = workDir;
        if (env is not null) foreach (var (k, v) in env) psi.Environment[k] = v;
        Log.Detail($"$ {file} {string.Join(' ', psi.ArgumentList)}");
        using var p = Process.Start(psi) ?? throw new KilnException($"cannot start {file}");
        p.StandardInput.Close();
        var output = new StringBuilder();
        object gate = new();
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (gate) output.AppendLine(e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (gate) output.AppendLine(e.Data); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        p.WaitForExit();
        return new ProcessResult(p.ExitCode, output.ToString());
    }

    public static void RunChecked(string what, string file, IEnumerable<string> args, string? workDir = null)
    {
        var r = Run(file, args, workDir);
        if (r.ExitCode != 0)
            throw new KilnException($"{what} failed (exit {r.ExitCode}):\n{r.Output.TrimEnd()}");
    }
}

/// <summary>The NativeAOT compiler (ilc), restored through NuGet the way a PublishAot project gets it.</summary>
public static class IlCompiler
{
    private const string PackageId = "runtime.linux-x64.Microsoft.DotNet.ILCompiler";

    public static string Locate()
    {
        string cache = Path.Combine(KilnHome.CacheDir, "ilc-path");
        if (File.Exists(cache))
        {
            string cached = File.ReadAllText(cache).Trim();
            if (File.Exists(cached)) return cached;
        }
        string ilc = Log.Step("restore", Restore);
        Directory.CreateDirectory(KilnHome.CacheDir);
        File.WriteAllText(cache, ilc);
        return ilc;
    }

    // The SDK picks the ILCompiler version matching its runtime; a throwaway PublishAot project asks for it.
    private static string Restore()
    {
        string dir = Path.Combine(KilnHome.CacheDir, "ilc-restore");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "restore.csproj"),
            """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <PublishAot>true</PublishAot>
                <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
              </PropertyGroup>
            </Project>
            """);
        var r = Tools.Run(Tools.Dotnet, ["restore", "restore.csproj"], dir);
        if (r.ExitCode != 0)
            throw new KilnException($"restoring the NativeAOT compiler from NuGet failed:\n{r.Output.TrimEnd()}", "check that a NuGet source is reachable");
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "obj", "project.assets.json")));
        string? version = null;
        foreach (var lib in assets.RootElement.GetProperty("libraries").EnumerateObject())
            if (lib.Name.StartsWith(PackageId + "/", StringComparison.OrdinalIgnoreCase)) version = lib.Name[(PackageId.Length + 1)..];
        if (version is null) throw new KilnException($"the restore did not bring {PackageId}", "check the .NET SDK install");
        foreach (var folder in assets.RootElement.GetProperty("packageFolders").EnumerateObject())
        {
            string ilc = Path.Combine(folder.Name, PackageId.ToLowerInvariant(), version, "tools", "ilc");
            if (File.Exists(ilc)) return ilc;
        }
        throw new KilnException($"ilc from {PackageId} {version} not found in the NuGet package folders");
    }
}
