using Kiln.Config;

namespace Kiln.Run;

/// <summary>Runs a built image of one platform and returns the status kiln exits with.</summary>
public interface IRunner
{
    int Run(string image, string appName, RunOptions options);

    /// <summary>The runners a platform's manifest can name (`target: runner:`).</summary>
    public static readonly string[] Names = ["qemu", "linuxu"];

    /// <summary>The runner for an image: the one its platform's manifest named at build time.</summary>
    public static IRunner For(Build.ImageManifest image) => (image.Runner ?? Catalog.FindPlatform(Build.ImageInfo.PlatformOf(image))?.Runner) switch
    {
        "qemu" => new QemuRunner(),
        "linuxu" => new LinuxuRunner(),
        _ => throw new KilnException($"no runner for platform '{Build.ImageInfo.PlatformOf(image)}'"),
    };
}
