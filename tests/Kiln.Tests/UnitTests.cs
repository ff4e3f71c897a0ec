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
        Assert.Equal(new SymbolTable.Symbol(0x401000, "Kiln.Log.Info", SymbolTable.FlagSignature, "(String message)"), symbols[0]);
        Assert.Equal(SymbolTable.FlagRuntime | SymbolTable.FlagHidden, symbols[1].Flags); // not in the metadata given
        Assert.Equal(new SymbolTable.Symbol(0x404000, "Kiln.Log", SymbolTable.FlagType), symbols[2]);
    }

    // The metadata of this very assembly: StackTraceFixture below, as ilc names its methods.
    private static SymbolTable.Symbol Frame(string mangled, string app = "Kiln.Tests") =>
        Assert.Single(new SymbolTable([typeof(SymbolTableTests).Assembly.Location], app).FromNm($"0000000000401000 T {mangled}\n"));

    [Theory]
    [InlineData("Kiln_Tests_Kiln_Tests_StackTraceFixture__Overload", "(Int32 a)")]
    [InlineData("Kiln_Tests_Kiln_Tests_StackTraceFixture__Overload_0", "(String s, Int32[] b)")]
    [InlineData("Kiln_Tests_Kiln_Tests_StackTraceFixture__Other", "()")]
    [InlineData("Kiln_Tests_Kiln_Tests_StackTraceFixture__Overload_1", "()")]
    [InlineData("Kiln_Tests_Kiln_Tests_StackTraceFixture__Generic<Int32>", "[T,U](T item, Int32& count, List`1 list)")]
    public void FromNm_OverloadsAndGenerics_GetDotnetsParameterLists(string mangled, string signature)
    {
        SymbolTable.Symbol s = Frame(mangled);
        Assert.Equal(SymbolTable.FlagSignature, s.Flags);
        Assert.Equal(signature, s.Signature);
        Assert.StartsWith("Kiln.Tests.StackTraceFixture.", s.Name);
    }

    [Fact]
    public void FromNm_NestedGenericType_IsNamedAsDotnetStackTraces()
    {
        SymbolTable.Symbol s = Frame("Kiln_Tests_Kiln_Tests_StackTraceFixture_Box_1<String>__Open");
        Assert.Equal("Kiln.Tests.StackTraceFixture.Box`1.Open", s.Name);
        Assert.Equal("(T value, Nullable`1 key)", s.Signature);
    }

    [Theory]
    [InlineData("Kiln_Tests_Kiln_Tests_StackTraceFixture__Hidden", "Kiln.Tests")]             // [StackTraceHidden]
    [InlineData("Kiln_Tests_Kiln_Tests_InternalFixture__Work", "someapp")]                    // a guest lib's internal type
    [InlineData("Kiln_Tests_Kiln_Tests_StackTraceFixture__ThrowSomething", "someapp")]        // a guest lib's throw helper
    public void FromNm_HiddenFrames_HaveNoSignature(string mangled, string app)
    {
        SymbolTable.Symbol s = Frame(mangled, app);
        Assert.Equal(SymbolTable.FlagHidden, s.Flags & (SymbolTable.FlagHidden | SymbolTable.FlagSignature));
        Assert.Null(s.Signature);
    }

    [Fact]
    public void Serialize_SignatureFollowsTheName()
    {
        byte[] blob = SymbolTable.Serialize([new(0x1000, "P.M", SymbolTable.FlagSignature, "(Int32 x)")]);
        uint strings = BitConverter.ToUInt32(blob, 8);
        Assert.Equal("P.M\0(Int32 x)\0", System.Text.Encoding.UTF8.GetString(blob, (int)strings, blob.Length - (int)strings));
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
    private static byte[] Record(string text) => System.Text.Encoding.ASCII.GetBytes(text);

    // wait is a waitpid status: an exit code c is c << 8, a death by signal s is s.
    [Theory]
    [InlineData(1 << 8, "exit 0\n", "", 0)]
    [InlineData(7 << 8, "exit 3\n", "", 3)]
    [InlineData(145 << 8, "exit 200\n", "", 200)]
    [InlineData(255 << 8, "exit 255\n", "", 255)]
    [InlineData(1 << 8, "exit 128\n", "", 128)]
    [InlineData(203 << 8, "panic\n", "", 101)]
    [InlineData(203 << 8, "exit 101\n", "", 101)]
    [InlineData(7 << 8, "", "", 3)]                     // no record: the 7 bits of isa-debug-exit
    [InlineData(1 << 8, "exit 0\n", "qemu-system-x86_64: warning: host doesn't support requested feature\n", 0)]
    [InlineData(0, "", "", QemuRunner.VmFailedStatus)]
    [InlineData(1 << 8, "", "qemu-system-x86_64: -kernel nope: could not load kernel\n", QemuRunner.VmFailedStatus)]
    [InlineData(9, "", "", 128 + 9)]                   // QEMU killed by SIGKILL
    public void Status_MapsQemuEndAndStatusRecordToAppStatus(int wait, string record, string stderr, int expected) =>
        Assert.Equal(expected, QemuRunner.Status(wait, Record(record), stderr, "app", "tcg"));

    [Fact]
    public void Arguments_CommandLineIsNameParametersDashDashEncodedArgs()
    {
        var options = new RunOptions
        {
            AppArgs = ["a", "b c", "say \"hi\"", ""], Memory = "8M", KernelArgs = ["alloc.trace"],
            Env = new Dictionary<string, string> { ["GREETING"] = "hi there" },
        };
        var args = QemuRunner.Arguments("/img", "app", "tcg", options);
        int append = args.ToList().IndexOf("-append");
        Assert.Equal("app alloc.trace env.GREETING=hi\\x20there -- a b\\x20c say\\x20\\x22hi\\x22 \"\"", args[append + 1]);
        Assert.Contains("isa-debug-exit,iobase=0xf4,iosize=0x04", args);
        Assert.Equal("8M", args[args.ToList().IndexOf("-m") + 1]);
        Assert.Equal("max", args[args.ToList().IndexOf("-cpu") + 1]);
    }

    // The host writes the line and the guest reads it with the same file (guest/abi/CommandLine.cs): every byte
    // string, however odd, comes back as it went.
    [Fact]
    public void CommandLine_EveryWordComesBackByteForByte()
    {
        var random = new Random(7);
        var words = new List<byte[]> { Array.Empty<byte>(), "a'b\"c"u8.ToArray(), " lead"u8.ToArray(), "\\x41"u8.ToArray(), "\\"u8.ToArray(), "--"u8.ToArray() };
        for (int i = 0; i < 300; i++)
        {
            var w = new byte[random.Next(0, 40)];
            for (int k = 0; k < w.Length; k++) w[k] = (byte)random.Next(1, 256);
            words.Add(w);
        }
        var line = new List<byte>();
        foreach (byte[] w in words)
        {
            var encoded = new byte[Kiln.Abi.CommandLine.EncodedLength(w)];
            Kiln.Abi.CommandLine.Encode(w, encoded);
            Assert.All(encoded, b => Assert.InRange(b, (byte)0x21, (byte)0x7E));
            if (line.Count > 0) line.Add((byte)' ');
            line.AddRange(encoded);
        }
        byte[] text = line.ToArray();
        var word = new byte[text.Length];
        int at = 0, n;
        var back = new List<byte[]>();
        while ((n = Kiln.Abi.CommandLine.NextWord(text, ref at, word)) >= 0) back.Add(word.AsSpan(0, n).ToArray());
        Assert.Equal(words, back);
    }

    [Theory]
    [InlineData("one two", new[] { "one", "two" })]
    [InlineData("  'a b' \"c d\"  e\\ f", new[] { "a b", "c d", "e f" })]
    [InlineData("x\\x4", new[] { "xx4" })]
    [InlineData("", new string[0])]
    public void CommandLine_ReadsLinesWrittenByHand(string line, string[] expected)
    {
        byte[] text = System.Text.Encoding.ASCII.GetBytes(line);
        var word = new byte[text.Length];
        int at = 0, n;
        var back = new List<string>();
        while ((n = Kiln.Abi.CommandLine.NextWord(text, ref at, word)) >= 0) back.Add(System.Text.Encoding.ASCII.GetString(word, 0, n));
        Assert.Equal(expected, back);
    }

    [Fact]
    public void ExitChannel_RecordsEveryStatusAndPanics()
    {
        var record = new byte[Kiln.Abi.ExitChannel.MaxRecord];
        for (int status = -300; status < 600; status++)
        {
            int n = Kiln.Abi.ExitChannel.ExitRecord(status, record);
            Assert.True(Kiln.Abi.ExitChannel.TryParse(record.AsSpan(0, n), out int back, out bool panicked));
            Assert.Equal(status & 0xFF, back);
            Assert.False(panicked);
        }
        int p = Kiln.Abi.ExitChannel.PanicRecord(record);
        Assert.True(Kiln.Abi.ExitChannel.TryParse(record.AsSpan(0, p), out int status101, out bool isPanic));
        Assert.True(isPanic);
        Assert.Equal(101, status101);
        Assert.False(Kiln.Abi.ExitChannel.TryParse("exit 999\n"u8, out _, out _));
        Assert.False(Kiln.Abi.ExitChannel.TryParse("exit 12"u8, out _, out _));
        Assert.False(Kiln.Abi.ExitChannel.TryParse(""u8, out _, out _));
    }

    [Theory]
    [InlineData("64M", "64M")]
    [InlineData("1g", "1G")]
    [InlineData("8388608", "8388608")]
    [InlineData("1024G", "1024G")]
    public void ValidateMemory_AcceptsSizes(string input, string expected) => Assert.Equal(expected, RunOptions.ValidateMemory(input));

    [Theory]
    [InlineData("lots")]
    [InlineData("1M")]
    [InlineData("-5M")]
    [InlineData("99999999999999999999G")]   // beyond ulong
    [InlineData("17179869184G")]            // 2^64 bytes: wraps to 0 when shifted
    [InlineData("17179869185G")]            // wraps to 1 GiB
    [InlineData("1025G")]
    public void ValidateMemory_RejectsBadTinyOrHugeSizes(string input) =>
        Assert.Equal(2, Assert.Throws<KilnException>(() => RunOptions.ValidateMemory(input)).ExitCode);

    [Fact]
    public void Manifest_OfAFileThatIsNoImage_IsAKilnError()
    {
        string path = Path.Combine(Path.GetTempPath(), $"kiln-elf-{Guid.NewGuid():N}");
        File.WriteAllBytes(path, [1, 2, 3]);
        Assert.Throws<KilnException>(() => ImageInfo.Manifest(path));
        byte[] header = new byte[64];
        header[0] = 0x7F; header[1] = (byte)'E'; header[2] = (byte)'L'; header[3] = (byte)'F'; header[4] = 2;
        File.WriteAllBytes(path, header);
        Assert.Throws<KilnException>(() => ImageInfo.Manifest(path));
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

public sealed class ElfFileTests
{
    private static string WriteFile(byte[] content)
    {
        string path = Harness.WriteTemp("image", "");
        File.WriteAllBytes(path, content);
        return path;
    }

    private static void AssertKilnError(byte[] content, string problem)
    {
        string path = WriteFile(content);
        var e = Assert.Throws<KilnException>(() => ElfFile.Read(path));
        Assert.Contains($"'{path}' {problem}", e.Message);
        Assert.NotNull(e.Fix);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an image, but longer than an ELF header: 64 bytes and then some more text\n")]
    public void Read_NotElf_IsAKilnErrorNamingTheFile(string text) =>
        AssertKilnError(System.Text.Encoding.ASCII.GetBytes(text), "is not an ELF64 image");

    [Fact]
    public void Read_Elf32_IsNotAnElf64Image()
    {
        byte[] elf = File.ReadAllBytes("/bin/true");
        elf[4] = 1; // ELFCLASS32
        AssertKilnError(elf, "is not an ELF64 image");
    }

    [Theory]
    [InlineData(64)]
    [InlineData(4096)]
    public void Read_Truncated_IsAKilnErrorNamingTheFile(int length) =>
        AssertKilnError(File.ReadAllBytes("/bin/true")[..length], "is truncated or damaged");

    [Fact]
    public void Read_ProgramHeadersPastTheEnd_IsDamaged()
    {
        byte[] elf = File.ReadAllBytes("/bin/true");
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(elf.AsSpan(0x20), ulong.MaxValue - 8); // e_phoff
        AssertKilnError(elf, "is truncated or damaged: its program headers");
    }

    [Fact]
    public void Read_HeaderOnly_HasNoSectionsOrSegments()
    {
        byte[] header = new byte[64];
        "\u007FELF"u8.CopyTo(header);
        header[4] = 2; header[5] = 1;
        ElfFile elf = ElfFile.Read(WriteFile(header));
        Assert.Empty(elf.Sections);
        Assert.Empty(elf.Segments);
        Assert.Null(elf.ReadSection(".kiln_manifest"));
    }
}

// Methods whose symbols the SymbolTable tests resolve. Order matters: ilc names a type's methods in metadata order.
public sealed class StackTraceFixture
{
    public void Overload(int a) { }
    public void Overload(string s, int[] b) { }
    public void Other() { }
    public void Overload() { }
    public static void Generic<T, U>(T item, ref int count, List<int> list) { }
    [System.Diagnostics.StackTraceHidden] public void Hidden() { }
    public static void ThrowSomething() { }

    public sealed class Box<T>
    {
        public T Open(T value, int? key) => value;
    }
}

internal static class InternalFixture
{
    public static void Work() { }
}
