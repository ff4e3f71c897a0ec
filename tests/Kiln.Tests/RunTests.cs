using System.Text;

namespace Kiln.Tests;

/// <summary>One app, built once for linuxu and kvm, that the run tests drive into every way an image can end.</summary>
public sealed class RunnerApp
{
    public const string Program = """
        using System;

        static class Program
        {
            static volatile int s_spin;

            static int Main(string[] args)
            {
                string mode = args.Length > 0 ? args[0] : "";
                if (mode == "echo")
                {
                    Console.WriteLine(args.Length - 1);
                    for (int i = 1; i < args.Length; i++) Console.WriteLine("[" + args[i] + "] " + args[i].Length);
                    Console.WriteLine("QUOTED=[" + Environment.GetEnvironmentVariable("QUOTED") + "]");
                    return 0;
                }
                if (mode == "exit") return int.Parse(args[1]);
                if (mode == "panic") { object o = null; return o.GetHashCode(); }
                if (mode == "forever")
                {
                    for (long n = 0; ; n++) Console.WriteLine("line " + n);
                }
                if (mode == "spin")
                {
                    Console.WriteLine("ready");
                    while (true) s_spin++;
                }
                Console.WriteLine("ran " + mode);
                return 0;
            }
        }
        """;

    public string Dir { get; }
    public string KvmImage => Path.Combine(Dir, ".kiln", "build", "kvm-x86_64", "runner");
    public string LinuxuImage => Path.Combine(Dir, ".kiln", "build", "linuxu-x86_64", "runner");

    public RunnerApp()
    {
        Dir = Harness.NewApp("runner", "env:\n  QUOTED: \"it's \\\"quoted\\\", twice\"\n", Program);
        foreach (string plat in new[] { "linuxu", "kvm" })
        {
            var r = Harness.Kiln(null, "build", Dir, "--plat", plat);
            if (r.ExitCode != 0) throw new InvalidOperationException(r.ToString());
        }
    }
}

/// <summary>
/// How `kiln run` passes arguments, statuses, signals and output between the caller and the image, the same on
/// linuxu and kvm (docs/boot.md).
/// </summary>
[Collection("e2e")]
public sealed class RunTests(RunnerApp app) : IClassFixture<RunnerApp>
{
    public static TheoryData<string> Platforms => new() { "linuxu", "microvm", "q35" };
    public static TheoryData<string> LinuxuAndMicrovm => new() { "linuxu", "microvm" };

    private CliResult Run(string platform, params string[] args) => Harness.Kiln(null, ["run", app.Dir, .. Harness.PlatformArgs(platform), .. args]);

