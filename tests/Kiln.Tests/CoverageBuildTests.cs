namespace Kiln.Tests;

/// <summary>Build-time truth: an app using what Kiln's runtime lacks gets one line per use, naming the API and place.</summary>
[Collection("e2e")]
public sealed class CoverageBuildTests
{
    private const string UsesMissingApis = """
        using System;
        using System.IO;
        using System.Net.Http;

        static class Program
        {
            static int Main()
            {
                var client = new HttpClient();
                string text = File.ReadAllText("/etc/hostname");
                var methods = typeof(Program).GetMethods();
                Console.WriteLine(text.Length + methods.Length);
                Console.WriteLine(new Item("bolt", 3));
                return client == null ? 1 : 0;
            }
        }

        // Its compiler-written ToString calls RuntimeHelpers.EnsureSufficientExecutionStack on .NET only: not a use.
        record Item(string Name, int Count);
        """;

    [Fact]
    public void Build_AppUsesApisKilnLacks_OneLinePerUseWithFileAndLine()
    {
        string dir = Harness.NewApp("missing-apis", "", UsesMissingApis);
        var r = Harness.Kiln(null, "build", dir, "--plat", "linuxu");
        Assert.NotEqual(0, r.ExitCode);
        string[] lines = r.Stderr.Split('\n');
        string[] expected =
        [
            "Program.cs:9: not supported on Kiln: System.Net.Http.HttpClient",
            "Program.cs:10: not supported on Kiln: System.IO.File.ReadAllText(...)",
            "Program.cs:11: not supported on Kiln: System.Type.GetMethods(...)",
        ];
        Assert.Equal(expected, lines.Where(l => l.Contains("not supported on Kiln")).ToArray());
        Assert.Contains(lines, l => l.TrimStart().StartsWith("fix: ") && l.Contains("docs/runtime.md"));
        Assert.DoesNotContain("error CS", r.Stderr);
    }

    [Fact]
    public void Build_AppWithRealCompileErrors_KeepsTheCompilersErrors()
    {
        string dir = Harness.NewApp("real-errors", "", "static class Program\n{\n    static int Main() => Undefined();\n}\n");
        var r = Harness.Kiln(null, "build", dir, "--plat", "linuxu");
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("Program.cs(3,26): error CS0103", r.Stderr);
        Assert.DoesNotContain("not supported on Kiln", r.Stderr);
    }
}
