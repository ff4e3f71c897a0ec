using Kiln.Config;
using Kiln.Project;

namespace Kiln.Tests;

public sealed class DepExprTests
{
    [Theory]
    [InlineData("a", "a")]
    [InlineData("a || b && c", "a || b && c")]
    [InlineData("(a || b) && c", "(a || b) && c")]
    [InlineData("!a && plat:kvm", "!a && plat:kvm")]
    [InlineData("!(a || b)", "!(a || b)")]
    [InlineData(" alloc.debug||x ", "alloc.debug || x")]
    public void Parse_RoundTrips(string text, string expected) => Assert.Equal(expected, DepExpr.Parse(text).ToString());

    [Fact]
    public void Evaluate_AndBindsTighterThanOr()
    {
        var e = DepExpr.Parse("a || b && c");
        Assert.True(e.Evaluate(s => s == "a"));
        Assert.False(e.Evaluate(s => s == "b"));
        Assert.True(e.Evaluate(s => s is "b" or "c"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a ||")]
    [InlineData("(a")]
    [InlineData("a b")]
    public void Parse_Malformed_Throws(string text) => Assert.Throws<FormatException>(() => DepExpr.Parse(text));
}

public sealed class ResolverTests
{
    private static readonly Target Kvm = new("kvm", "x86_64");
    private static readonly Target Xen = new("xen", "x86_64");

    private static LibManifest Lib(string name, bool on = false, string[]? depends = null, string[]? selects = null,
                                   string[]? platforms = null, OptionSpec[]? options = null) =>
        new(name, "1.0.0", name, "", "/guest/" + name, on, depends ?? [], selects ?? [], platforms ?? [], [], options ?? [], [], []);

    private static Selection Select(params (string Lib, bool On)[] libs) =>
        new(libs.ToDictionary(l => l.Lib, l => l.On), new Dictionary<string, IReadOnlyDictionary<string, string>>());

    private static Selection Options(string lib, params (string Name, string Value)[] values) =>
        new(new Dictionary<string, bool>(), new Dictionary<string, IReadOnlyDictionary<string, string>> { [lib] = values.ToDictionary(v => v.Name, v => v.Value) });

    private static string[] Names(Resolution r) => r.Libs.Select(l => l.Name).ToArray();

    [Fact]
    public void Defaults_AreOnOnlyWhereTheTargetIsSupported()
    {
        var r = new Resolver([Lib("runtime", on: true), Lib("plat-kvm", on: true, platforms: ["kvm"]), Lib("plat-linuxu", on: true, platforms: ["linuxu"])]);
        Assert.Equal(["plat-kvm", "runtime"], Names(r.Resolve(Kvm, Selection.Empty)));
    }

    [Fact]
    public void ExplicitChoices_OverrideDefaults()
    {
        var r = new Resolver([Lib("a", on: true), Lib("b")]);
        var res = r.Resolve(Kvm, Select(("a", false), ("b", true)));
        Assert.Equal(["b"], Names(res));
        Assert.Equal("enabled in kiln.yaml", res.Lib("b")!.Reason);
    }

    [Fact]
    public void Selects_AreFollowedTransitively_AndOrderedDependenciesFirst()
    {
        var r = new Resolver([Lib("net", selects: ["sched"]), Lib("sched", selects: ["time"]), Lib("time")]);
        var res = r.Resolve(Kvm, Select(("net", true)));
        Assert.Equal(["time", "sched", "net"], Names(res));
        Assert.Equal("selected by sched", res.Lib("time")!.Reason);
    }

    [Fact]
    public void Output_DoesNotDependOnCatalogOrder()
    {
        LibManifest[] libs = [Lib("c", on: true, depends: ["a"]), Lib("a", on: true), Lib("b", on: true), Lib("d", on: true, selects: ["b"])];
        var one = Names(new Resolver(libs).Resolve(Kvm, Selection.Empty));
        var two = Names(new Resolver(libs.Reverse()).Resolve(Kvm, Selection.Empty));
        Assert.Equal(one, two);
        Assert.Equal(["a", "b", "c", "d"], one);
    }

    [Fact]
    public void SelectedLibUnsupportedOnTarget_ExplainsTheChain()
    {
        var r = new Resolver([Lib("net", selects: ["sched"]), Lib("sched", platforms: ["kvm", "linuxu"])]);
        var e = Assert.Throws<KilnException>(() => r.Resolve(Xen, Select(("net", true))));
        Assert.Equal("net selects sched (net: enabled in kiln.yaml), which needs plat kvm or linuxu; target xen/x86_64 has neither", e.Message);
    }

    [Fact]
    public void UnmetDependency_NamesWhatIsMissingAndWhy()
    {
        var r = new Resolver([Lib("net", depends: ["sched"]), Lib("sched", platforms: ["kvm", "linuxu"])]);
        var e = Assert.Throws<KilnException>(() => r.Resolve(Xen, Select(("net", true))));
        Assert.Contains("net (enabled in kiln.yaml) depends on sched, which does not hold", e.Message);
        Assert.Contains("sched is off and needs plat kvm or linuxu, which target xen/x86_64 lacks", e.Message);
    }

    [Fact]
    public void DependencyOnPlatform_IsChecked()
    {
        var r = new Resolver([Lib("virtio", depends: ["plat:kvm"])]);
        Assert.Equal(["virtio"], Names(r.Resolve(Kvm, Select(("virtio", true)))));
        var e = Assert.Throws<KilnException>(() => r.Resolve(new Target("linuxu", "x86_64"), Select(("virtio", true))));
        Assert.Contains("target plat is linuxu", e.Message);
    }

    [Fact]
    public void Conflict_ViaNegatedDependency_IsRejected()
    {
        var r = new Resolver([Lib("bump", depends: ["!freelist"]), Lib("freelist")]);
        var e = Assert.Throws<KilnException>(() => r.Resolve(Kvm, Select(("bump", true), ("freelist", true))));
        Assert.Contains("depends on !freelist", e.Message);
        Assert.Contains("freelist is on", e.Message);
    }

    [Fact]
    public void SelectingADisabledLib_IsAConflict()
    {
        var r = new Resolver([Lib("net", selects: ["sched"]), Lib("sched")]);
        var e = Assert.Throws<KilnException>(() => r.Resolve(Kvm, Select(("net", true), ("sched", false))));
        Assert.Contains("selects sched, but kiln.yaml disables sched", e.Message);
    }

    [Fact]
    public void DependsCycle_IsReportedWithItsPath()
    {
        var e = Assert.Throws<KilnException>(() => new Resolver([Lib("a", depends: ["b"]), Lib("b", depends: ["c"]), Lib("c", depends: ["a || x"]), Lib("x")]));
        Assert.Equal("recursive dependency: a -> b -> c -> a", e.Message);
    }

    [Fact]
    public void SelectCycle_IsReported()
    {
        var e = Assert.Throws<KilnException>(() => new Resolver([Lib("a", selects: ["b"]), Lib("b", selects: ["a"])]));
        Assert.Contains("recursive dependency: a -> b -> a", e.Message);
    }

    [Theory]
    [InlineData(new[] { "nope" }, new string[0], "depends on unknown lib 'nope'")]
    [InlineData(new string[0], new[] { "nope" }, "selects unknown lib 'nope'")]
    [InlineData(new[] { "b.size" }, new string[0], "'b.size', which is not a bool option")]
    [InlineData(new[] { "(b" }, new string[0], "bad depends expression")]
    public void BadManifestReferences_AreRejected(string[] depends, string[] selects, string expected)
    {
        var b = Lib("b", options: [new OptionSpec("size", OptionType.Int, "1", "")]);
        var e = Assert.Throws<KilnException>(() => new Resolver([Lib("a", depends: depends, selects: selects), b]));
        Assert.Contains(expected, e.Message);
    }

    private static readonly OptionSpec[] AllocOptions =
    [
        new("allocator", OptionType.Choice, "bump", "", Choices: [("bump", ""), ("freelist", "")]),
        new("debug", OptionType.Bool, "false", ""),
        new("arena-kib", OptionType.Int, "64", "", Min: 4, Max: 1024),
        new("tag", OptionType.String, "kiln", ""),
    ];

    [Fact]
    public void Options_TakeDefaultsAndOverrides_InDeclarationOrder()
    {
        var r = new Resolver([Lib("alloc", on: true, options: AllocOptions)]);
        var res = r.Resolve(Kvm, Options("alloc", ("allocator", "freelist"), ("debug", "yes")));
        Assert.Equal(["allocator=freelist", "debug=true", "arena-kib=64", "tag=kiln"], res.Lib("alloc")!.Options.Select(o => $"{o.Key}={o.Value}"));
    }

    [Theory]
    [InlineData("arena-kib", "2", "option alloc.arena-kib: 2 is out of range [4, 1024]")]
    [InlineData("arena-kib", "many", "'many' is not an integer")]
    [InlineData("allocator", "slab", "'slab' is not one of: bump, freelist")]
    [InlineData("debug", "maybe", "'maybe' is not a bool")]
    [InlineData("colour", "red", "lib 'alloc' has no option 'colour'")]
    public void Options_BadValues_AreRejected(string option, string value, string expected)
    {
        var r = new Resolver([Lib("alloc", on: true, options: AllocOptions)]);
        var e = Assert.Throws<KilnException>(() => r.Resolve(Kvm, Options("alloc", (option, value))));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Options_ForADisabledLib_AreAnError()
    {
        var r = new Resolver([Lib("alloc", options: AllocOptions)]);
        var e = Assert.Throws<KilnException>(() => r.Resolve(Kvm, Options("alloc", ("debug", "true"))));
        Assert.Contains("lib 'alloc', which is not enabled", e.Message);
    }

    [Fact]
    public void DependencyOnBoolOption_FollowsItsValue()
    {
        var r = new Resolver([Lib("alloc", on: true, options: AllocOptions), Lib("leakcheck", depends: ["alloc.debug"])]);
        var e = Assert.Throws<KilnException>(() => r.Resolve(Kvm, Select(("leakcheck", true))));
        Assert.Contains("alloc.debug is off", e.Message);
        var ok = r.Resolve(Kvm, new Selection(new Dictionary<string, bool> { ["leakcheck"] = true },
            new Dictionary<string, IReadOnlyDictionary<string, string>> { ["alloc"] = new Dictionary<string, string> { ["debug"] = "true" } }));
        Assert.Equal(["alloc", "leakcheck"], Names(ok));
    }

    [Fact]
    public void DuplicateLibNames_AreRejected()
    {
        var e = Assert.Throws<KilnException>(() => new Resolver([Lib("a"), Lib("a")]));
        Assert.Contains("two micro-libs are named 'a'", e.Message);
    }

    [Fact]
    public void UnknownLibInSelection_ListsTheKnownOnes()
    {
        var e = Assert.Throws<KilnException>(() => new Resolver([Lib("a"), Lib("b")]).Resolve(Kvm, Select(("zz", true))));
        Assert.Contains("unknown lib 'zz'", e.Message);
        Assert.Contains("a, b", e.Fix);
    }
}

public sealed class LibManifestTests
{
    private static string Write(string yaml) => Harness.WriteTemp(LibManifest.FileName, yaml);

    [Fact]
    public void Load_ReadsEveryField()
    {
        var m = LibManifest.Load(Write("""
            name: alloc
            version: 1.2.0
            title: Memory allocators
            help: Chooses how the heap hands out memory.
            default: true
            depends: [runtime]
            selects: [time]
            platforms: [kvm, linuxu]
            archs: [x86_64]
            projects: [Kiln.Lib.Alloc.csproj]
            options:
              allocator:
                type: choice
                default: bump
                help: Which allocator backs the heap.
                choices:
                  bump: Never frees; fastest.
                  freelist: Size-classed free lists; may slow down allocation.
                constant: KILN_ALLOC
              arena-kib:
                type: int
                default: 64
                range: [4, 1024]
                help: Arena size.
            """));
        Assert.Equal("alloc", m.Name);
        Assert.Equal("1.2.0", m.Version);
        Assert.True(m.DefaultEnabled);
        Assert.Equal(["runtime"], m.Depends);
        Assert.Equal(["time"], m.Selects);
        Assert.Equal(["kvm", "linuxu"], m.Platforms);
        Assert.Equal(["Kiln.Lib.Alloc.csproj"], m.Projects);
        Assert.Equal(OptionType.Choice, m.Option("allocator")!.Type);
        Assert.Equal(["bump", "freelist"], m.Option("allocator")!.Choices!.Select(c => c.Name));
        Assert.Equal("KILN_ALLOC", m.Option("allocator")!.Constant);
        Assert.Equal(4, m.Option("arena-kib")!.Min);
    }

    [Theory]
    [InlineData("name: a\ntitle: A\ncolour: red\n", ":3: unknown key 'colour'")]
    [InlineData("title: A\n", "missing 'name'")]
    [InlineData("name: A_B\ntitle: A\n", "lib name 'A_B'")]
    [InlineData("name: a\ntitle: A\noptions:\n  n:\n    type: float\n    default: 1\n", "unknown type 'float'")]
    [InlineData("name: a\ntitle: A\noptions:\n  n:\n    type: int\n    default: 9\n    range: [1, 5]\n", "default of option 'n': 9 is out of range")]
    [InlineData("name: a\ntitle: A\noptions:\n  c:\n    type: choice\n    default: x\n", "needs 'choices'")]
    [InlineData("name: a\ntitle: A\ndefault: maybe\n", "'default' must be true or false")]
    public void Load_BadManifest_NamesFileLineAndProblem(string yaml, string expected)
    {
        string path = Write(yaml);
        var e = Assert.Throws<KilnException>(() => LibManifest.Load(path));
        Assert.Contains(path, e.Message);
        Assert.Contains(expected, e.Message);
    }

    private const string PlatformHead = "name: plat-x\ntitle: X\n";

    // A platform's lib, written beside the linker script its target section names.
    private static string WritePlatform(string yaml)
    {
        string path = Write(yaml);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(path)!, "link.ld"), "");
        return path;
    }

    [Fact]
    public void Load_PlatformTarget_ReadsRunnerScriptAndArchs()
    {
        string path = WritePlatform(PlatformHead + "target:\n  runner: linuxu\n  linker-script: link.ld\n  archs: {x86_64: x64}\n");
        PlatformTarget t = LibManifest.Load(path).Target!;
        Assert.Equal("x", t.Plat);
        Assert.Equal("linuxu", t.Runner);
        Assert.Equal(Path.Combine(Path.GetDirectoryName(path)!, "link.ld"), t.LinkerScript);
        Assert.Equal("x64", t.IlcArch("x86_64"));
        Assert.Equal(2, Assert.Throws<KilnException>(() => t.IlcArch("riscv64")).ExitCode);
    }

    [Theory]
    [InlineData(PlatformHead, ":1: platform lib 'plat-x' has no 'target' section")]
    [InlineData("name: a\ntitle: A\ntarget:\n  runner: qemu\n", ":4: only a platform lib")]
    [InlineData(PlatformHead + "target: qemu\n", ":3: 'target' must be a mapping")]
    [InlineData(PlatformHead + "target:\n  linker-script: link.ld\n  archs: {x86_64: x64}\n", ":4: 'target' needs 'runner'")]
    [InlineData(PlatformHead + "target:\n  runner: firecracker\n  linker-script: link.ld\n  archs: {x86_64: x64}\n", ":4: unknown runner 'firecracker'")]
    [InlineData(PlatformHead + "target:\n  runner: qemu\n  linker-script: none.ld\n  archs: {x86_64: x64}\n", ":5: linker script")]
    [InlineData(PlatformHead + "target:\n  runner: qemu\n  linker-script: link.ld\n", ":4: 'target' needs 'archs'")]
    [InlineData(PlatformHead + "target:\n  runner: qemu\n  linker-script: link.ld\n  archs: [x86_64]\n", ":6: 'target' needs 'archs'")]
    [InlineData(PlatformHead + "target:\n  runner: qemu\n  linker-script: link.ld\n  archs: {x86_64: x64}\n  cpu: max\n", ":7: unknown key 'cpu'")]
    public void Load_BadOrMissingTarget_NamesFileLineAndProblem(string yaml, string expected)
    {
        string path = WritePlatform(yaml);
        var e = Assert.Throws<KilnException>(() => LibManifest.Load(path));
        Assert.Contains(path + expected, e.Message);
        Assert.NotNull(e.Fix);
    }

    [Fact]
    public void Catalog_Platforms_AreKvmAndLinuxuWithTheirRunnersAndScripts()
    {
        Assert.Equal(["kvm", "linuxu"], Catalog.Platforms.Select(p => p.Plat));
        Assert.Equal(["qemu", "linuxu"], Catalog.Platforms.Select(p => p.Runner));
        Assert.All(Catalog.Platforms, p => Assert.Equal(Path.Combine(KilnHome.GuestDir, "plat", p.Plat, "link.ld"), p.LinkerScript));
        Assert.Equal(["kvm", "linuxu"], AppConfig.Platforms);
        Assert.Equal(["x86_64"], AppConfig.Architectures);
    }
}
