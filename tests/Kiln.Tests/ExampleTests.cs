namespace Kiln.Tests;

[Collection("e2e")]
public sealed class HelloTests
{
    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    [InlineData("q35")]
    public void Hello_PrintsGreetingThenArguments_Exits0(string platform)
    {
        var r = Harness.Kiln(null, ["run", "examples/hello", .. Harness.PlatformArgs(platform), "--", "first", "two words"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("Hello, world!\nfirst\ntwo words\n", r.Stdout);
    }

    [Fact]
    public void Hello_RunsIn8MiB_OnKvm()
    {
        var r = Harness.Kiln(null, ["run", "examples/hello", .. Harness.PlatformArgs("microvm"), "--mem", "8M"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("Hello, world!\n", r.Stdout);
    }

    [Fact]
    public void Hello_RunsIn8MiB_OnLinuxu()
    {
        var r = Harness.Kiln(null, ["run", "examples/hello", "--plat", "linuxu", "--mem", "8M"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("Hello, world!\n", r.Stdout);
    }

    [Fact]
    public void Hello_ImageFitsTheSizeBudget()
    {
        var r = Harness.Kiln(null, "build", "examples/hello", "--plat", "kvm");
        Assert.True(r.ExitCode == 0, r.ToString());
        long size = new FileInfo(Path.Combine(Harness.Examples, "hello", ".kiln", "build", "kvm-x86_64", "hello")).Length;
        Assert.InRange(size, 1, 128 * 1024);
    }
}

[Collection("e2e")]
public sealed class TourTests
{
    private static readonly Lazy<string> s_dotnetOutput = new(() => Harness.RunOnDotnet("examples/tour", "one", "two words"));

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    [InlineData("q35")]
    public void Tour_PrintsExactlyWhatDotnetPrints(string platform)
    {
        Harness.AssertPrintsWhatDotnetPrints(s_dotnetOutput.Value, "== Dictionary<TKey,TValue>", "examples/tour", platform, "--", "one", "two words");
    }
}

[Collection("e2e")]
public sealed class PanicTests
{
    // An exception nothing catches is reported as .NET reports it, with the frames of its stack trace; a CPU fault that
    // is no exception, FailFast and a stack overflow are panics, with the faulting function and its callers.
    public static TheoryData<string, string, string, string, string> Failures()
    {
        var data = new TheoryData<string, string, string, string, string>();
        (string kind, string reason, string frame, string caller)[] failures =
        [
            ("null", "Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.", "   at Program.ReadValue(Node node)", Main),
            ("index", "Unhandled exception. System.IndexOutOfRangeException: Index was outside the bounds of the array.", "   at Program.ReadElement(Int32[] array, Int32 index)", Main),
            ("cast", "Unhandled exception. System.InvalidCastException: Unable to cast object of type 'Program+Node' to type 'System.String'.", "   at Program.CastToString(Object o)", Main),
            ("divide", "Unhandled exception. System.DivideByZeroException: Attempted to divide by zero.", "   at Program.Divide(Int32 a, Int32 b)", Main),
            ("throw", "Unhandled exception. System.InvalidOperationException: the app gave up", "   at Program.Throw(String message)", Main),
            ("failfast", "panic: Environment.FailFast: requested by the app", "  at Program.FailFast+0x", PanicMain),
            ("gp", "panic: general protection fault", "  at Program.ReadNonCanonical+0x", PanicMain),
            ("ud", "panic: invalid opcode", "  at Program.InvalidOpcode+0x", PanicMain),
            ("stack", "panic: stack overflow in Program.Recurse (page fault at 0x", "  at Program.Recurse+0x", "  from Program.Recurse+0x"),
            ("wx", "panic: page fault at 0x", "  at Program.WriteToCode+0x", PanicMain),
            ("nx", "panic: page fault at 0x", "  at Program.ExecuteData+0x", PanicMain),
        ];
        foreach (string platform in new[] { "linuxu", "microvm" })
            foreach (var (kind, reason, frame, caller) in failures)
                data.Add(platform, kind, reason, frame, caller);
        data.Add("q35", "null", failures[0].reason, failures[0].frame, failures[0].caller);
        return data;
    }

    private const string Main = "   at Program.Main(String[] args)";
    private const string PanicMain = "  from Program.Main+0x";

    [Theory]
    [MemberData(nameof(Failures))]
    public void Failure_ReportsReasonAndFrames_ExitsWithPanicStatus(string platform, string kind, string reason, string frame, string caller)
    {
        var r = Harness.Kiln(null, ["run", "examples/panic", .. Harness.PlatformArgs(platform), "--", kind]);
        Assert.True(r.ExitCode == 101, r.ToString());
        Assert.Contains("panicked", r.Stderr);
        string[] lines = r.Stdout.Split('\n');
        Assert.Equal($"failing with: {kind}", lines[0]);
        Assert.StartsWith(reason, lines[1]);
        Assert.StartsWith(frame, lines[2]);
        // A stack overflow's callers are the recursion itself, more of them than the report shows.
        Assert.Contains(lines, l => l.StartsWith(caller));
    }

    // Where the guard page is hit depends on where the main thread's stack starts, which moves with the size of the
    // environment: sometimes inside the runtime helper that clears Recurse's stackalloc. The report names Recurse
    // wherever it is hit.
    [Fact]
    public void StackOverflow_NamesTheAppFunction_WhereverTheGuardPageIsHit()
    {
        var build = Harness.Kiln(null, "build", "examples/panic", "--plat", "linuxu");
        Assert.True(build.ExitCode == 0, build.ToString());
        string image = Path.Combine(Harness.RepoRoot, "examples/panic/.kiln/build/linuxu-x86_64/panic");
        for (int pad = 0; pad <= 256; pad += 8)
        {
            var r = Harness.Run(image, ["stack"], env: new Dictionary<string, string> { ["PAD"] = new string('x', pad) });
            Assert.True(r.ExitCode == 101, r.ToString());
            Assert.StartsWith("panic: stack overflow in Program.Recurse (page fault at 0x", r.Stdout.Split('\n')[1]);
        }
    }

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void EnvironmentExit_StatusReachesTheHost(string platform)
    {
        var r = Harness.Kiln(null, ["run", "examples/panic", .. Harness.PlatformArgs(platform), "--", "exit"]);
        Assert.True(r.ExitCode == 7, r.ToString());
        Assert.Equal("failing with: exit\n", r.Stdout);
    }

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void MainReturnValue_IsTheExitStatus(string platform)
    {
        var r = Harness.Kiln(null, ["run", "examples/panic", .. Harness.PlatformArgs(platform), "--", "bogus"]);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("unknown failure 'bogus'", r.Stdout);
    }
}
