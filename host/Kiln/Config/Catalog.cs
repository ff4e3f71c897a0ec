using Kiln.Project;

namespace Kiln.Config;

/// <summary>All micro-libs of this Kiln checkout: every guest/**/lib.yaml.</summary>
public static class Catalog
{
    // Read once per process: every kiln start needs the platforms (--plat accepts only theirs), most commands all libs.
    private static readonly Lazy<IReadOnlyList<LibManifest>> s_current = new(() => Load(KilnHome.GuestDir));

    public static IReadOnlyList<LibManifest> Load(string guestDir)
    {
        var libs = new List<LibManifest>();
        foreach (string path in Directory.EnumerateFiles(guestDir, LibManifest.FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string rel = Path.GetRelativePath(guestDir, path);
            if (rel.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj")) continue;
            libs.Add(LibManifest.Load(path));
        }
        return libs;
    }

    public static Resolver Resolver() => new(s_current.Value);

    /// <summary>The platforms kiln builds for: the libs whose manifests have a `target:` section, in catalog order.</summary>
    public static IReadOnlyList<PlatformTarget> Platforms => s_current.Value.Select(l => l.Target).OfType<PlatformTarget>().ToList();

    /// <summary>What a platform's lib says about its images; null for a platform no lib provides.</summary>
    public static PlatformTarget? FindPlatform(string plat) => Platforms.FirstOrDefault(p => p.Plat == plat);
}
