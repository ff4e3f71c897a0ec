using Kiln.Abi;
using System.Text.RegularExpressions;
using Kiln.Build;

namespace Kiln.Tests;

/// <summary>kiln build and kiln inspect: concurrent builds, what counts as an input, and errors instead of crashes.</summary>
[Collection("e2e")]
public sealed class BuildTests
{
    // About 100 MB of garbage: mark-sweep reuses the heap, bump runs out of a 16 MiB one.
    private const string Garbage = """
        using System;
        static class Program
        {
            static byte[] s_last;

            static int Main()
            {
                for (int i = 0; i < 100_000; i++) s_last = new byte[1000];
                Console.WriteLine("survived");
                return 0;
            }
        }
        """;

    private static void Touch(string dir) => File.SetLastWriteTimeUtc(Path.Combine(dir, "Program.cs"), DateTime.UtcNow);

    private static CliResult[] AtOnce(params string[][] commands) =>
        Task.WhenAll(commands.Select(c => Task.Run(() => Harness.Kiln(null, c)))).Result;

    [Fact]
    public void Build_TwoAppsAtOnce_EachImageHasItsOwnAllocator()
    {
        string bump = Harness.NewApp("bump-app", "libs:\n  alloc:\n    allocator: bump\n", Garbage);
        string markSweep = Harness.NewApp("ms-app", "libs:\n  alloc:\n    allocator: mark-sweep\n", Garbage);
        for (int round = 0; round < 3; round++)
        {
            Touch(bump);
            Touch(markSweep);
            foreach (CliResult r in AtOnce(["build", bump, "--plat", "linuxu"], ["build", markSweep, "--plat", "linuxu"]))
                Assert.True(r.ExitCode == 0, $"round {round}: {r}");
            Assert.Contains("allocator=bump", Harness.Kiln(null, "inspect", bump, "--plat", "linuxu").Stdout);
            Assert.Contains("allocator=mark-sweep", Harness.Kiln(null, "inspect", markSweep, "--plat", "linuxu").Stdout);
            var ranBump = Harness.Kiln(null, "run", bump, "--plat", "linuxu", "--mem", "16M");
            Assert.True(ranBump.ExitCode == 101 && ranBump.Stdout.Contains("panic: out of memory"), $"round {round}: {ranBump}");
            var ranMarkSweep = Harness.Kiln(null, "run", markSweep, "--plat", "linuxu", "--mem", "16M");
            Assert.True(ranMarkSweep.ExitCode == 0 && ranMarkSweep.Stdout == "survived\n", $"round {round}: {ranMarkSweep}");
        }
    }

    [Fact]
    public void Build_SameAppTwiceAtOnce_BothSucceedAndTheImageRuns()
    {
        string dir = Harness.NewApp("twice", "");
        foreach (CliResult r in AtOnce(["build", dir, "--plat", "linuxu"], ["build", dir, "--plat", "linuxu"]))
            Assert.True(r.ExitCode == 0, r.ToString());
        var run = Harness.Kiln(null, "run", dir, "--plat", "linuxu");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Hello from Kiln!\n", run.Stdout);
    }

    private const string PrintsExtra = "static class Program\n{\n    static int Main() { System.Console.WriteLine(Extra.Text); return 0; }\n}\n";

    [Fact]
    public void Build_EditedSourceOutsideTheAppDir_Rebuilds()
    {
        string dir = Harness.NewApp("outside", "", PrintsExtra);
        string shared = dir + "-shared";
        Directory.CreateDirectory(shared);
        string extra = Path.Combine(shared, "Extra.cs");
        File.WriteAllText(extra, "static class Extra { public const string Text = \"one\"; }\n");
        string project = Path.Combine(dir, "outside.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", $"  <ItemGroup><Compile Include=\"{extra}\" /></ItemGroup>\n</Project>"));
        var first = Harness.Kiln(null, "run", dir, "--plat", "linuxu");
        Assert.True(first.ExitCode == 0 && first.Stdout == "one\n", first.ToString());

