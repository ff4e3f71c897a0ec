using System.CommandLine;
using Kiln.Config;
using Kiln.Project;
using Kiln.Run;

namespace Kiln.Commands;

/// <summary>kiln menu [dir]</summary>
public static class MenuCommand
{
    public static Command Create(SharedOptions shared)
    {
        var dir = SharedOptions.AppDir();
        var menu = new Command("menu", "Choose libs and options in a full-screen menu; saving rewrites kiln.yaml keeping its comments") { dir, shared.Plat, shared.Arch };
        menu.SetAction(r => shared.Guard(r, () =>
        {
            App app = App.Open(r.GetValue(dir)!);
            Target target = shared.Target(r, app);
            if (Console.IsInputRedirected || Console.IsOutputRedirected)
                throw new KilnException("kiln menu needs a terminal", "run it in a terminal, or use `kiln config set` in scripts", 2);
            // Fail here, in the plain CLI, if kiln.yaml does not resolve: the menu starts from a valid configuration.
            app.Config.Resolve(Catalog.Resolver(), target);
            return MenuLauncher.Run(app.ConfigPath, target, $"kiln menu: {app.Name} for {target}");
        }));
        return menu;
    }
}
