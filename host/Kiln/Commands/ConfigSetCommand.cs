using System.CommandLine;
using Kiln.Config;
using Kiln.Project;

namespace Kiln.Commands;

/// <summary>kiln config set &lt;key=value&gt; [dir]</summary>
public static class ConfigSetCommand
{
    public static Command Create(SharedOptions shared)
    {
        var assignment = new Argument<string>("key=value") { Description = "name=..., <lib>=true|false, <lib>.<option>=<value> or env.<NAME>=<value>" };
        var dir = SharedOptions.AppDir();
        var set = new Command("set", "Change kiln.yaml, keeping its comments and order; refuses values the resolver rejects") { assignment, dir };
        set.SetAction(r => shared.Guard(r, () =>
        {
            string text = r.GetValue(assignment)!;
            int eq = text.IndexOf('=');
            if (eq <= 0) throw new KilnException($"'{text}' is not key=value", "write e.g. `kiln config set console.buffer-bytes=1024`", 2);
            App app = App.Open(r.GetValue(dir)!);
            var resolver = Catalog.Resolver();
            ConfigFile.Edit(app.ConfigPath, current =>
            {
                string after = KilnYamlEditor.Set(current, text[..eq].Trim(), text[(eq + 1)..].Trim());
                // The result as a whole must resolve before it replaces the user's file.
                var changed = AppConfig.Parse(after, app.ConfigPath);
                foreach (Target t in changed.Targets) changed.Resolve(resolver, t);
                return after;
            });
            Log.Info($"kiln: {app.ConfigPath}: {text}");
            return 0;
        }));
        return set;
    }
}
