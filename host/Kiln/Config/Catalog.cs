using Kiln.Project;

namespace Kiln.Config;

/// <summary>All micro-libs of this Kiln checkout: every guest/**/lib.yaml.</summary>
public static class Catalog
{
    // Read once per process: every kiln start needs the platforms (--plat accepts only theirs), most commands all libs.
    private static readonly Lazy<IReadOnlyList<LibManifest>> s_current = new(() => Load(KilnHome.GuestDir));

    public static IReadOnlyList<LibManifest> Load(string guestDir)
    {
        return Manifests(guestDir).Order(StringComparer.Ordinal).Select(LibManifest.Load).ToList();
    }

    // Build outputs are never walked: a lib test's .kiln/ and obj/ hold thousands of files, and every kiln run of
    // an app reads the catalog.
    private static IEnumerable<string> Manifests(string dir)
    {
        string here = Path.Combine(dir, LibManifest.FileName);
        if (File.Exists(here)) yield return here;
        foreach (string sub in Directory.EnumerateDirectories(dir))
        {
            if (Path.GetFileName(sub) is "bin" or "obj" or ".kiln" or ".git") continue;
            foreach (string m in Manifests(sub)) yield return m;
        }
    }

    public static Resolver Resolver() => new(s_current.Value);

    /// <summary>
    /// The platforms' and architectures' names, from the layout alone (guest/plat/&lt;name&gt;/lib.yaml, guest/arch/&lt;name&gt;):
    /// every kiln run of an app checks its kiln.yaml's targets, and reading no manifest keeps that cheap. A platform lib
    /// without a `target:` section is an error when the catalog is read.
    /// </summary>
    public static string[] PlatformNames => [.. Directory.GetDirectories(Path.Combine(KilnHome.GuestDir, "plat"))
        .Where(d => File.Exists(Path.Combine(d, LibManifest.FileName))).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];
    public static string[] ArchitectureNames => [.. Directory.GetDirectories(Path.Combine(KilnHome.GuestDir, "arch")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    /// <summary>The platforms kiln builds for: the libs whose manifests have a `target:` section, in catalog order.</summary>
    public static IReadOnlyList<PlatformTarget> Platforms => s_current.Value.Select(l => l.Target).OfType<PlatformTarget>().ToList();

    /// <summary>What a platform's lib says about its images; null for a platform no lib provides.</summary>
    public static PlatformTarget? FindPlatform(string plat) => Platforms.FirstOrDefault(p => p.Plat == plat);
}