    /// <summary>kiln run through bash, for redirections and pipes the test harness cannot express.</summary>
    private static CliResult Shell(string script, int timeoutSeconds = 240) =>
        Harness.Run("bash", ["-c", script], timeoutSeconds: timeoutSeconds,
            env: new Dictionary<string, string> { ["KILN"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "kiln.dll")}" });

    private string RunArgs(string platform) => $"run {app.Dir} {string.Join(' ', Harness.PlatformArgs(platform))}";

    private static readonly string[] OddArgs = ["a'b\"c", "", " lead", "tab\tand\nnewline", "ü€ 漢", "\\x41", "\\", "--", "-- x", "'", "\"\"", "a=b"];

    [Theory]
    [MemberData(nameof(Platforms))]
    public void Args_AndEnv_ArriveByteForByte(string platform)
    {
        string[] many = Enumerable.Range(1, 100).Select(i => $"w{i}").ToArray();
        var r = Run(platform, ["--", "echo", .. OddArgs, .. many]);
        Assert.True(r.ExitCode == 0, r.ToString());
        var expected = new StringBuilder($"{OddArgs.Length + many.Length}\n");
        foreach (string a in OddArgs.Concat(many)) expected.Append($"[{a}] {a.Length}\n");
        expected.Append("QUOTED=[it's \"quoted\", twice]\n");
        Assert.Equal(expected.ToString(), r.Stdout);
    }

    [Theory]
    [MemberData(nameof(LinuxuAndMicrovm))]
    public void Args_LongerThanAPage_ArriveWhole(string platform)
    {
        string big = string.Concat(Enumerable.Range(0, 5000).Select(i => (char)('a' + i % 26)));
        var r = Run(platform, "--", "echo", big);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal($"1\n[{big}] 5000\nQUOTED=[it's \"quoted\", twice]\n", r.Stdout);
    }

    [Fact]
    public void Args_BeyondWhatTheMachineCarries_AreRefusedNamingTheLimit()
    {
        var r = Run("q35", "--", "echo", new string('x', 5000));
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("4096", r.Stderr);
        Assert.Contains("--machine microvm", r.Stderr);
        Assert.Equal("", r.Stdout);
        // One argument of kiln's own may not exceed 128 KiB either: many of them add up.
        r = Run("microvm", ["--", "echo", .. Enumerable.Repeat(new string('x', 4000), 40)]);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("131071", r.Stderr);
    }

    [Theory]
    [MemberData(nameof(LinuxuAndMicrovm))]
    public void ExitStatus_EveryByteReachesTheHost(string platform)
    {
        foreach (int status in new[] { 0, 1, 100, 101, 127, 128, 129, 130, 143, 200, 229, 254, 255, 256, 257, -1 })
        {
            var r = Run(platform, "--", "exit", status.ToString());
            Assert.True(r.ExitCode == (status & 0xFF), $"return {status} on {platform}: {r}");
            Assert.DoesNotContain("panicked", r.Stderr);
            Assert.DoesNotContain("signal", r.Stderr);
        }
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public void Panic_IsToldApartFromReturning101(string platform)
    {
        var panic = Run(platform, "--", "panic");
        Assert.True(panic.ExitCode == 101, panic.ToString());
        Assert.Contains("Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.", panic.Stdout);
        Assert.Contains("kiln: error: runner panicked", panic.Stderr);
        var returned = Run(platform, "--", "exit", "101");
        Assert.True(returned.ExitCode == 101, returned.ToString());
        Assert.DoesNotContain("panicked", returned.Stderr);
    }

    // python3 reports a death by signal as a negative return code, which no exit status can imitate.
    private const string SignalScript = """
        import os, subprocess, sys, signal, time
        sig, target, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
        # Under nohup (or any parent that ignores it) kiln would inherit SIGHUP ignored and rightly keep ignoring it.
        if sig not in (signal.SIGKILL, signal.SIGSTOP): signal.signal(sig, signal.SIG_DFL)
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, start_new_session=True)
        first = p.stdout.readline().decode()
        children = subprocess.run(["pgrep", "-P", str(p.pid)], capture_output=True, text=True).stdout.split()
        os.kill(p.pid if target == "kiln" else int(children[0]), sig)
        out, err = p.communicate(timeout=120)
        time.sleep(0.5)
        left = [c for c in children if subprocess.run(["kill", "-0", c], capture_output=True).returncode == 0]
        print(f"first={first.strip()} rc={p.returncode} children={len(children)} left={len(left)}")
        sys.stderr.write(err.decode())
        """;

    private CliResult Signal(string platform, int signal, string target)
    {
        string script = Harness.WriteTemp("watch_kiln.py", SignalScript);
        return Harness.Run("python3", [script, signal.ToString(), target, "dotnet", Path.Combine(AppContext.BaseDirectory, "kiln.dll"),
            "run", app.Dir, .. Harness.PlatformArgs(platform), "--", "spin"], timeoutSeconds: 240);
    }

    [Theory]
    [InlineData("linuxu", 15)]
    [InlineData("linuxu", 1)]
    [InlineData("microvm", 15)]
    [InlineData("microvm", 1)]
    public void Signal_ToKiln_EndsTheImageAndKilnDiesOfIt(string platform, int signal)
    {
        var r = Signal(platform, signal, "kiln");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains($"first=ready rc=-{signal} children=1 left=0", r.Stdout);
    }

    [Fact]
    public void Signal_QemuKilled_IsReportedAsSuch()
    {
        var r = Signal("microvm", 9, "child");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("first=ready rc=137 children=1 left=0", r.Stdout);
        Assert.Contains("QEMU was killed by SIGKILL", r.Stderr);
    }

    [Fact]
    public void Signal_LinuxuAppKilled_IsReportedAndReturning130IsNot()
    {
        var r = Signal("linuxu", 9, "child");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("first=ready rc=137 children=1 left=0", r.Stdout);
        Assert.Contains("runner was killed by SIGKILL", r.Stderr);
        var returned = Run("linuxu", "--", "exit", "130");
        Assert.True(returned.ExitCode == 130, returned.ToString());
        Assert.Equal("", returned.Stderr);
    }

    [Theory]
    [MemberData(nameof(LinuxuAndMicrovm))]
    public void Stdin_IsLeftToTheCaller(string platform)
    {
        var r = Shell($"printf 'one\\ntwo\\nthree\\n' | while read -r l; do $KILN {RunArgs(platform)} -- \"$l\"; done");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("ran one\nran two\nran three\n", r.Stdout);
    }

    [Theory]
    [MemberData(nameof(LinuxuAndMicrovm))]
    public void Output_ReaderGoesAway_TheImageEnds(string platform)
    {
        var r = Shell($"$KILN {RunArgs(platform)} -- forever | head -n 2; echo \"kiln=${{PIPESTATUS[0]}}\"");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("line 0\nline 1\nkiln=141\n", r.Stdout);
    }

    [Theory]
    [MemberData(nameof(LinuxuAndMicrovm))]
    public void Output_FullDisk_IsAnError(string platform)
    {
        var r = Shell($"$KILN {RunArgs(platform)} -- echo > /dev/full; echo \"kiln=$?\"");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("kiln=74\n", r.Stdout);
        Assert.Contains("no space left on device", r.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(LinuxuAndMicrovm))]
    public void Output_ClosedStdout_IsAnError(string platform)
    {
        // The launcher refuses before anything starts; started without it, the runtime may open a file that takes
        // descriptor 1, and writing the output there fails instead.
        var r = Shell($"$KILN {RunArgs(platform)} -- echo >&-; echo \"kiln=$?\" >&2");
        Assert.Matches("kiln=(2|74)\n", r.Stderr);
        Assert.Matches("stdout is closed|cannot be written|could not be written", r.Stderr);
        r = Shell($"{Path.Combine(Harness.RepoRoot, "kiln")} {RunArgs(platform)} -- echo >&-; echo \"kiln=$?\" >&2");
        Assert.Contains("kiln=2\n", r.Stderr);
        Assert.Contains("stdout is closed", r.Stderr);
    }

    [Fact]
    public void Image_RunWithTheWrongPlatform_IsRefusedByName()
    {
        var r = Harness.Kiln(null, "run", app.KvmImage, "--plat", "linuxu");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("is a kvm/x86_64 image", r.Stderr);
        r = Harness.Kiln(null, "run", app.LinuxuImage, "--plat", "kvm");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("is a linuxu/x86_64 image", r.Stderr);
        r = Harness.Kiln(null, "run", app.KvmImage, "--plat", "xen");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("unknown platform 'xen'", r.Stderr);
        r = Harness.Kiln(null, "run", app.KvmImage, "--accel", "tcg", "--", "exit", "7");
        Assert.True(r.ExitCode == 7, r.ToString());
    }

    [Fact]
    public void Image_NotExecutable_SaysHowToFixIt()
    {
        string copy = Path.Combine(Harness.TempDir("noexec"), "runner");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(app.LinuxuImage, copy);
        File.SetUnixFileMode(copy, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var r = Harness.Kiln(null, "run", copy);
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("is not executable", r.Stderr);
        Assert.Contains("chmod +x", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Param_NoLibTakes_IsRefusedBeforeBoot()
    {
        foreach (var (target, platform) in new[] { (new[] { app.Dir, "--plat", "linuxu" }, "linuxu"), (new[] { app.KvmImage }, "kvm") })
        {
            var r = Harness.Kiln(null, ["run", .. target, "--param", "bogus.knob=1"]);
            Assert.True(r.ExitCode == 2, r.ToString());
            Assert.Contains($"--param bogus.knob=1: no lib in the {platform}/x86_64 image takes the kernel parameter 'bogus.knob'", r.Stderr);
            Assert.Contains("alloc.trace", r.Stderr);
        }
    }

    [Theory]
    [InlineData("--machine", "q35")]
    [InlineData("--accel", "tcg")]
    public void KvmOptions_OnLinuxu_AreRefused(string option, string value)
    {
        var r = Harness.Kiln(null, "run", app.Dir, "--plat", "linuxu", option, value);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains($"{option} applies to kvm images", r.Stderr);
    }

    [Fact]
    public void Accel_KvmThatAbortsQemu_SaysWhyAndWhatToUse()
    {
        // What kvm_pvm hosts do with -cpu host: QEMU fails an assertion setting an MSR and aborts.
        string fake = Harness.WriteTemp("qemu-system-x86_64",
            "#!/bin/sh\necho \"qemu-system-x86_64: kvm.c:3183: kvm_buf_set_msrs: Assertion failed.\" >&2\nkill -ABRT $$\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var r = Harness.KilnWithPath(Path.GetDirectoryName(fake)!, "run", app.KvmImage, "--accel", "kvm");
        Assert.True(r.ExitCode == 134, r.ToString());
        Assert.Contains("Assertion failed", r.Stderr);
        Assert.Contains("--accel tcg", r.Stderr);
    }
}
