using System.Runtime.Versioning;
using Kiln.Config;
using Kiln.Project;

namespace Kiln.Tests;

/// <summary>How `kiln config set` and `kiln menu` replace kiln.yaml: serialized, all or nothing, keeping what the file is.</summary>
[SupportedOSPlatform("linux")]
public sealed class ConfigEditTests
{
    private static string[] Entries(string dir) => Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order().ToArray()!;

    private static string Stat(string path) => Harness.Run("stat", ["-c", "%a %u:%g", path]).Stdout.Trim();

    [Fact]
    public async Task ConfigSet_ThirtyAtOnce_KeepsEveryChangeItReported()
    {
        string dir = Harness.NewApp("concurrent", "");
        string[] before = Entries(dir);
        var runs = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() => Harness.Kiln(null, "config", "set", $"env.V{i}=value {i}", dir))));
        foreach (var run in runs) Assert.True(run.ExitCode == 0, run.ToString());
        var config = AppConfig.Load(Path.Combine(dir, "kiln.yaml"));
        for (int i = 0; i < 30; i++) Assert.Equal($"value {i}", config.Env.GetValueOrDefault($"V{i}"));
        Assert.Equal(before, Entries(dir));
    }

    [Fact]
    public void ConfigSet_KeepsModeAndOwner_AndRefusesAReadOnlyFile()
    {
        string dir = Harness.NewApp("modes", "");
        string path = Path.Combine(dir, "kiln.yaml");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        bool root = Environment.UserName == "root";
        if (root) Assert.Equal(0, Harness.Run("chown", ["65534:65534", path]).ExitCode);
        string owner = Stat(path);

        var set = Harness.Kiln(null, "config", "set", "env.A=1", dir);
        Assert.True(set.ExitCode == 0, set.ToString());
        Assert.Equal(owner, Stat(path));
        Assert.StartsWith(root ? "600 65534:65534" : "600 ", owner);

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        string text = File.ReadAllText(path);
        var refused = Harness.Kiln(null, "config", "set", "env.A=2", dir);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal($"kiln: error: {path} is read-only\n  fix: make it writable (chmod u+w {path}) to change it\n", refused.Stderr);
        Assert.Equal(text, File.ReadAllText(path));
    }

    [Fact]
    public void ConfigSet_OnASymlink_ChangesItsTarget_AndKeepsTheLink()
    {
        string dir = Harness.NewApp("linked", "");
        string elsewhere = Harness.TempDir("linked-target");
        Directory.CreateDirectory(elsewhere);
        string link = Path.Combine(dir, "kiln.yaml"), target = Path.Combine(elsewhere, "real.yaml");
        File.Move(link, target);
        File.CreateSymbolicLink(link, Path.GetRelativePath(dir, target));
        string[] before = Entries(dir);

        var set = Harness.Kiln(null, "config", "set", "env.A=1", dir);
        Assert.True(set.ExitCode == 0, set.ToString());
        Assert.Equal(Path.GetRelativePath(dir, target), new FileInfo(link).LinkTarget);
        Assert.Equal("1", AppConfig.Load(target).Env["A"]);
        Assert.Equal(before, Entries(dir));
        Assert.Equal(["real.yaml"], Entries(elsewhere));
    }

    [RootFact]
    public void ConfigSetMenuSaveAndInit_OnAFullDisk_FailWithAMessage_AndLeaveTheDiskAsItWas()
    {
        string app = Harness.NewApp("fulldisk", "");
        string dir = Harness.TempDir("fulldisk-mount");
        Directory.CreateDirectory(dir);
        var mount = Harness.Run("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", dir]);
        Assert.True(mount.ExitCode == 0, mount.ToString());
        try
        {
            File.Copy(Path.Combine(app, "kiln.yaml"), Path.Combine(dir, "kiln.yaml"));
            File.Copy(Path.Combine(app, "fulldisk.csproj"), Path.Combine(dir, "fulldisk.csproj"));
            string path = Path.Combine(dir, "kiln.yaml"), text = File.ReadAllText(path);
            Assert.Throws<IOException>((Action)Fill);
            string[] entries = Entries(dir);

            var set = Harness.Kiln(null, "config", "set", "runtime.panic-frames=3", dir);
            Assert.Equal(1, set.ExitCode);
            Assert.Matches($"^kiln: error: cannot write {path}: .*No space left on device.*\n  fix: make room on its disk", set.Stderr);

            var menu = new MenuModel(path, new Target("kvm", "x86_64"), new Resolver(Catalog.Load(Path.Combine(Harness.RepoRoot, "guest"))));
            Assert.True(menu.Toggle(menu.Rows.First(r => r.Lib == "console")));
            Assert.False(menu.Save());
            Assert.Contains("No space left on device", menu.Message);
            Assert.True(menu.Dirty);

            var init = Harness.Kiln(null, "init", Path.Combine(dir, "app"));
            Assert.Equal(1, init.ExitCode);
            Assert.Matches($"^kiln: error: cannot create the app in '{dir}/app': .*No space left on device.*\n  fix: ", init.Stderr);

            Assert.Equal(text, File.ReadAllText(path));
            Assert.Equal(entries, Entries(dir));
        }
        finally
        {
            Harness.Run("umount", [dir]);
        }

        void Fill()
        {
            using var filler = File.Create(Path.Combine(dir, "filler"));
            while (true) filler.Write(new byte[4096]);
        }
    }

    [Fact]
    public void MenuSave_AfterKilnYamlChangedBeneathIt_RefusesToOverwriteTheChange()
    {
        string dir = Harness.NewApp("menurace", "");
        string path = Path.Combine(dir, "kiln.yaml");
        var menu = new MenuModel(path, new Target("kvm", "x86_64"), new Resolver(Catalog.Load(Path.Combine(Harness.RepoRoot, "guest"))));
        Assert.True(menu.Toggle(menu.Rows.First(r => r.Lib == "console")));
        Assert.Equal(0, Harness.Kiln(null, "config", "set", "env.A=1", dir).ExitCode);
        string changed = File.ReadAllText(path);

        Assert.False(menu.Save());
        Assert.Contains("changed since the menu read it", menu.Message);
        Assert.Equal(changed, File.ReadAllText(path));
    }
}

/// <summary>A fact that needs root (to mount a file system); skipped, saying so, for other users.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (Environment.UserName != "root") Skip = "needs root, to mount a small tmpfs that can be filled";
    }
}
