using System.Text.RegularExpressions;

namespace Kiln.Tests;

[Collection("e2e")]
public sealed class ConfigCliTests
{
    [Theory]
    [InlineData("linuxu", "plat-linuxu", "plat-kvm")]
    [InlineData("kvm", "plat-kvm", "plat-linuxu")]
    public void Inspect_ShowsEveryLibOfTheImageWithItsBytes(string plat, string present, string absent)
    {
        var r = Harness.Kiln(null, "inspect", "examples/hello", "--plat", plat);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith($"hello for {plat}/x86_64, build ", r.Stdout);
        foreach (string lib in new[] { "arch-x86-64", "runtime", present })
            Assert.Matches($@"\n  {lib} +0\.1\.0 +[1-9][0-9,]* +on by default", r.Stdout);
        Assert.DoesNotContain(absent, r.Stdout);
    }

    [Fact]
    public void Inspect_AnImageFile_ReadsItsEmbeddedManifest()
    {
        Assert.Equal(0, Harness.Kiln(null, "build", "examples/hello", "--plat", "linuxu").ExitCode);
        var r = Harness.Kiln("/", "inspect", Path.Combine(Harness.Examples, "hello", ".kiln", "build", "linuxu-x86_64", "hello"));
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("plat-linuxu", r.Stdout);
    }

    [Fact]
    public void ConfigShowGetLint_OnHello()
    {
        var show = Harness.Kiln(null, "config", "show", "examples/hello", "--plat", "linuxu");
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Equal("# hello for linuxu/x86_64\nruntime 0.1.0  # on by default\n  panic-frames = 8  # default\n" +
                     "alloc 0.1.0  # on by default\n  allocator = mark-sweep  # default\narch-x86-64 0.1.0  # on by default\n" +
                     "console 0.1.0  # on by default\n  buffer-bytes = 512  # default\nplat-linuxu 0.1.0  # on by default\n" +
                     "time 0.1.0  # on by default\nsched 0.2.0  # on by default\n  stack-kib = 256  # default\n  quantum-ms = 10  # default\n  pool-threads = 4  # default\n", show.Stdout);

        Assert.Equal("on\n", Harness.Kiln(null, "config", "get", "plat-kvm", "examples/hello").Stdout);
        Assert.Equal("off\n", Harness.Kiln(null, "config", "get", "plat-kvm", "examples/hello", "--plat", "linuxu").Stdout);
        Assert.Equal("hello\n", Harness.Kiln(null, "config", "get", "name", "examples/hello").Stdout);
        var missing = Harness.Kiln(null, "config", "get", "nonsense", "examples/hello");
        Assert.Equal(2, missing.ExitCode);

        var lint = Harness.Kiln(null, "config", "lint", "examples/hello");
        Assert.True(lint.ExitCode == 0, lint.ToString());
        Assert.Contains("ok (kvm/x86_64, linuxu/x86_64)", lint.Stderr);
    }

    private static string AppWithConfig(string name, string yamlTail) => Harness.NewApp(name, yamlTail);

