using System.CommandLine;
using Kiln.Config;
using Kiln.Project;

namespace Kiln.Commands;

/// <summary>kiln config get &lt;key&gt; [dir]</summary>
public static class ConfigGetCommand
{
    public static Command Create(SharedOptions shared)
    {
        var key = new Argument<string>("key") { Description = "name, libs, <lib> (on/off), <lib>.<option> or env.<NAME>" };
        var dir = SharedOptions.AppDir();
        var get = new Command("get", "Print one resolved value") { key, dir, shared.Plat, shared.Arch };
        get.SetAction(r => shared.Guard(r, () =>
        {
            App app = App.Open(r.GetValue(dir)!);
            Resolution res = app.Config.Resolve(Catalog.Resolver(), shared.Target(r, app));
            string name = r.GetValue(key)!;
            int dot = name.IndexOf('.');
            string? value = name switch
            {
                "name" => app.Name,
                "libs" => string.Join(" ", res.Libs.Select(l => l.Name)),
                _ when name.StartsWith("env.", StringComparison.Ordinal) => app.Config.Env.GetValueOrDefault(name[4..]),
                _ when dot < 0 => Catalog.Resolver().Find(name) is null ? null : res.Lib(name) is null ? "off" : "on",
                _ => res.Lib(name[..dot])?.Options.FirstOrDefault(o => o.Key == name[(dot + 1)..]).Value,
            };
            if (value is null) throw new KilnException($"no such key '{name}'", "use name, libs, <lib>, <lib>.<option> or env.<NAME> (see `kiln config show`)", 2);
            Console.WriteLine(value);
            return 0;
        }));
        return get;
    }
}
