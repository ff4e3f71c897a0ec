namespace Kiln.Tests;

// tests/conformance/types: ordinary programs over type names and enums (shapes, a state machine, permission flags,
// a log formatter, sorting by enum keys).
[Collection("e2e")]
public sealed class TypesTests
{
    private static readonly Lazy<string> s_dotnetOutput = new(() => Harness.RunOnDotnet("tests/conformance/types"));

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void Types_PrintsExactlyWhatDotnetPrints(string platform)
    {
        var r = Harness.Kiln(null, ["run", "tests/conformance/types", .. Harness.PlatformArgs(platform)]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("== permissions", r.Stdout);
        Assert.Equal(s_dotnetOutput.Value, r.Stdout);
    }
}
