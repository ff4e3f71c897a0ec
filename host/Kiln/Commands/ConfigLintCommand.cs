using System.CommandLine;
using Kiln.Config;
using Kiln.Project;

namespace Kiln.Commands;

/// <summary>kiln config lint [dir]</summary>
public static class ConfigLintCommand
{
    public static Command Create(SharedOptions shared)
    {
        var dir = SharedOptions.AppDir();
        var lint = new Command("lint", "Check kiln.yaml and resolve it for every target; exit 1 on the first problem") { dir };
        lint.SetAction(r => shared.Guard(r, () =>
        {
            App app = App.Open(r.GetValue(dir)!);
            var resolver = Catalog.Resolver();
            foreach (Target t in app.Config.Targets) app.Config.Resolve(resolver, t);
            Log.Info($"kiln: {app.ConfigPath}: ok ({string.Join(", ", app.Config.Targets)})");
            return 0;
        }));
        return lint;
    }
}