    [Theory]
    [InlineData("libs:\n  nosuch: true\n", "kiln.yaml:8: unknown lib 'nosuch'")]
    [InlineData("libs:\n  runtime:\n    speed: 11\n", "kiln.yaml:9: lib 'runtime' has no option 'speed'")]
    [InlineData("libs:\n  plat-linuxu: false\n", "plat-linuxu is off, but a linuxu image cannot work without its platform lib")]
    [InlineData("libs:\n  runtime: maybe\n", "kiln.yaml:8: lib 'runtime' must be true, false or a mapping of options")]
    [InlineData("cmdline: [alloc.trace, gc.speed=3]\n", "kiln.yaml:7: no lib in the linuxu/x86_64 image takes the kernel parameter 'gc.speed'")]
    [InlineData("cmdline: [env.X=1, alloc.trace=1, nope]\n", "kernel parameters of this image: alloc.trace, env.*")]
    [InlineData("cmdline: alloc.trace\n", "kiln.yaml:7: 'cmdline' must be a list of kernel parameters")]
    [InlineData("env:\n  1X: y\n", "kiln.yaml:8: '1X' is not an environment variable name")]
    public void Lint_BadLibsSection_NamesTheProblem(string libs, string expected)
    {
        string dir = AppWithConfig("lintme", libs);
        var r = Harness.Kiln(null, "config", "lint", dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(expected, r.Stderr);
    }

    // kvm images get env and kernel parameters through the PVH command line, linuxu through argv and the environment.
    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void Run_UsesCmdlineArgsAndEnvFromKilnYaml(string platform)
    {
        string dir = AppWithConfig("withenv-" + platform, "cmdline: [alloc.trace]\nargs: [from, yaml]\nenv:\n  GREETING: hi there\n");
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using System;
            static class Program
            {
                static int Main(string[] args)
                {
                    Console.WriteLine(Environment.GetEnvironmentVariable("GREETING") ?? "(none)");
                    Console.WriteLine(string.Join(",", args));
                    GC.Collect();
                    return 0;
                }
            }
            """);
        var fromYaml = Harness.Kiln(null, ["run", dir, .. Harness.PlatformArgs(platform)]);
        Assert.True(fromYaml.ExitCode == 0, fromYaml.ToString());
        Assert.Matches("^hi there\nfrom,yaml\ngc: #1 live [0-9]+ -> [0-9]+ bytes, [0-9]+ of [0-9]+ blocks free\n$", fromYaml.Stdout);
        var fromCli = Harness.Kiln(null, ["run", dir, .. Harness.PlatformArgs(platform), "--", "x", "--", "env.GREETING=no"]);
        Assert.StartsWith("hi there\nx,--,env.GREETING=no\ngc: #1", fromCli.Stdout);
    }

    [Fact]
    public void Image_RejectsUnknownKernelParameters_AndKeepsWordsWithoutDashDashForTheApp()
    {
        Assert.Equal(0, Harness.Kiln(null, "build", "examples/hello", "--plat", "linuxu").ExitCode);
        string image = Path.Combine(Harness.Examples, "hello", ".kiln", "build", "linuxu-x86_64", "hello");
        var bad = Harness.Run(image, ["env.A=1", "fast", "--", "x"]);
        Assert.Equal(101, bad.ExitCode);
        Assert.StartsWith("panic: unknown kernel parameter 'fast' (this image takes: alloc.trace env.*)\n", bad.Stdout);
        var plain = Harness.Run(image, ["fast", "x"]);
        Assert.Equal("Hello, world!\nfast\nx\n", plain.Stdout);
    }

    [Fact]
    public void ConfigSet_ChangesOneValue_KeepsTheRest_AndRefusesBadValues()
    {
        string dir = Harness.TempDir("setme");
        Assert.Equal(0, Harness.Kiln(null, "init", dir, "--name", "setme").ExitCode);
        string path = Path.Combine(dir, "kiln.yaml");
        string before = File.ReadAllText(path);

        var ok = Harness.Kiln(null, "config", "set", "runtime.panic-frames=3", dir);
        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.Equal(before.Replace("    panic-frames: 8  #", "    panic-frames: 3  #"), File.ReadAllText(path));
        Assert.Equal("3\n", Harness.Kiln(null, "config", "get", "runtime.panic-frames", dir).Stdout);

        string good = File.ReadAllText(path);
        var bad = Harness.Kiln(null, "config", "set", "runtime.panic-frames=99", dir);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains($"{path}:", bad.Stderr);
        Assert.Contains("99 is out of range [1, 32]", bad.Stderr);
        Assert.Equal(good, File.ReadAllText(path));
        Assert.False(File.Exists(path + ".new"));

        var off = Harness.Kiln(null, "config", "set", "console=false", dir);
        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.Equal("off\n", Harness.Kiln(null, "config", "get", "console", dir).Stdout);
    }

    [Fact]
    public void ConfigSet_LibOffThenOn_KeepsItsOptions()
    {
        string dir = AppWithConfig("offon", "libs:\n  console:\n    buffer-bytes: 1024\n");
        Assert.Equal(0, Harness.Kiln(null, "config", "set", "console=false", dir).ExitCode);
        var lint = Harness.Kiln(null, "config", "lint", dir);
        Assert.True(lint.ExitCode == 0, lint.ToString());
        Assert.Equal("off\n", Harness.Kiln(null, "config", "get", "console", dir).Stdout);
        var on = Harness.Kiln(null, "config", "set", "console=true", dir);
        Assert.True(on.ExitCode == 0, on.ToString());
        Assert.Equal("1024\n", Harness.Kiln(null, "config", "get", "console.buffer-bytes", dir).Stdout);
    }

    // YamlDotNet's loader recursed once per level: 100k levels overflowed the stack and killed the process.
    [Theory]
    [InlineData("lint")]
    [InlineData("show")]
    [InlineData("set")]
    public void MalformedKilnYaml_IsOneErrorLine_NeverAStackTrace(string command)
    {
        string[] bad = [$"name: a\nargs: {new string('[', 100_000)}\n", "name: a\n---\nname: b\n", "? [a]\n: b\n", "name: a\n\tx: [\n", "\0\u00ff{{"];
        foreach (string yaml in bad)
        {
            string dir = AppWithConfig("malformed", "");
            File.WriteAllText(Path.Combine(dir, "kiln.yaml"), yaml);
            var r = Harness.Kiln(null, ["config", command, .. command == "set" ? new[] { "name=b" } : [], dir]);
            Assert.True(r.ExitCode == 1, r.ToString());
            Assert.Matches($"^kiln: error: {Regex.Escape(dir)}/kiln.yaml[:\n].*\n  fix: .*\n$", r.Stderr);
        }
        string endless = AppWithConfig("endless", "");
        File.Delete(Path.Combine(endless, "kiln.yaml"));
        File.CreateSymbolicLink(Path.Combine(endless, "kiln.yaml"), "/dev/zero");
        var zero = Harness.Kiln(null, ["config", command, .. command == "set" ? new[] { "name=b" } : [], endless]);
        Assert.Equal($"kiln: error: {endless}/kiln.yaml: more than the 1,048,576 characters kiln reads\n  fix: this is not a kiln YAML file; see docs/\n", zero.Stderr);
    }

    [Theory]
    [InlineData("{file}", 1, "kiln: error: '{file}' is a file\n  fix: pick a new directory\n")]
    [InlineData("{file}/app", 1, "kiln: error: '{file}' is a file, so '{file}/app' cannot be made under it\n  fix: pick a directory that is not under a file\n")]
    [InlineData("", 2, "kiln: error: no app directory given\n  fix: write e.g. `kiln init ~/apps/greeter`\n")]
    public void Init_WhereNoAppCanBeMade_IsOneErrorLine(string dir, int exitCode, string expected)
    {
        string file = Harness.WriteTemp("somefile", "");
        var r = Harness.Kiln(null, "init", dir.Replace("{file}", file));
        Assert.Equal(exitCode, r.ExitCode);
        Assert.Equal(expected.Replace("{file}", file), r.Stderr);
    }
}
