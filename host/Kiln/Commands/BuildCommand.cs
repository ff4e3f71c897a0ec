using System.CommandLine;
using Kiln.Build;
using Kiln.Project;

namespace Kiln.Commands;

/// <summary>kiln build [dir]</summary>
public static class BuildCommand
{
    public static Command Create(SharedOptions shared)
    {
        var dir = SharedOptions.AppDir();
        var build = new Command("build", "Build the app's image") { dir, shared.Plat, shared.Arch };
        build.SetAction(r => shared.Guard(r, () =>
        {
            App app = App.Open(r.GetValue(dir)!);
            BuildResult result = ImageBuilder.Build(app, shared.Target(r, app));
            Log.Info($"kiln: {(result.UpToDate ? "up to date" : "built")} {result.ImagePath} ({result.Size:N0} bytes)");
            return 0;
        }));
        return build;
    }
}
