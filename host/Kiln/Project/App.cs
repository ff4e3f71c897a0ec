namespace Kiln.Project;

/// <summary>An app directory: its project, its kiln.yaml and its build outputs under .kiln/.</summary>
public sealed class App
{
    public const string ConfigFileName = "kiln.yaml";

    public required string Dir { get; init; }
    public required string ProjectFile { get; init; }
    public required AppConfig Config { get; init; }

    public string Name => Config.Name;
    public string ConfigPath => Path.Combine(Dir, ConfigFileName);
    public string BuildDir(Target target) => Path.Combine(Dir, ".kiln", "build", $"{target.Plat}-{target.Arch}");
    public string ImagePath(Target target) => Path.Combine(BuildDir(target), Name);
    /// <summary>Held by a build of this app, for any target: they share the app's obj/.</summary>
    public string LockPath => Path.Combine(Dir, ".kiln", "lock");

    public static App Open(string dir)
    {
        if (string.IsNullOrWhiteSpace(dir))
            throw new KilnException("the app directory is an empty string", "pass an app directory, e.g. `kiln build .`", 2);
        string full = Path.GetFullPath(dir);
        if (!Directory.Exists(full))
            throw new KilnException($"app directory '{dir}' does not exist", "pass an app directory, or create one with `kiln init <dir>`");
        string config = Path.Combine(full, ConfigFileName);
        if (!File.Exists(config))
            throw new KilnException($"'{dir}' has no {ConfigFileName}", "run kiln in an app directory, or create one with `kiln init <dir>`");
        string[] projects = Directory.GetFiles(full, "*.csproj");
        if (projects.Length != 1)
            throw new KilnException($"'{dir}' must hold exactly one .csproj (found {projects.Length})", "keep one project per app directory");
        return new App { Dir = full, ProjectFile = projects[0], Config = AppConfig.Load(config) };
    }

    /// <summary>The target to use: the one asked for, or the first in kiln.yaml.</summary>
    public Target SelectTarget(string? plat, string? arch)
    {
        if (plat is not null && !AppConfig.Platforms.Contains(plat))
            throw new KilnException($"unknown platform '{plat}'", $"use --plat {string.Join(" or --plat ", AppConfig.Platforms)}", 2);
        if (arch is not null && !AppConfig.Architectures.Contains(arch))
            throw new KilnException($"unknown architecture '{arch}'", $"use --arch {string.Join(", ", AppConfig.Architectures)}", 2);
        Target first = Config.Targets[0];
        return new Target(plat ?? first.Plat, arch ?? (plat is null ? first.Arch : "x86_64"));
    }
}

/// <summary>Where kiln's own files are: the repository holding guest/ and the launcher.</summary>
public static class KilnHome
{
    public static string Root { get; } = FindRoot();
    public static string GuestDir => Path.Combine(Root, "guest");

    public static string CacheDir
    {
        get
        {
            string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            string baseDir = string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg;
            return Path.Combine(baseDir, "kiln");
        }
    }

    private static string FindRoot()
    {
        string? env = Environment.GetEnvironmentVariable("KILN_ROOT");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, "guest", "Kiln.Guest.props"))) return Path.GetFullPath(env);
        for (string? d = AppContext.BaseDirectory; d is not null; d = Path.GetDirectoryName(d))
            if (File.Exists(Path.Combine(d, "guest", "Kiln.Guest.props"))) return d;
        throw new KilnException("cannot find the Kiln guest sources (guest/Kiln.Guest.props)", "run kiln through the ./kiln launcher of a Kiln checkout, or set KILN_ROOT");
    }
}
