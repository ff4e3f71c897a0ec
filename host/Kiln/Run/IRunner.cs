namespace Kiln.Run;

/// <summary>Runs a built image of one platform and returns the status kiln exits with.</summary>
public interface IRunner
{
    int Run(string image, string appName, RunOptions options);

    /// <summary>The runner for a platform's images.</summary>
    public static IRunner For(string platform) => platform switch
    {
        "kvm" => new QemuRunner(),
        "linuxu" => new LinuxuRunner(),
        _ => throw new KilnException($"no runner for platform '{platform}'"),
    };
}
