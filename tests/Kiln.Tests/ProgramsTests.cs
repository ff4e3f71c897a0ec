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
        Harness.AssertPrintsWhatDotnetPrints(s_dotnetOutput.Value, "== WordWrap", "tests/conformance/programs", platform);
    }
}
