using System.Text.RegularExpressions;

namespace Kiln.Tests;

// tests/conformance/exceptions: ordinary programs that throw, catch, filter, clean up and recover, against .NET 10.
[Collection("e2e")]
public sealed class ExceptionTests
{
    private const string App = "tests/conformance/exceptions";
    private static readonly Lazy<string> s_dotnet = new(() => Harness.BuildOnDotnet(App));

    private static CliResult Dotnet(params string[] args) => Harness.Run("dotnet", [s_dotnet.Value, .. args], Path.GetDirectoryName(s_dotnet.Value));

    // .NET's frames end in " in <file>:line <n>", which an image does not know (docs/runtime.md, "Exceptions").
    private static string WithoutSourceLines(string text) => Regex.Replace(text, @" in \S+:line \d+$", "", RegexOptions.Multiline);

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void Programs_PrintExactlyWhatDotnetPrints(string platform)
    {
        var dotnet = Dotnet();
        Assert.True(dotnet.ExitCode == 0, dotnet.ToString());
        var r = Harness.Kiln(null, ["run", App, .. Harness.PlatformArgs(platform)]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("== done", r.Stdout);
        Assert.Equal(dotnet.Stdout, r.Stdout);
    }

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void StackTraces_AreDotnetsFramesWithoutSourceLines(string platform)
    {
        var dotnet = Dotnet("traces");
        Assert.True(dotnet.ExitCode == 0, dotnet.ToString());
        var r = Harness.Kiln(null, ["run", App, .. Harness.PlatformArgs(platform), "--", "traces"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("   at Traces.Box`1.Open(Int32 key)", r.Stdout);
        Assert.Equal(WithoutSourceLines(dotnet.Stdout), r.Stdout);
    }

    // hello has no catch: its image leaves the dispatcher out. That relies on the runtime's own catch blocks (the
    // class-constructor runner's, Activator's) sitting behind ExceptionHandling.CatchSupported, which kiln build's
    // scan of the app and libs does not look at.
    [Fact]
    public void ImageWithoutCatch_LeavesTheDispatcherOut_AndTheRuntimesCatchBlocksAreBehindTheSwitch()
    {
        var build = Harness.Kiln(null, "build", "examples/hello", "--plat", "kvm");
        Assert.True(build.ExitCode == 0, build.ToString());
        string dir = Path.Combine(Harness.Examples, "hello", ".kiln", "build", "kvm-x86_64");
        var nm = Harness.Run("nm", [Path.Combine(dir, "hello.dbg")]);
        Assert.DoesNotContain("ExceptionHandling__Dispatch", nm.Stdout);
        Assert.DoesNotContain("Unwinder__Step", nm.Stdout);
        string runtime = Path.Combine(dir, "il", "Kiln.Runtime.dll");
        Assert.True(Kiln.Build.ImageBuilder.AnyCatch(runtime, []));
        Assert.Equal(["ConstructCatching", "RunCatching"], MethodsWithCatch(runtime).Order(StringComparer.Ordinal));
    }

    private static List<string> MethodsWithCatch(string assembly)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(assembly));
        var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var names = new List<string>();
        foreach (var h in md.MethodDefinitions)
        {
            var m = md.GetMethodDefinition(h);
            if (m.RelativeVirtualAddress == 0) continue;
            var body = System.Reflection.Metadata.PEReaderExtensions.GetMethodBody(pe, m.RelativeVirtualAddress);
            if (body.ExceptionRegions.Any(r => r.Kind is System.Reflection.Metadata.ExceptionRegionKind.Catch or System.Reflection.Metadata.ExceptionRegionKind.Filter))
                names.Add(md.GetString(m.Name));
        }
        return names;
    }

    // .NET writes the report on stderr when the first pass finds no handler, runs the finally blocks, and aborts
    // (134). Kiln writes it on the console at the same moment and ends the image as a panic (101).
    [Theory]
    [InlineData("linuxu", "unhandled")]
    [InlineData("microvm", "unhandled")]
    [InlineData("linuxu", "thread-unhandled")]
    [InlineData("microvm", "thread-unhandled")]
    public void UnhandledException_ReportsAsDotnet_AfterFinallyBlocksEndsWithPanicStatus(string platform, string mode)
    {
        var dotnet = Dotnet(mode);
        Assert.True(dotnet.ExitCode == 134, dotnet.ToString());
        var r = Harness.Kiln(null, ["run", App, .. Harness.PlatformArgs(platform), "--", mode]);
        Assert.True(r.ExitCode == 101, r.ToString());
        Assert.Contains("panicked", r.Stderr);
        string report = WithoutSourceLines(dotnet.Stderr).TrimEnd('\n') + "\n";
        Assert.StartsWith("Unhandled exception. System.InvalidOperationException: disk full while saving ", report);
        int at = r.Stdout.IndexOf(report, StringComparison.Ordinal);
        Assert.True(at > 0, r.ToString());
        // The report comes after what the app printed before the throw, and before what its finally blocks print.
        Assert.Equal(dotnet.Stdout, r.Stdout.Remove(at, report.Length));
        Assert.EndsWith("saving " + (mode == "unhandled" ? "report" : "journal") + ".txt\n", r.Stdout[..at]);
    }
}
