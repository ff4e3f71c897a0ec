namespace Kiln.Tests;

// tests/conformance/numbers: ordinary programs that compute, format and parse numbers and text (loan table,
// unit converter, statistics, decimal invoice, CSV import, hex dump, geometry, custom formats, Base64, string
// members), compared byte for byte with the same Program.cs on .NET 10.
[Collection("e2e")]
public sealed class NumbersTests
{
    private static readonly Lazy<string> s_dotnetOutput = new(() => Harness.RunOnDotnet("tests/conformance/numbers"));

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void Numbers_PrintExactlyWhatDotnetPrints(string platform)
    {
        var r = Harness.Kiln(null, ["run", "tests/conformance/numbers", .. Harness.PlatformArgs(platform)]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("== Text tools", r.Stdout);
        Assert.Equal(s_dotnetOutput.Value, r.Stdout);
    }
}
