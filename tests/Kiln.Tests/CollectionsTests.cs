namespace Kiln.Tests;

// tests/conformance/collections: ordinary programs over LINQ, collections, tuples, iterators and events.
[Collection("e2e")]
public sealed class CollectionsTests
{
    private static readonly Lazy<string> s_dotnetOutput = new(() => Harness.RunOnDotnet("tests/conformance/collections"));

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void Collections_PrintsExactlyWhatDotnetPrints(string platform)
    {
        var r = Harness.Kiln(null, ["run", "tests/conformance/collections", .. Harness.PlatformArgs(platform)]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("== odds and ends", r.Stdout);
        Assert.Equal(s_dotnetOutput.Value, r.Stdout);
    }
}
