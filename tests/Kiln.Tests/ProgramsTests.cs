namespace Kiln.Tests;

// tests/conformance/programs: ordinary console programs (one per file) written without looking at what Kiln supports.
[Collection("e2e")]
public sealed class ProgramsTests
{
    private static readonly Lazy<string> s_dotnetOutput = new(() => Harness.RunAllSourcesOnDotnet("tests/conformance/programs"));

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void Programs_PrintExactlyWhatDotnetPrints(string platform)
    {
        var r = Harness.Kiln(null, ["run", "tests/conformance/programs", .. Harness.PlatformArgs(platform)]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("== WordWrap", r.Stdout);
        Assert.Equal(s_dotnetOutput.Value, r.Stdout);
    }
}
