namespace Kiln.Tests;

[Collection("e2e")]
public sealed class SchedTests
{
    private static readonly Lazy<string> s_dotnetThreads = new(() => Harness.RunOnDotnet("examples/threads"));
    private static readonly Lazy<string> s_dotnetSchedTests = new(() => Harness.RunOnDotnet("guest/lib/sched/tests"));

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    [InlineData("q35")]
    public void ThreadsExample_PrintsWhatDotnetPrints(string platform)
    {
        Harness.AssertPrintsWhatDotnetPrints(s_dotnetThreads.Value, "sum 301498500, expected 301498500: match\n", "examples/threads", platform, "--mem", "8M");
    }

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    [InlineData("q35")]
    public void SchedLibTests_PassAndMatchDotnet(string platform)
    {
        var r = Harness.Kiln(null, ["run", "guest/lib/sched/tests", .. Harness.PlatformArgs(platform), "--mem", "5M"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(26, r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("ok ")));
        Assert.Equal(s_dotnetSchedTests.Value, r.Stdout);
    }

    // The interrupt model end to end on a real device line (guest/plat/kvm/tests): the RTC's IRQ 8 through the IOAPIC
    // wakes blocked threads; masking the line and turning interrupts off really hold interrupts back.
    [Theory]
    [InlineData("microvm")]
    [InlineData("q35")]
    public void KvmInterruptTests_Pass(string platform)
    {
        var r = Harness.Kiln(null, ["run", "guest/plat/kvm/tests", .. Harness.PlatformArgs(platform)]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(["ok interrupt-wakes-the-only-thread", "ok interrupt-wakes-a-blocked-thread", "ok masked-line-is-silent", "ok interrupts-off-defers-delivery"],
                     r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private const string Programs = """
        using System;
        using System.Threading;
        static class Program
        {
            static readonly object A = new object(), B = new object();

            static int Main(string[] args)
            {
                switch (args[0])
                {
                    case "deadlock":
                        var holdsB = new ManualResetEventSlim();
                        var t = new Thread(() => { lock (B) { holdsB.Set(); lock (A) { } } });
                        lock (A) { t.Start(); holdsB.Wait(); lock (B) { } }
                        return 0;
                    case "overflow":
                        var deep = new Thread(() => Recurse(0));
                        deep.Start();
                        deep.Join();
                        return 0;
                    case "foreground":
                        // Ordered by events, not by sleeping: the foreground thread goes on once main has printed,
                        // the background one only long after the image has ended.
                        var mainPrinted = new ManualResetEventSlim();
                        new Thread(() => { mainPrinted.Wait(); Thread.Sleep(50); Console.WriteLine("foreground thread done"); }).Start();
                        new Thread(() => { Thread.Sleep(600_000); Console.WriteLine("background thread done"); }) { IsBackground = true }.Start();
                        Console.WriteLine("main returns");
                        mainPrinted.Set();
                        return 3;
                }
                return 2;
            }

            static int Recurse(int n) { Span<byte> b = stackalloc byte[128]; b[n & 127] = 1; return Recurse(n + 1) + b[0]; }
        }
        """;

    private static string? s_app;
    private static string App => s_app ??= Harness.NewApp("threadcases", "", Programs);

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void AllThreadsBlocked_IsADeadlockPanic(string platform)
    {
        var r = Harness.Kiln(null, ["run", App, .. Harness.PlatformArgs(platform), "--", "deadlock"]);
        Assert.True(r.ExitCode == 101, r.ToString());
        Assert.StartsWith("panic: deadlock: every thread is blocked", r.Stdout);
    }

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void StackOverflowInAThread_IsReportedByFunction(string platform)
    {
        var r = Harness.Kiln(null, ["run", App, .. Harness.PlatformArgs(platform), "--", "overflow"]);
        Assert.True(r.ExitCode == 101, r.ToString());
        string[] lines = r.Stdout.Split('\n');
        Assert.StartsWith("panic: stack overflow in Program.Recurse (page fault at 0x", lines[0]);
        Assert.StartsWith("  at Program.Recurse+0x", lines[1]);
    }

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void ImageEnds_AfterForegroundThreads_NotBackgroundOnes(string platform)
    {
        var r = Harness.Kiln(null, ["run", App, .. Harness.PlatformArgs(platform), "--", "foreground"]);
        Assert.True(r.ExitCode == 3, r.ToString());
        Assert.Equal("main returns\nforeground thread done\n", r.Stdout);
    }
}
