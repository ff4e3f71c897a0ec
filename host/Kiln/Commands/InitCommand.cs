using System.CommandLine;
using Kiln.Project;

namespace Kiln.Commands;

/// <summary>kiln init &lt;dir&gt;</summary>
public static class InitCommand
{
    public static Command Create(SharedOptions shared)
    {
        var dir = new Argument<string>("dir") { Description = "Directory to create" };
        var name = new Option<string?>("--name") { Description = "App name (default: the directory name)" };
        var init = new Command("init", "Create a new app") { dir, name };
        init.SetAction(r => shared.Guard(r, () =>
        {
            string created = Scaffolder.Init(r.GetValue(dir)!, r.GetValue(name));
            Log.Info($"kiln: created {created}; build and run it with `kiln run {r.GetValue(dir)}`");
            return 0;
        }));
        return init;
    }
}
