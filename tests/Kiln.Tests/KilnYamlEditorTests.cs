using Kiln.Config;

namespace Kiln.Tests;

public sealed class KilnYamlEditorTests
{
    private const string Original = """
        # my app
        name: demo   # the image name
        targets:
          - plat: linuxu
            arch: x86_64

        # what goes in
        libs:
          runtime:
            # short reports
            panic-frames: 8  # frames
          console: true
        args: [a]

        """;

    [Fact]
    public void ExistingOption_OnlyItsValueChanges()
    {
        string after = KilnYamlEditor.Set(Original, "runtime.panic-frames", "3");
        Assert.Equal(Original.Replace("panic-frames: 8  # frames", "panic-frames: 3  # frames"), after);
    }

    [Fact]
    public void NewOption_GoesAfterItsSiblings()
    {
        string after = KilnYamlEditor.Set(Original, "runtime.colour", "blue");
        Assert.Equal(Original.Replace("    panic-frames: 8  # frames\n", "    panic-frames: 8  # frames\n    colour: blue\n"), after);
    }

    [Fact]
    public void OptionOfALibSetToTrue_TurnsItIntoAMapping()
    {
        string after = KilnYamlEditor.Set(Original, "console.buffer-bytes", "64");
        Assert.Equal(Original.Replace("  console: true\n", "  console:\n    buffer-bytes: 64\n"), after);
    }

    [Fact]
    public void NewLib_GoesAtTheEndOfLibs()
    {
        string after = KilnYamlEditor.Set(Original, "net", "false");
        Assert.Equal(Original.Replace("  console: true\n", "  console: true\n  net: false\n"), after);
    }

    [Fact]
    public void LibWithOptions_SwitchedOff_KeepsItsOptions_AndOnAgainRestoresThem()
    {
        string off = KilnYamlEditor.Set(Original, "runtime", "false");
        Assert.Equal(Original.Replace("  runtime:\n", "  runtime:\n    enabled: false\n"), off);
        var config = Kiln.Project.AppConfig.Parse(off, "kiln.yaml");
        Assert.False(config.Selection.Libs["runtime"]);
        Assert.Equal("8", config.Selection.Options["runtime"]["panic-frames"]);

        string on = KilnYamlEditor.Set(off, "runtime", "true");
        Assert.Equal(Original.Replace("  runtime:\n", "  runtime:\n    enabled: true\n"), on);
        Assert.True(Kiln.Project.AppConfig.Parse(on, "kiln.yaml").Selection.Libs["runtime"]);
    }

    [Fact]
    public void LibWithOptions_SwitchedOff_KeepsTheCommentOnItsLine()
    {
        const string text = "name: x\nlibs:\n  console:  # text output\n    buffer-bytes: 8  # small\n  runtime: true\n";
        Assert.Equal("name: x\nlibs:\n  console:  # text output\n    enabled: false\n    buffer-bytes: 8  # small\n  runtime: true\n", KilnYamlEditor.Set(text, "console", "false"));
    }

    [Fact]
    public void LibScalar_IsReplaced()
    {
        Assert.Equal(Original.Replace("console: true", "console: false"), KilnYamlEditor.Set(Original, "console", "false"));
    }

    [Fact]
    public void MissingLibsSection_IsAppended()
    {
        const string text = "name: x\n# end\n";
        Assert.Equal("name: x\n# end\nlibs:\n  console:\n    buffer-bytes: 64\n", KilnYamlEditor.Set(text, "console.buffer-bytes", "64"));
    }

    [Fact]
    public void Name_IsReplacedInPlace()
    {
        Assert.Equal(Original.Replace("name: demo   #", "name: other   #"), KilnYamlEditor.Set(Original, "name", "other"));
    }

    [Fact]
    public void ValuesThatYamlWouldMisread_AreQuoted()
    {
        string after = KilnYamlEditor.Set(Original, "runtime.tag", "a: b # c");
        Assert.Contains("    tag: \"a: b # c\"\n", after);
    }

    [Fact]
    public void EnvEntry_IsAddedThenReplaced()
    {
        string added = KilnYamlEditor.Set(Original, "env.GREETING", "hi");
        Assert.Equal(Original + "env:\n  GREETING: hi\n", added);
        Assert.Equal(Original + "env:\n  GREETING: bye\n", KilnYamlEditor.Set(added, "env.GREETING", "bye"));
    }

    // A raw newline inside double quotes reads back as a space.
    [Theory]
    [InlineData("two\nlines")]
    [InlineData("tab\tand \"quotes\" and \\ and \u0001")]
    public void ControlCharacters_AreEscaped_AndReadBackAsGiven(string value)
    {
        string after = KilnYamlEditor.Set(Original, "env.MSG", value);
        Assert.Equal(value, Kiln.Project.AppConfig.Parse(after, "kiln.yaml").Env["MSG"]);
    }

    [Fact]
    public void FlowStyleLibs_AreRefusedWithAFix()
    {
        var e = Assert.Throws<KilnException>(() => KilnYamlEditor.Set("name: x\nlibs: {console: true}\n", "runtime.panic-frames", "2"));
        Assert.Contains("one per line", e.Fix);
    }
}
