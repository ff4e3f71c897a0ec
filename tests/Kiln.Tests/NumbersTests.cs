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
        Harness.AssertPrintsWhatDotnetPrints(s_dotnetOutput.Value, "== Text tools", "tests/conformance/numbers", platform);
    }
}
