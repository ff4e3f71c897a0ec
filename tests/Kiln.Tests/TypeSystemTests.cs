namespace Kiln.Tests;

// tests/conformance/typesystem: ordinary programs over multi-dimensional arrays, nullable boxing and array covariance.
[Collection("e2e")]
public sealed class TypeSystemTests
{
    private static readonly Lazy<string> s_dotnetOutput = new(() => Harness.RunOnDotnet("tests/conformance/typesystem"));

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void TypeSystem_PrintsExactlyWhatDotnetPrints(string platform)
    {
        Harness.AssertPrintsWhatDotnetPrints(s_dotnetOutput.Value, "== covariance", "tests/conformance/typesystem", platform);
    }
}
