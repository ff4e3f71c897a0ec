using System.Diagnostics;

namespace Kiln.Tests;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>Runs the real kiln CLI (the build this test project references) as a child process.</summary>
public static class Harness
{
    public static string RepoRoot { get; } = FindRoot();
    public static string Examples => Path.Combine(RepoRoot, "examples");

    private static string FindRoot()
    {
        for (string? d = AppContext.BaseDirectory; d is not null; d = Path.GetDirectoryName(d))
            if (File.Exists(Path.Combine(d, "guest", "Kiln.Guest.props")) && File.Exists(Path.Combine(d, "kiln"))) return d;
        throw new InvalidOperationException("cannot find the repository root from " + AppContext.BaseDirectory);
    }

    public static CliResult Kiln(string? workDir, params string[] args) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "kiln.dll"), .. args], workDir);

    /// <summary>kiln with extra environment variables (PATH entries prepended with pathFirst).</summary>
    public static CliResult KilnWithPath(string pathFirst, params string[] args) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "kiln.dll"), .. args], null,
            env: new Dictionary<string, string> { ["PATH"] = pathFirst + ":" + Environment.GetEnvironmentVariable("PATH") });

    public static CliResult Run(string file, IEnumerable<string> args, string? workDir = null, int timeoutSeconds = 900,
        IDictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
            WorkingDirectory = workDir ?? RepoRoot,
        };
        foreach (string a in args) psi.ArgumentList.Add(a);
        psi.Environment["KILN_ROOT"] = RepoRoot;
        if (env is not null) foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        // Whole streams, byte for byte: the tests check that stdout is exactly what the app wrote.
        Task<string> stdout = p.StandardOutput.ReadToEndAsync();
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in {timeoutSeconds}s");
        }
        p.WaitForExit();
        return new CliResult(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// The reference for an app (a directory relative to the repository root): its very Program.cs compiled as an
    /// ordinary .NET console app and run with args; returns what it printed.
    /// </summary>
    public static string RunOnDotnet(string app, params string[] args)
    {
        string dll = BuildOnDotnet(app);
        var run = Run("dotnet", [dll, .. args], Path.GetDirectoryName(dll));
        if (run.ExitCode != 0) throw new InvalidOperationException(run.ToString());
        return run.Stdout;
    }

    /// <summary>Like RunOnDotnet, for an app of several source files: every .cs file of its folder (not below it).</summary>
    public static string RunAllSourcesOnDotnet(string app)
    {
        string dll = BuildOnDotnet(app, "*.cs");
        var run = Run("dotnet", [dll], Path.GetDirectoryName(dll));
        if (run.ExitCode != 0) throw new InvalidOperationException(run.ToString());
        return run.Stdout;
    }

    /// <summary>An app's Program.cs (or the given sources of its folder) built as an ordinary .NET console app; returns the path of its dll.</summary>
    public static string BuildOnDotnet(string app, string sources = "Program.cs")
    {
        string dir = TempDir(Path.GetFileName(app) + "-dotnet");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "reference.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><AssemblyName>reference</AssemblyName>
                <ImplicitUsings>disable</ImplicitUsings><Nullable>disable</Nullable><InvariantGlobalization>true</InvariantGlobalization>
              </PropertyGroup>
              <ItemGroup><Compile Include="{Path.Combine(RepoRoot, app, sources)}" /></ItemGroup>
            </Project>
            """);
        var build = Run("dotnet", ["build", "-c", "Release", "-o", "out", "-nologo", "-v:q"], dir);
        if (build.ExitCode != 0) throw new InvalidOperationException(build.ToString());
        return Path.Combine(dir, "out", "reference.dll");
    }

    /// <summary>
    /// Runs an app on one of the e2e platforms (extra: kiln run's further arguments): it must exit 0, print
    /// `section` (so a shortened run fails by name) and print exactly what .NET printed.
    /// </summary>
    public static void AssertPrintsWhatDotnetPrints(string dotnetOutput, string section, string app, string platform, params string[] extra)
    {
        var r = Kiln(null, ["run", app, .. PlatformArgs(platform), .. extra]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains(section, r.Stdout);
        Assert.Equal(dotnetOutput, r.Stdout);
    }

    /// <summary>kiln run arguments for one of the platforms the e2e tests cover.</summary>
    public static string[] PlatformArgs(string platform) => platform switch
    {
        "linuxu" => ["--plat", "linuxu"],
        "microvm" => ["--plat", "kvm", "--accel", "tcg", "--machine", "microvm"],
        "q35" => ["--plat", "kvm", "--accel", "tcg", "--machine", "q35"],
        _ => throw new ArgumentException(platform),
    };

    /// <summary>
    /// A new app made by `kiln init` in a temporary folder, with its kiln.yaml replaced by `name` + linuxu and kvm
    /// targets + configTail, and optionally its Program.cs by program.
    /// </summary>
    public static string NewApp(string name, string configTail, string? program = null)
    {
        string dir = TempDir(name);
        var init = Kiln(null, "init", dir, "--name", name);
        if (init.ExitCode != 0) throw new InvalidOperationException(init.ToString());
        File.WriteAllText(Path.Combine(dir, "kiln.yaml"), $"name: {name}\ntargets:\n  - plat: linuxu\n    arch: x86_64\n  - plat: kvm\n    arch: x86_64\n{configTail}");
        if (program is not null) File.WriteAllText(Path.Combine(dir, "Program.cs"), program);
        return dir;
    }

    /// <summary>Writes content to a new file of that name in a fresh temporary folder; returns its path.</summary>
    public static string WriteTemp(string fileName, string content)
    {
        string dir = Path.Combine(Path.GetTempPath(), "kiln-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, fileName);
        File.WriteAllText(path, content);
        return path;
    }

    public static string TempDir(string name)
    {
        string dir = Path.Combine(Path.GetTempPath(), "kiln-tests", $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)]);
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        return dir;
    }
}

/// <summary>End-to-end tests build into the shared examples' .kiln folders and the guest obj folders: one at a time.</summary>
[CollectionDefinition("e2e", DisableParallelization = true)]
public sealed class EndToEndCollection { }
