using Kiln.Build;
using Kiln.Config;
using Kiln.Project;
using Kiln.Run;

namespace Kiln.Tests;

public sealed class AppConfigTests
{
    private static string Write(string yaml) => Harness.WriteTemp("kiln.yaml", yaml);

    [Fact]
    public void Load_NameAndTargets_InOrder()
    {
        var c = AppConfig.Load(Write("name: app\ntargets:\n  - plat: linuxu\n    arch: x86_64\n  - {plat: kvm, arch: x86_64}\n"));
        Assert.Equal("app", c.Name);
        Assert.Equal([new Target("linuxu", "x86_64"), new Target("kvm", "x86_64")], c.Targets);
    }

    [Fact]
    public void Load_NoTargets_DefaultsToKvm()
    {
        var c = AppConfig.Load(Write("name: app\n"));
        Assert.Equal([new Target("kvm", "x86_64")], c.Targets);
    }

    [Theory]
    [InlineData("name: app\ncolour: blue\n", ":2: unknown key 'colour'")]
    [InlineData("name: app\ntargets:\n  - plat: xen\n", ":3: unknown plat 'xen'")]
    [InlineData("name: app\ntargets:\n  - arch: riscv64\n", ":3: unknown arch 'riscv64'")]
    [InlineData("name: 9lives\n", ":1: name '9lives' must be")]
    [InlineData("targets: []\n", "missing 'name'")]
    [InlineData("name: [unclosed\n", ":2:")]
    public void Load_BadInput_NamesFileLineAndProblem(string yaml, string expected)
    {
        string path = Write(yaml);
        var e = Assert.Throws<KilnException>(() => AppConfig.Load(path));
        Assert.Contains(path, e.Message);
        Assert.Contains(expected, e.Message);
        Assert.NotNull(e.Fix);
    }

    [Theory]
    [InlineData("name: a\n---\nname: b\n", ":2: a second YAML document")]
    [InlineData("name: a\n...\nname: b\n", ":3: a second YAML document")]
    [InlineData("name: &n a\nargs: [*n]\n", ":1: YAML anchors and aliases")]
    [InlineData("? [a]\n: b\n", ":1: a key must be a plain name")]
    [InlineData("name: a\ntargets:\n  - {[plat]: kvm}\n", ":3: a key must be a plain name")]
    [InlineData("name: a\nname: b\n", ":2: Duplicate key")]
    public void Parse_TextYamlDotNetWouldMisread_IsRefusedWithFileLine(string yaml, string expected)
    {
        var e = Assert.Throws<KilnException>(() => AppConfig.Parse(yaml, "app/kiln.yaml"));
        Assert.StartsWith("app/kiln.yaml:", e.Message);
        Assert.Contains(expected, e.Message);
        Assert.NotNull(e.Fix);
    }

    [Fact]
    public void Parse_NestingDeeperThanTheBound_IsRefusedAtItsLine()
    {
        // The top-level mapping is the first level.
        var deepest = Assert.Throws<KilnException>(() => AppConfig.Parse($"name: a\nargs: {new string('[', Yaml.MaxDepth - 1)}{new string(']', Yaml.MaxDepth - 1)}\n", "k"));
        Assert.Equal("k:2: 'args' must be a plain value", deepest.Message);
        var e = Assert.Throws<KilnException>(() => AppConfig.Parse($"name: a\n\nargs: {new string('[', 100_000)}", "k"));
        Assert.Equal($"k:3: nested deeper than {Yaml.MaxDepth} levels", e.Message);
    }
}

public sealed class SymbolTableTests
{
    private static SymbolTable Table() => new([typeof(SymbolTable).Assembly.Location], "kiln");

    [Theory]
    [InlineData("kiln_Kiln_Build_SymbolTable__Serialize", "Kiln.Build.SymbolTable.Serialize")]
    [InlineData("kiln_Kiln_Build_SymbolTable_Symbol__get_Name", "Kiln.Build.SymbolTable+Symbol.get_Name")]
    [InlineData("RhpThrowEx", "RhpThrowEx")]
    public void PrettyFunction_UsesCSharpNames(string mangled, string expected) =>
        Assert.Equal(expected, Table().PrettyFunction(mangled));

    [Theory]
    [InlineData("kiln_Kiln_Log", "Kiln.Log")]
    [InlineData("__Array<Char>", "System.Char[]")]
    [InlineData("__Array<kiln_Kiln_Log>", "Kiln.Log[]")]
    [InlineData("Boxed_Int32", "System.Int32")]
    [InlineData("Int64", "System.Int64")]
    public void PrettyType_UsesCSharpNames(string mangled, string expected) =>
        Assert.Equal(expected, Table().PrettyType(mangled));

