using System.CommandLine;
using Kiln.Config;
using Kiln.Project;

namespace Kiln.Commands;

/// <summary>kiln config write-defaults: for lib authors, regenerates the option constants builds outside kiln compile with.</summary>
public static class ConfigWriteDefaultsCommand
{
    public static Command Create(SharedOptions shared)
    {
        var writeDefaults = new Command("write-defaults", "Regenerate guest/options.defaults from the lib manifests (for lib authors)");
        writeDefaults.SetAction(r => shared.Guard(r, () =>
        {
            string dir = Path.Combine(KilnHome.GuestDir, "options.defaults");
            var catalog = Catalog.Load(KilnHome.GuestDir);
            OptionsCode.Write(dir, OptionsCode.Defaults(catalog), catalog.SelectMany(l => l.Parameters.Select(p => p.Name)));
            Log.Info($"kiln: wrote {dir}");
            return 0;
        }));
        return writeDefaults;
    }
}
