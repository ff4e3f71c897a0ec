using System.CommandLine;
using Kiln.Build;
using Kiln.Project;

namespace Kiln.Commands;

/// <summary>kiln inspect &lt;image|dir&gt;</summary>
public static class InspectCommand
{
    public static Command Create(SharedOptions shared)
    {
        var what = new Argument<string>("image") { Description = "Image file, or app directory (its image for --plat)", DefaultValueFactory = _ => "." };
        var inspect = new Command("inspect", "Show what an image holds: libs, versions, options and the bytes each contributes") { what, shared.Plat, shared.Arch };
        inspect.SetAction(r => shared.Guard(r, () =>
        {
            string image = r.GetValue(what)!;
            if (!File.Exists(image))
            {
                App app = App.Open(image);
                image = ImageBuilder.Build(app, shared.Target(r, app)).ImagePath;
            }
            Console.Write(ImageInfo.Manifest(image).Describe());
            return 0;
        }));
        return inspect;
    }
}
