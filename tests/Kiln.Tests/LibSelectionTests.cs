using Kiln.Config;

namespace Kiln.Tests;

[Collection("e2e")]
public sealed class LibSelectionTests
{
    private static string App(string name, string program, string libs) => Harness.NewApp(name, "libs:\n" + libs, program);

    private static string Image(string dir, string name, string plat = "linuxu") => Path.Combine(dir, ".kiln", "build", $"{plat}-x86_64", name);

    // The image is stripped; its ELF symbols are in <image>.dbg.
    private static string Symbols(string image) => Harness.Run("nm", [image + ".dbg"]).Stdout;

    [Fact]
    public void DeselectingALib_RemovesItsCode_AndShrinksTheImage()
    {
        const string program = "static class Program { static int Main(string[] args) => args.Length + 5; }\n";
        string on = App("libon", program, "  console: true\n");
        string off = App("liboff", program, "  console: false\n");
        foreach (var (dir, name) in new[] { (on, "libon"), (off, "liboff") })
        {
            var r = Harness.Kiln(null, "run", dir, "--plat", "linuxu", "--", "x");
            Assert.True(r.ExitCode == 6, r.ToString());
        }
        Assert.Contains("Kiln_Lib_Console", Symbols(Image(on, "libon")));
        Assert.DoesNotContain("Kiln_Lib_Console", Symbols(Image(off, "liboff")));
        Assert.True(new FileInfo(Image(off, "liboff")).Length < new FileInfo(Image(on, "libon")).Length);
        Assert.Contains("\n  console ", Harness.Kiln(null, "inspect", on, "--plat", "linuxu").Stdout);
        Assert.DoesNotContain("console", Harness.Kiln(null, "inspect", off, "--plat", "linuxu").Stdout);
    }

    [Fact]
    public void UsingADeselectedLib_IsABuildErrorNamingTheLib()
    {
        string dir = App("usesoff", "static class Program { static int Main() { System.Console.WriteLine(1); return 0; } }\n", "  console: false\n");
        var r = Harness.Kiln(null, "build", dir, "--plat", "linuxu");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("usesoff uses Kiln.Lib.Console (lib console), which is not enabled for linuxu/x86_64", r.Stderr);
    }

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void OptionValue_ChangesBehaviour_PanicFrames(string platform)
    {
        // A panic (not an unhandled exception, which prints every frame as .NET does).
        const string program = "static class Program { [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] " +
            "static void Stop() => System.Environment.FailFast(\"stop\"); static int Main() { Stop(); return 0; } }\n";
        string one = App("frames1", program, "  runtime:\n    panic-frames: 1\n");
        string many = App("frames8", program, "  runtime:\n    panic-frames: 8\n");
        var r1 = Harness.Kiln(null, ["run", one, .. Harness.PlatformArgs(platform)]);
        var r8 = Harness.Kiln(null, ["run", many, .. Harness.PlatformArgs(platform)]);
        Assert.True(r1.ExitCode == 101, r1.ToString());
        Assert.True(r8.ExitCode == 101, r8.ToString());
        string[] lines1 = r1.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines1.Length);
        Assert.StartsWith("panic: Environment.FailFast: stop", lines1[0]);
        Assert.StartsWith("  at Program.Stop+0x", lines1[1]);
        Assert.Contains("\n  from ", r8.Stdout);
        Assert.Equal("1\n", Harness.Kiln(null, "config", "get", "runtime.panic-frames", one).Stdout);
    }

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void ConsoleOutputWithoutNewline_IsFlushedWhenTheImageExits(string platform)
    {
        string dir = App("noeol", "static class Program { static int Main() { System.Console.Write(\"no newline\"); return 3; } }\n", "  console:\n    buffer-bytes: 64\n");
        var r = Harness.Kiln(null, ["run", dir, .. Harness.PlatformArgs(platform)]);
        Assert.True(r.ExitCode == 3, r.ToString());
        Assert.Equal("no newline", r.Stdout);
    }
}

public sealed class OptionsCodeTests
{
    [Fact]
    public void CheckedInDefaults_MatchTheManifests()
    {
        string guest = Path.Combine(Harness.RepoRoot, "guest");
        var catalog = Catalog.Load(guest);
        foreach (var (lib, values) in OptionsCode.Defaults(catalog))
        {
            string path = Path.Combine(guest, "options.defaults", lib.Name + ".g.cs");
            if (!OptionsCode.HasConstants(lib)) { Assert.False(File.Exists(path), path); continue; }
            Assert.True(File.Exists(path), $"{path} is missing: run `./kiln config write-defaults`");
            Assert.Equal(OptionsCode.Generate(lib, values, catalog.SelectMany(l => l.Parameters.Select(p => p.Name))), File.ReadAllText(path));
        }
    }

    [Fact]
    public void Generate_EmitsTypedConstants()
    {
        var lib = new LibManifest("my-lib", "1.0.0", "t", "", "/", false, [], [], [], [],
        [
            new OptionSpec("on", OptionType.Bool, "true", "", Constant: "Enabled"),
            new OptionSpec("n", OptionType.Int, "3", "", Constant: "Count"),
            new OptionSpec("s", OptionType.String, "a\"b", "", Constant: "Label"),
            new OptionSpec("c", OptionType.Choice, "fast", "", Choices: [("fast", ""), ("small", "")], Constant: "Mode"),
            new OptionSpec("hidden", OptionType.Int, "1", ""),
        ], [], []);
        string code = OptionsCode.Generate(lib, [new("on", "true"), new("n", "3"), new("s", "a\"b"), new("c", "small"), new("hidden", "1")]);
        Assert.Contains("internal static class MyLib", code);
        Assert.Contains("public const bool Enabled = true;", code);
        Assert.Contains("public const long Count = 3;", code);
        Assert.Contains("public const string Label = \"a\\\"b\";", code);
        Assert.Contains("public const string Mode = \"small\";", code);
        Assert.Contains("public const bool ModeIsFast = false;", code);
        Assert.Contains("public const bool ModeIsSmall = true;", code);
        Assert.DoesNotContain("hidden", code);
    }
}