        File.WriteAllText(extra, "static class Extra { public const string Text = \"two\"; }\n");
        var second = Harness.Kiln(null, "run", dir, "--plat", "linuxu");
        Assert.True(second.ExitCode == 0 && second.Stdout == "two\n", second.ToString());
    }

    [Fact]
    public void Build_EditedDirectoryBuildPropsAboveTheApp_Rebuilds()
    {
        string parent = Harness.TempDir("above");
        string dir = Path.Combine(parent, "app");
        Assert.Equal(0, Harness.Kiln(null, "init", dir, "--name", "above").ExitCode);
        File.WriteAllText(Path.Combine(dir, "Program.cs"),
            "static class Program\n{\n#if FLAVOR_B\n    const string Flavor = \"b\";\n#else\n    const string Flavor = \"a\";\n#endif\n" +
            "    static int Main() { System.Console.WriteLine(Flavor); return 0; }\n}\n");
        string props = Path.Combine(parent, "Directory.Build.props");
        File.WriteAllText(props, "<Project><PropertyGroup><DefineConstants>$(DefineConstants);FLAVOR_A</DefineConstants></PropertyGroup></Project>\n");
        var first = Harness.Kiln(null, "run", dir, "--plat", "linuxu");
        Assert.True(first.ExitCode == 0 && first.Stdout == "a\n", first.ToString());

        File.WriteAllText(props, File.ReadAllText(props).Replace("FLAVOR_A", "FLAVOR_B"));
        var second = Harness.Kiln(null, "run", dir, "--plat", "linuxu");
        Assert.True(second.ExitCode == 0 && second.Stdout == "b\n", second.ToString());
    }

    private static void AssertOneLineError(CliResult r, string problem)
    {
        Assert.True(r.ExitCode != 0, r.ToString());
        string[] lines = r.Stderr.TrimEnd('\n').Split('\n');
        Assert.Contains(lines, l => l.StartsWith("kiln: error: ") && l.Contains(problem));
        Assert.StartsWith("  fix: ", lines[^1]);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Build_EmptyDirectoryArgument_NamesProblemAndFix() =>
        AssertOneLineError(Harness.Kiln(null, "build", ""), "empty");

    [Theory]
    [InlineData("empty", 0)]
    [InlineData("text", -1)]
    [InlineData("truncated", 4096)]
    public void Inspect_FileThatIsNoImage_NamesProblemAndFix(string kind, int length)
    {
        byte[] elf = File.ReadAllBytes("/bin/true");
        byte[] content = kind == "text" ? "not an image\n"u8.ToArray() : elf[..length];
        string path = Harness.WriteTemp(kind, "");
        File.WriteAllBytes(path, content);
        AssertOneLineError(Harness.Kiln(null, "inspect", path), kind == "truncated" ? "truncated" : "not an ELF64 image");
    }

    private static readonly Dictionary<uint, string> s_readelfSegmentTypes = new()
    {
        [Elf.SegmentLoad] = "LOAD", [Elf.SegmentNote] = "NOTE", [Elf.SegmentTls] = "TLS", [Elf.SegmentGnuStack] = "GNU_STACK",
    };

    // readelf is the reference: the reader must see every section and segment of a real image as it does.
    [Theory]
    [InlineData("kvm")]
    [InlineData("linuxu")]
    public void ElfFile_OfABuiltImage_ReadsWhatReadelfReads(string plat)
    {
        Assert.Equal(0, Harness.Kiln(null, "build", "examples/hello", "--plat", plat).ExitCode);
        string image = Path.Combine(Harness.Examples, "hello", ".kiln", "build", $"{plat}-x86_64", "hello");
        ElfFile elf = ElfFile.Read(image);
        Assert.Equal(Elf.TypeExec, elf.FileHeader.Type);
        Assert.Equal(Elf.MachineX86_64, elf.FileHeader.Machine);

        static ulong Hex(Group g) => Convert.ToUInt64(g.Value, 16);
        var sections = Harness.Run("readelf", ["-SW", image]).Stdout.Split('\n')
            .Select(l => Regex.Match(l, @"^\s*\[\s*[1-9]\d*\]\s+(\S+)\s+\S+\s+([0-9a-f]+) ([0-9a-f]+) ([0-9a-f]+) "))
            .Where(m => m.Success).Select(m => (m.Groups[1].Value, Hex(m.Groups[2]), Hex(m.Groups[3]), Hex(m.Groups[4]))).ToList();
        Assert.Equal(Elf.SectionProgbits, elf.Sections.Single(s => s.Name == ".kiln_manifest").Type);
        Assert.True(elf.Sections.Single(s => s.Name == ".bss") is { Type: Elf.SectionNobits, IsLoadedData: false });
        Assert.Equal(sections, elf.Sections.Skip(1).Select(s => (s.Name, s.Address, s.Offset, s.Size)));
        var segments = Harness.Run("readelf", ["-lW", image]).Stdout.Split('\n')
            .Select(l => Regex.Match(l, @"^\s+(\w+)\s+0x([0-9a-f]+) 0x([0-9a-f]+) 0x[0-9a-f]+ 0x([0-9a-f]+) 0x([0-9a-f]+) "))
            .Where(m => m.Success).Select(m => (m.Groups[1].Value, Hex(m.Groups[2]), Hex(m.Groups[3]), Hex(m.Groups[4]), Hex(m.Groups[5]))).ToList();
        Assert.Equal(segments, elf.Segments.Select(s => (s_readelfSegmentTypes.GetValueOrDefault(s.Type, "?"), s.Offset, s.VirtualAddress, s.FileSize, s.MemorySize)));
        Assert.Contains(elf.Segments, s => s.Type == Elf.SegmentTls);
        Assert.Equal(plat == "kvm", elf.Segments.Any(s => s.Type == Elf.SegmentNote)); // the PVH entry note

        Assert.Equal(SymbolTable.Magic, System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(elf.ReadSection(".kiln_symtab")!));
        Assert.Equal("hello", ImageManifest.FromJson(elf.ReadSection(".kiln_manifest")!).Name);
    }

    [Theory]
    [InlineData("this is not xml", "not valid XML")]
    [InlineData("<Solution />", "not an MSBuild project")]
    public void Build_MalformedProjectFile_NamesProblemAndFix(string content, string problem)
    {
        string dir = Harness.NewApp("malformed", "");
        File.WriteAllText(Path.Combine(dir, "malformed.csproj"), content);
        AssertOneLineError(Harness.Kiln(null, "build", dir, "--plat", "linuxu"), problem);
    }

    [Fact]
    public void Build_BuildFolderCannotBeCreated_NamesProblemAndFix()
    {
        string dir = Harness.NewApp("nokiln", "");
        File.WriteAllText(Path.Combine(dir, ".kiln"), "a file where the build folder goes\n");
        AssertOneLineError(Harness.Kiln(null, "build", dir, "--plat", "linuxu"), "cannot write the build folder");
    }

    // Root ignores mode bits, so as root the app directory is made read-only by a read-only bind mount.
    [Fact]
    public void Build_ReadOnlyAppDir_NamesProblemAndFix()
    {
        string dir = Harness.NewApp("readonly", "");
        bool mounted = Environment.UserName == "root"
            && Harness.Run("mount", ["--bind", dir, dir]).ExitCode == 0
            && Harness.Run("mount", ["-o", "remount,bind,ro", dir]).ExitCode == 0;
        if (!mounted) File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        try
        {
            Assert.False(Environment.UserName == "root" && !mounted, "as root, this test needs mount (CAP_SYS_ADMIN) for a read-only app directory");
            AssertOneLineError(Harness.Kiln(null, "build", dir, "--plat", "linuxu"), "cannot write the build folder");
        }
        finally
        {
            if (mounted) Harness.Run("umount", [dir]);
        }
    }

    [Fact]
    public void Build_AppDirWithSemicolon_Builds()
    {
        string dir = Harness.TempDir("semi") + ";x";
        Assert.Equal(0, Harness.Kiln(null, "init", dir, "--name", "semi").ExitCode);
        var r = Harness.Kiln(null, "run", dir, "--plat", "linuxu");
        Assert.True(r.ExitCode == 0 && r.Stdout == "Hello from Kiln!\n", r.ToString());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("%41")]
    public void Build_AppDirMSBuildCannotTake_IsRefusedNamingTheCharacter(string tail)
    {
        string dir = Harness.TempDir("odd") + tail;
        Assert.Equal(0, Harness.Kiln(null, "init", dir, "--name", "odd").ExitCode);
        AssertOneLineError(Harness.Kiln(null, "build", dir, "--plat", "linuxu"), $"holds '{tail[0]}'");
    }
    // The runtime's Kiln.* classes are internal, open to the guest libs and platforms only.
    [Theory]
    [InlineData("Kiln.Runtime.Preemption.Preempt();", "Preemption")]
    [InlineData("Kiln.Runtime.Startup.MainReturned = null;", "Startup")]
    [InlineData("Kiln.Runtime.Panic.Fatal(\"app\");", "Panic")]
    public void Build_AppUsesRuntimeInternals_FailsNamingThem(string statement, string type)
    {
        string dir = Harness.NewApp("internals", "", $"static unsafe class Program\n{{\n    static int Main() {{ {statement} return 0; }}\n}}\n");
        var r = Harness.Kiln(null, "build", dir, "--plat", "linuxu");
        Assert.True(r.ExitCode != 0, r.ToString());
        Assert.Contains("kiln: error: internals does not compile:", r.Stderr);
        Assert.Contains($"error CS0122: '{type}' is inaccessible due to its protection level", r.Stderr);
    }

    [Fact]
    public void Build_AppNamedLikeAGuestAssembly_IsRefused()
    {
        string dir = Harness.NewApp("impostor", "");
        string project = Path.Combine(dir, "impostor.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<AssemblyName>impostor</AssemblyName>", "<AssemblyName>Kiln.Lib.Sched</AssemblyName>"));
        AssertOneLineError(Harness.Kiln(null, "build", dir, "--plat", "linuxu"), "which is the assembly of lib sched");
    }
}
