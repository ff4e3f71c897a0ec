using System.Text.RegularExpressions;

namespace Kiln.Tests;

/// <summary>
/// The guest/platform ABI is declared once, in guest/runtime/Kiln/Platform.cs: every platform exports exactly what
/// it imports, so a missing export fails here rather than at ld in the first image that happens to call it.
/// </summary>
[Collection("e2e")]
public sealed class PlatformAbiTests
{
    private static readonly string s_contract = Path.Combine(Harness.RepoRoot, "guest", "runtime", "Kiln", "Platform.cs");

    private static SortedSet<string> Imports(string source) =>
        new(Regex.Matches(source, "RuntimeImport\\(\"\\*\", \"(kiln_plat_\\w+)\"\\)").Select(m => m.Groups[1].Value), StringComparer.Ordinal);

    private static SortedSet<string> Contract() => Imports(File.ReadAllText(s_contract));

    [Fact]
    public void Contract_IsTheOnlyPlaceThatImportsPlatformCalls()
    {
        Assert.NotEmpty(Contract());
        var elsewhere = Directory.EnumerateFiles(Path.Combine(Harness.RepoRoot, "guest"), "*.cs", SearchOption.AllDirectories)
            .Where(f => f != s_contract && !f.Contains("/obj/") && Imports(File.ReadAllText(f)).Count > 0)
            .Select(f => Path.GetRelativePath(Harness.RepoRoot, f));
        Assert.Empty(elsewhere);
    }

    [Fact]
    public void Docs_ListExactlyTheContractsCalls()
    {
        string doc = File.ReadAllText(Path.Combine(Harness.RepoRoot, "docs", "platform.md"));
        var listed = new SortedSet<string>(Regex.Matches(doc, "^\\| `[^`]*\\b(kiln_plat_\\w+)\\(", RegexOptions.Multiline).Select(m => m.Groups[1].Value), StringComparer.Ordinal);
        Assert.Equal(Contract(), listed);
    }

    [Theory]
    [InlineData("linuxu")]
    [InlineData("kvm")]
    public void Platform_ExportsExactlyTheContractsCalls(string platform)
    {
        var build = Harness.Kiln(null, "build", "examples/hello", "--plat", platform);
        Assert.True(build.ExitCode == 0, build.ToString());
        string linked = Path.Combine(Harness.Examples, "hello", ".kiln", "build", $"{platform}-x86_64", "hello.dbg");
        var nm = Harness.Run("nm", ["--defined-only", linked]);
        Assert.True(nm.ExitCode == 0, nm.ToString());
        var exported = new SortedSet<string>(nm.Stdout.Split('\n').Select(l => l.Split(' ')[^1]).Where(s => s.StartsWith("kiln_plat_")), StringComparer.Ordinal);
        Assert.Equal(Contract(), exported);
    }
    // What ilc's stack-cookie checks compare against: seeded by each platform's entry code (docs/runtime.md).
    private const string ReadsTheCookie = """
        using System;
        using System.Runtime;
        using System.Runtime.CompilerServices;

        static unsafe class Program
        {
            [RuntimeImport("*", "__security_cookie")]
            [MethodImpl(MethodImplOptions.InternalCall)]
            static extern void Cookie();

            static int Main()
            {
                Console.WriteLine(((ulong*)(delegate*<void>)&Cookie)[0].ToString("X"));
                return 0;
            }
        }
        """;

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void SecurityCookie_DiffersFromBootToBoot(string platform)
    {
        string dir = Harness.NewApp("cookie", "", ReadsTheCookie);
        string[] cookies = new string[2];
        for (int i = 0; i < cookies.Length; i++)
        {
            var r = Harness.Kiln(null, ["run", dir, .. Harness.PlatformArgs(platform)]);
            Assert.True(r.ExitCode == 0, r.ToString());
            cookies[i] = r.Stdout.Trim();
            Assert.NotEqual("2B992DDFA232", cookies[i]); // the value runtime.S links in
        }
        Assert.NotEqual(cookies[0], cookies[1]);
    }
}
