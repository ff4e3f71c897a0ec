namespace Kiln.Tests;

// tests/conformance/async: ordinary async programs (tasks, await, WhenAll/WhenAny, TaskCompletionSource,
// cancellation, timers, the thread pool, ValueTask, a SynchronizationContext), compared byte for byte with the same
// Program.cs on .NET 10; async Main's return value is the image's exit status. faults/ holds the throwing cases.
[Collection("e2e")]
public sealed class AsyncTests
{
    private static readonly Lazy<string> s_dotnetOutput = new(() => Harness.RunOnDotnet("tests/conformance/async"));
    private static readonly Lazy<string> s_dotnetFaults = new(() => Harness.RunOnDotnet("tests/conformance/async/faults"));

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void Async_PrintsExactlyWhatDotnetPrints(string platform)
    {
        Harness.AssertPrintsWhatDotnetPrints(s_dotnetOutput.Value, "== Waiting", "tests/conformance/async", platform);
    }

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void AsyncMain_ReturnValue_IsTheExitStatus(string platform)
    {
        var r = Harness.Kiln(null, ["run", "tests/conformance/async", .. Harness.PlatformArgs(platform), "--", "42"]);
        Assert.True(r.ExitCode == 42, r.ToString());
        Assert.EndsWith("exit status 42\n", r.Stdout);
        Assert.Equal(s_dotnetOutput.Value.Replace("exit status 0\n", "exit status 42\n"), r.Stdout);
    }

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void AsyncFaults_PrintExactlyWhatDotnetPrints(string platform)
    {
        Harness.AssertPrintsWhatDotnetPrints(s_dotnetFaults.Value, "== Argument checks", "tests/conformance/async/faults", platform);
    }
}
