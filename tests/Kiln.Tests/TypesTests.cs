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
        Harness.AssertPrintsWhatDotnetPrints(s_dotnetOutput.Value, "== permissions", "tests/conformance/types", platform);
    }
}
