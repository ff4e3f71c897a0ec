using System.CommandLine;
using Kiln.Config;
using Kiln.Project;

namespace Kiln.Commands;

/// <summary>kiln config show [dir]</summary>
public static class ConfigShowCommand
{
    public static Command Create(SharedOptions shared)
    {
        var dir = SharedOptions.AppDir();
        var show = new Command("show", "Print every enabled lib, why it is on, and its option values") { dir, shared.Plat, shared.Arch };
        show.SetAction(r => shared.Guard(r, () =>
        {
            App app = App.Open(r.GetValue(dir)!);
            Resolution res = app.Config.Resolve(Catalog.Resolver(), shared.Target(r, app));
            Console.WriteLine($"# {app.Name} for {res.Target}");
            foreach (ResolvedLib lib in res.Libs)
            {
                Console.WriteLine($"{lib.Name} {lib.Manifest.Version}  # {lib.Reason}");
                foreach (var (k, v) in lib.Options)
                    Console.WriteLine($"  {k} = {v}{(v == lib.Manifest.Option(k)!.Check(lib.Manifest.Option(k)!.Default).Value ? "  # default" : "")}");
            }
            return 0;
        }));
        return show;
    }
}
