namespace Kiln.Tests;

[Collection("e2e")]
public sealed class TimeTests
{
    // The time lib's test app prints formatted dates and "ok" for each live-clock check; .NET must print the same.
    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    [InlineData("q35")]
    public void TimeLibTests_PrintWhatDotnetPrints(string platform)
    {
        string[] build = ["build", "guest/lib/time/tests", .. Harness.PlatformArgs(platform).Where(a => a is "--plat" or "kvm" or "linuxu")];
        Assert.Equal(0, Harness.Kiln(null, build).ExitCode);
        // Both runs get the host's clock at their start, to compare DateTime.UtcNow with: taken after the reference is
        // built, since building takes its own, unbounded time on a loaded machine.
        Harness.BuildOnDotnet("guest/lib/time/tests");
        string expected = Harness.RunOnDotnet("guest/lib/time/tests", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString());
        var r = Harness.Kiln(null, ["run", "guest/lib/time/tests", .. Harness.PlatformArgs(platform), "--", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString()]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("ok Thread.Sleep(100) takes 100 ms or a little more\n", r.Stdout);
        Assert.Equal(expected, r.Stdout);
    }
}

// It builds guest/lib/time/tests, the app TimeTests builds and runs; the e2e collection runs them one at a time.
[Collection("e2e")]
public sealed class ImageCodeTests
{
    // Interrupts on kvm land on the interrupted stack (guest/plat/kvm/cpu.S), which is only safe while no code in
    // the image keeps data below rsp (the System V red zone). ilc's code does not; this keeps it that way.
    [Fact]
    public void KvmImage_HasNoRedZoneAccesses()
    {
        Assert.Equal(0, Harness.Kiln(null, "build", "guest/lib/time/tests", "--plat", "kvm").ExitCode);
        string image = Path.Combine(Harness.RepoRoot, "guest", "lib", "time", "tests", ".kiln", "build", "kvm-x86_64", "time-tests");
        var dis = Harness.Run("objdump", ["-d", "--no-show-raw-insn", image]);
        Assert.Equal(0, dis.ExitCode);
        Assert.Contains("fxsave64", dis.Stdout); // the interrupt entry is in this image
        var below = dis.Stdout.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"-0x[0-9a-f]+\(%rsp\)")).ToList();
        Assert.True(below.Count == 0, string.Join("\n", below.Take(10)));
    }
}
