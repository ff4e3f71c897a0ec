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
        Harness.AssertPrintsWhatDotnetPrints(s_dotnetOutput.Value, "== odds and ends", "tests/conformance/collections", platform);
    }
}
