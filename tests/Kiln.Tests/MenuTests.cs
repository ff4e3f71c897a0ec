using Kiln.Config;
using Kiln.Project;

namespace Kiln.Tests;

public sealed class MenuModelTests
{
    private static (MenuModel Model, string Path) Model(string libs = "libs:\n  console:  # text\n    buffer-bytes: 512\n")
    {
        string path = Harness.WriteTemp("kiln.yaml", $"# top comment\nname: m\ntargets:\n  - plat: kvm\n    arch: x86_64\n{libs}");
        return (new MenuModel(path, new Target("kvm", "x86_64"), Catalog.Load(Path.Combine(Harness.RepoRoot, "guest")) is var c ? new Resolver(c) : null!), path);
    }

    private static MenuModel.Row Row(MenuModel m, string lib, string? option = null) => m.Rows.First(r => r.Lib == lib && r.Option == option);

    [Fact]
    public void Rows_ShowEveryLibWithItsStateAndOptions()
    {
        var (m, _) = Model();
        Assert.StartsWith("[x] console", Row(m, "console").Label);
        Assert.StartsWith("[ ] plat-linuxu", Row(m, "plat-linuxu").Label);
        Assert.EndsWith("buffer-bytes = 512", Row(m, "console", "buffer-bytes").Label);
        Assert.Contains("int 1..65536", Row(m, "console", "buffer-bytes").Help);
    }

    [Fact]
    public void Toggle_RewritesTheText_AndSaveWritesIt()
    {
        var (m, path) = Model();
        Assert.True(m.Toggle(Row(m, "console")));
        Assert.True(m.Dirty);
        Assert.StartsWith("[ ] console", Row(m, "console").Label);
        Assert.Contains("  console:  # text\n    enabled: false\n    buffer-bytes: 512\n", m.Text);
        Assert.DoesNotContain("enabled: false", File.ReadAllText(path));
        m.Save();
        Assert.False(m.Dirty);
        Assert.Equal(m.Text, File.ReadAllText(path));
        Assert.StartsWith("# top comment\n", File.ReadAllText(path));
    }

    [Fact]
    public void Toggle_ThatWouldBreakTheImage_IsRefusedWithTheReason()
    {
        var (m, _) = Model();
        string before = m.Text;
        Assert.False(m.Toggle(Row(m, "plat-kvm")));
        Assert.Equal(before, m.Text);
        Assert.Contains("plat-kvm is off, but a kvm image cannot work without its platform lib", m.Message);
    }

    [Fact]
    public void SetOption_ValidatesLikeTheResolver()
    {
        var (m, _) = Model();
        Assert.False(m.SetOption(Row(m, "runtime", "panic-frames"), "99"));
        Assert.Contains("99 is out of range [1, 32]", m.Message);
        Assert.True(m.SetOption(Row(m, "runtime", "panic-frames"), "4"));
        Assert.EndsWith("panic-frames = 4", Row(m, "runtime", "panic-frames").Label);
    }

    [Fact]
    public void Why_SaysWhatSwitchedALibOnOrWhatItNeeds()
    {
        var (m, _) = Model();
        Assert.Equal("console is on: enabled in kiln.yaml", m.Why(Row(m, "console")));
        Assert.Equal("runtime is on: on by default", m.Why(Row(m, "runtime")));
        Assert.Contains("needs plat linuxu (target is kvm/x86_64)", m.Why(Row(m, "plat-linuxu")));
    }

    [Fact]
    public void Search_FindsByNameOrHelp_AndWraps()
    {
        var (m, _) = Model();
        int frames = m.Search("panic-frames", 0);
        Assert.Equal("panic-frames", m.Rows[frames].Option);
        Assert.Equal(frames, m.Search("panic-frames", frames));
        Assert.Equal(-1, m.Search("no such thing", 0));
    }
}

[Collection("e2e")]
public sealed class MenuTerminalTests
{
    private static string Screen(string session) => Harness.Run("tmux", ["capture-pane", "-t", session, "-p"]).Stdout;

    private static void WaitFor(string session, string text)
    {
        for (int i = 0; i < 100; i++)
        {
            if (Screen(session).Contains(text)) return;
            Thread.Sleep(200);
        }
        throw new TimeoutException($"'{text}' never appeared:\n{Screen(session)}");
    }

    private static void Keys(string session, params string[] keys)
    {
        foreach (string k in keys)
        {
            Assert.Equal(0, Harness.Run("tmux", ["send-keys", "-t", session, k]).ExitCode);
            Thread.Sleep(150);
        }
    }

    [Fact]
    public void Menu_InAPseudoTerminal_TogglesSearchesEditsAndSaves()
    {
        string dir = Harness.TempDir("menu");
        Assert.Equal(0, Harness.Kiln(null, "init", dir, "--name", "menu").ExitCode);
        string path = Path.Combine(dir, "kiln.yaml");
        string before = File.ReadAllText(path);
        string session = "kiln-menu-" + Guid.NewGuid().ToString("N")[..8];
        string done = Path.Combine(dir, "menu.exit");
        string kiln = $"KILN_ROOT='{Harness.RepoRoot}' dotnet '{Path.Combine(AppContext.BaseDirectory, "kiln.dll")}'";
        Assert.Equal(0, Harness.Run("tmux", ["new-session", "-d", "-s", session, "-x", "100", "-y", "30", $"{kiln} menu '{dir}'; echo $? > '{done}'"]).ExitCode);
        try
        {
            WaitFor(session, "kiln menu: menu for kvm/x86_64");
            WaitFor(session, "[x] console");
            Keys(session, "Down", "Down", "Down", "Space");      // rows: alloc, its option, arch-x86-64, console: off
            WaitFor(session, "[ ] console");
            Keys(session, "?");
            WaitFor(session, "console is off; Space switches it on");
            Keys(session, "/", "panic-frames", "Enter");         // search, then edit the option found
            Keys(session, "Enter", "3", "Enter");
            WaitFor(session, "panic-frames = 3");
            Keys(session, "s");
            WaitFor(session, "saved");
            Keys(session, "q");
            for (int i = 0; i < 50 && !File.Exists(done); i++) Thread.Sleep(200);
            Assert.True(File.Exists(done), Screen(session));
            Assert.Equal("0", File.ReadAllText(done).Trim());
        }
        finally
        {
            Harness.Run("tmux", ["kill-session", "-t", session]);
        }
        string after = File.ReadAllText(path);
        Assert.Contains("\n  console:  # Console output (System.Console)\n    enabled: false\n    buffer-bytes: 512  #", after);
        Assert.Contains("\n    panic-frames: 3  # Stack frames", after);
        Assert.StartsWith("# Kiln app configuration (docs/kiln-yaml.md).\n", after);
        Assert.Equal(before.Split('\n').Length + 1, after.Split('\n').Length); // console's `enabled: false`
    }

    [Fact]
    public void Menu_WithoutATerminal_SaysToUseConfigSet()
    {
        var r = Harness.Kiln(null, "menu", "examples/hello");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("kiln config set", r.Stderr);
    }
}
