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

    // A visitor with a generic Accept<R>: ilc compiles the interface call into a lookup Kiln's runtime lacks.
    private const string CallsGenericVirtualMethods = """
        using System;

        interface IShape { R Accept<R>(IVisitor<R> visitor); }
        interface IVisitor<R> { R Circle(double radius); R Square(double side); }
        sealed class Circle(double radius) : IShape { public R Accept<R>(IVisitor<R> v) => v.Circle(radius); }
        sealed class Square(double side) : IShape { public R Accept<R>(IVisitor<R> v) => v.Square(side); }
        sealed class Area : IVisitor<double> { public double Circle(double r) => 3 * r * r; public double Square(double s) => s * s; }
        abstract class Printer { public abstract string Print<T>(T value); }
        sealed class Plain : Printer { public override string Print<T>(T value) => value.ToString(); }

        static class Program
        {
            static void Main()
            {
                IShape[] shapes = { new Circle(1), new Square(2) };
                foreach (IShape s in shapes)
                    Console.WriteLine(s.Accept(new Area()));
                Console.WriteLine(new Square(3).Accept(new Area()));
                Printer p = new Plain();
                Console.WriteLine(p.Print(42));
            }
        }
        """;

    [Fact]
    public void Build_AppCallsGenericVirtualMethods_OneLinePerCallThroughDispatch()
    {
        string dir = Harness.NewApp("generic-virtual", "", CallsGenericVirtualMethods);
        var r = Harness.Kiln(null, "build", dir, "--plat", "linuxu");
        Assert.NotEqual(0, r.ExitCode);
        string[] expected =
        [
            "Program.cs:17: not supported on Kiln: generic virtual method IShape.Accept<R>",
            "Program.cs:20: not supported on Kiln: generic virtual method Printer.Print<T>",
        ];
        Assert.Equal(expected, r.Stderr.Split('\n').Where(l => l.Contains("not supported on Kiln")).ToArray());
        Assert.DoesNotContain("TypeLoaderExports", r.Stderr);
    }

    // Every API is there, but Kiln's int[,] is not IEnumerable: the compiler's error, said to be Kiln's gap.
    [Fact]
    public void Build_AppThatCompilesOnlyOnDotnet_ShowsTheErrorAsKilnsGap()
    {
        string dir = Harness.NewApp("kiln-gap", "", "using System;\nusing System.Linq;\n\nstatic class Program\n{\n    static int Main() => new int[2, 2].Cast<int>().Sum();\n}\n");
        var r = Harness.Kiln(null, "build", dir, "--plat", "linuxu");
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("compiles on .NET but not against Kiln's runtime", r.Stderr);
        Assert.Contains("Program.cs(6,", r.Stderr);
        Assert.DoesNotContain("not supported on Kiln", r.Stderr);
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