    [Fact]
    public void FromNm_KeepsFunctionsAndTypes_FlagsRuntimeCode()
    {
        string nm = "0000000000401000 T kiln_Kiln_Log__Info\n0000000000402000 T Kiln_Runtime_System_String__Concat\n" +
                    "0000000000403000 r _lsda0kiln_Kiln_Log__Info\n0000000000404000 D _ZTV14kiln_Kiln_Log\n0000000000405000 b bss_thing\n";
        var symbols = Table().FromNm(nm);
        Assert.Equal(3, symbols.Count);
        Assert.Equal(new SymbolTable.Symbol(0x401000, "Kiln.Log.Info", 0), symbols[0]);
        Assert.Equal(SymbolTable.FlagRuntime, symbols[1].Flags);
        Assert.Equal(new SymbolTable.Symbol(0x404000, "Kiln.Log", SymbolTable.FlagType), symbols[2]);
    }

    [Fact]
    public void Serialize_HeaderEntriesAndStrings()
    {
        byte[] blob = SymbolTable.Serialize([new(0x1000, "A.B", 1), new(0x2000, "C", 2)]);
        Assert.Equal(SymbolTable.Magic, BitConverter.ToUInt32(blob, 0));
        Assert.Equal(2u, BitConverter.ToUInt32(blob, 4));
        uint strings = BitConverter.ToUInt32(blob, 8);
        Assert.Equal(16u + 32u, strings);
        Assert.Equal(0x2000ul, BitConverter.ToUInt64(blob, 32));
        uint nameOffset = BitConverter.ToUInt32(blob, 40);
        Assert.Equal((byte)'C', blob[strings + nameOffset]);
        Assert.Equal(2u, BitConverter.ToUInt32(blob, 44));
    }
}

public sealed class RunnerTests
{
    [Theory]
    [InlineData(1, "", 0)]
    [InlineData(7, "", 3)]
    [InlineData(203, "", 101)]
    [InlineData(255, "", 127)]
    [InlineData(1, "qemu-system-x86_64: warning: host doesn't support requested feature\n", 0)]
    [InlineData(0, "", QemuRunner.VmFailedStatus)]
    [InlineData(1, "qemu-system-x86_64: -kernel nope: could not load kernel\n", QemuRunner.VmFailedStatus)]
    public void Status_MapsQemuExitToAppStatus(int qemuExit, string stderr, int expected) =>
        Assert.Equal(expected, QemuRunner.Status(qemuExit, stderr));

    [Fact]
    public void Arguments_CommandLineIsNameParametersDashDashQuotedArgs()
    {
        var options = new RunOptions
        {
            AppArgs = ["a", "b c", "say \"hi\""], Memory = "8M", KernelArgs = ["alloc.trace"],
            Env = new Dictionary<string, string> { ["GREETING"] = "hi there" },
        };
        var args = QemuRunner.Arguments("/img", "app", "tcg", options);
        int append = args.ToList().IndexOf("-append");
        Assert.Equal("app alloc.trace \"env.GREETING=hi there\" -- a \"b c\" 'say \"hi\"'", args[append + 1]);
        Assert.Contains("isa-debug-exit,iobase=0xf4,iosize=0x04", args);
        Assert.Equal("8M", args[args.ToList().IndexOf("-m") + 1]);
        Assert.Equal("max", args[args.ToList().IndexOf("-cpu") + 1]);
    }

    [Theory]
    [InlineData("64M", "64M")]
    [InlineData("1g", "1G")]
    [InlineData("8388608", "8388608")]
    public void ValidateMemory_AcceptsSizes(string input, string expected) => Assert.Equal(expected, RunOptions.ValidateMemory(input));

    [Theory]
    [InlineData("lots")]
    [InlineData("1M")]
    [InlineData("-5M")]
    public void ValidateMemory_RejectsBadOrTinySizes(string input) =>
        Assert.Equal(2, Assert.Throws<KilnException>(() => RunOptions.ValidateMemory(input)).ExitCode);

    [Fact]
    public void PlatformOf_TellsImagesApartByEntryPoint()
    {
        string path = Path.Combine(Path.GetTempPath(), $"kiln-elf-{Guid.NewGuid():N}");
        byte[] header = new byte[64];
        header[0] = 0x7F; header[1] = (byte)'E'; header[2] = (byte)'L'; header[3] = (byte)'F';
        BitConverter.GetBytes(0x100000UL).CopyTo(header, 24);
        File.WriteAllBytes(path, header);
        Assert.Equal("kvm", ImageInfo.PlatformOf(path));
        BitConverter.GetBytes(0x401000UL).CopyTo(header, 24);
        File.WriteAllBytes(path, header);
        Assert.Equal("linuxu", ImageInfo.PlatformOf(path));
        File.WriteAllBytes(path, [1, 2, 3]);
        Assert.Throws<KilnException>(() => ImageInfo.PlatformOf(path));
    }
}

[Collection("e2e")]
public sealed class KvmProbeTests
{
    // The probe guest itself must be sound, or --accel auto would never pick KVM: check it where it can run.
    [Fact]
    public void ProbeGuest_ReportsSuccess_UnderTcg()
    {
        Environment.SetEnvironmentVariable("KILN_ROOT", Harness.RepoRoot);
        var (ok, why) = KvmProbe.RunProbe("tcg");
        Assert.True(ok, why);
    }
}
