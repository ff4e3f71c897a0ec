namespace Kiln.Config;

/// <summary>A kernel parameter (`name` or `name=value`, docs/boot.md) checked against the libs of an image.</summary>
public static class KernelParameter
{
    /// <summary>Throws, naming where the parameter came from, when it is malformed or no lib of the target's image takes it.</summary>
    public static void Check(string parameter, string where, string target, IEnumerable<LibManifest> libs, int exitCode)
    {
        if (parameter.Length == 0 || parameter.StartsWith('='))
            throw new KilnException($"{where}: '{parameter}' is not a kernel parameter", "write `name` or `name=value`", exitCode);
        string name = parameter.Split('=', 2)[0];
        if (libs.Any(l => l.TakesParameter(name))) return;
        var known = libs.SelectMany(l => l.Parameters.Select(p => p.Name)).Order(StringComparer.Ordinal).ToList();
        throw new KilnException($"{where}: no lib in the {target} image takes the kernel parameter '{name}'",
            known.Count == 0 ? "remove it" : $"kernel parameters of this image: {string.Join(", ", known)}", exitCode);
    }
}
