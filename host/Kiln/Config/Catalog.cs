using Kiln.Project;

namespace Kiln.Config;

/// <summary>All micro-libs of this Kiln checkout: every guest/**/lib.yaml.</summary>
public static class Catalog
{
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

    public static Resolver Resolver() => new(Load(KilnHome.GuestDir));
}
