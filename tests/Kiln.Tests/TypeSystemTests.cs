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
        var r = Harness.Kiln(null, ["run", "tests/conformance/typesystem", .. Harness.PlatformArgs(platform)]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("== covariance", r.Stdout);
        Assert.Equal(s_dotnetOutput.Value, r.Stdout);
    }
}
