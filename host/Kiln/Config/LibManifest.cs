using YamlDotNet.RepresentationModel;

namespace Kiln.Config;

public enum OptionType { Bool, Int, String, Choice }

/// <summary>One option a micro-lib declares (docs/manifest.md).</summary>
public sealed record OptionSpec(
    string Name, OptionType Type, string Default, string Help,
    long? Min = null, long? Max = null, IReadOnlyList<(string Name, string Help)>? Choices = null, string? Constant = null)
{
    /// <summary>Checks a value given as text; returns it normalized, or the reason it is not acceptable.</summary>
    public (string? Value, string? Error) Check(string text)
    {
        switch (Type)
        {
            case OptionType.Bool:
                return text switch
                {
                    "true" or "y" or "yes" or "on" => ("true", null),
                    "false" or "n" or "no" or "off" => ("false", null),
                    _ => (null, $"'{text}' is not a bool (use true or false)"),
                };
            case OptionType.Int:
                if (!long.TryParse(text, out long v)) return (null, $"'{text}' is not an integer");
                if (Min is { } lo && v < lo || Max is { } hi && v > hi) return (null, $"{v} is out of range [{Min}, {Max}]");
                return (v.ToString(), null);
            case OptionType.Choice:
                return Choices!.Any(c => c.Name == text) ? (text, null) : (null, $"'{text}' is not one of: {string.Join(", ", Choices!.Select(c => c.Name))}");
            default:
                return (text, null);
        }
    }
}

/// <summary>
/// What a platform lib's `target:` section tells kiln about its images (docs/manifest.md): how to link them, what
/// ilc compiles them for, and which runner starts them.
/// </summary>
public sealed record PlatformTarget(string Plat, string LinkerScript, string Runner, IReadOnlyList<(string Arch, string IlcArch)> Archs)
{
    /// <summary>ilc's --targetarch for one of the platform's architectures.</summary>
    public string IlcArch(string arch) => Archs.FirstOrDefault(a => a.Arch == arch).IlcArch
        ?? throw new KilnException($"platform {Plat} does not build for {arch}", $"use --arch {string.Join(" or --arch ", Archs.Select(a => a.Arch))}", 2);
}

/// <summary>A micro-lib's manifest, guest/**/lib.yaml: what it is, what it needs, what it pulls in, its options.</summary>
public sealed record LibManifest(
    string Name, string Version, string Title, string Help, string Dir,
    bool DefaultEnabled, IReadOnlyList<string> Depends, IReadOnlyList<string> Selects,
    IReadOnlyList<string> Platforms, IReadOnlyList<string> Architectures, IReadOnlyList<OptionSpec> Options,
    IReadOnlyList<string> Projects, IReadOnlyList<(string Name, string Help)> Parameters, PlatformTarget? Target = null)
{
    public const string FileName = "lib.yaml";
    /// <summary>The name of a platform's lib: the platform's name after this (plat-kvm is platform kvm).</summary>
    public const string PlatformPrefix = "plat-";

    /// <summary>A kernel parameter: dotted lower-case words; a final `*` stands for any name (`env.*`).</summary>
    public static bool IsParameterName(string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(name, @"^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*(\.\*)?$") && name.Contains('.');

    /// <summary>Whether a kernel parameter given as `name` or `name=value` is one of this lib's.</summary>
    public bool TakesParameter(string name) =>
        Parameters.Any(p => p.Name.EndsWith(".*") ? name.StartsWith(p.Name[..^1], StringComparison.Ordinal) && name.Length > p.Name.Length - 1 : p.Name == name);

    public OptionSpec? Option(string name) => Options.FirstOrDefault(o => o.Name == name);

    public static LibManifest Load(string path)
    {
        var root = Yaml.LoadMapping(path);
        var reader = new Yaml.MappingReader(path, root, ["name", "version", "title", "help", "default", "depends", "selects", "platforms", "archs", "options", "projects", "parameters", "target"]);
        string name = reader.RequiredScalar("name");
        if (!Symbols.IsName(name)) throw reader.Error(root, $"lib name '{name}' must be lower-case letters, digits and '-'", "rename the lib");
        var options = new List<OptionSpec>();
        if (reader.Node("options") is { } optionsNode)
        {
            if (optionsNode is not YamlMappingNode map) throw reader.Error(optionsNode, "'options' must be a mapping of option names", "see docs/manifest.md");
            foreach (var (k, v) in map.Children) options.Add(ParseOption(path, ((YamlScalarNode)k).Value!, v));
        }
        var parameters = new List<(string, string)>();
        if (reader.Node("parameters") is { } parametersNode)
        {
            if (parametersNode is not YamlMappingNode map) throw reader.Error(parametersNode, "'parameters' must be a mapping of parameter names to help", "see docs/manifest.md");
            foreach (var (k, v) in map.Children)
            {
                string p = ((YamlScalarNode)k).Value ?? "";
                if (!IsParameterName(p)) throw reader.Error(k, $"kernel parameter '{p}' must be dotted lower-case words, e.g. {name}.trace", "rename the parameter");
                parameters.Add((p, (v as YamlScalarNode)?.Value ?? ""));
            }
        }
        string dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return new LibManifest(
            name,
            reader.Scalar("version") ?? "0.0.0",
            reader.RequiredScalar("title"),
            reader.Scalar("help") ?? "",
            dir,
            reader.Bool("default") ?? false,
            reader.List("depends"),
            reader.List("selects"),
            reader.List("platforms"),
            reader.List("archs"),
            options,
            reader.List("projects"),
            parameters,
            ParseTarget(path, reader, root, name, dir));
    }

    // Exactly the plat-<p> libs are platforms: the resolver turns on the lib of the target's platform by that name.
    private static PlatformTarget? ParseTarget(string path, Yaml.MappingReader reader, YamlMappingNode root, string name, string dir)
    {
        YamlNode? node = reader.Node("target");
        bool isPlatform = name.StartsWith(PlatformPrefix, StringComparison.Ordinal);
        if (node is null)
            return isPlatform ? throw reader.Error(root, $"platform lib '{name}' has no 'target' section", "add `target:` with runner, linker-script and archs (docs/manifest.md)") : null;
        if (!isPlatform) throw reader.Error(node, $"only a platform lib ({PlatformPrefix}<platform>) has a 'target' section, not '{name}'", "remove `target:`, or rename the lib");
        if (node is not YamlMappingNode map) throw reader.Error(node, "'target' must be a mapping with runner, linker-script and archs", "see docs/manifest.md");
        var r = new Yaml.MappingReader(path, map, ["runner", "linker-script", "archs"]);
        string Required(string key) => r.Scalar(key) is { Length: > 0 } v ? v : throw r.Error(map, $"'target' needs '{key}'", $"add `{key}: ...` under target (docs/manifest.md)");
        string runner = Required("runner");
        if (!Run.IRunner.Names.Contains(runner))
            throw r.Error(r.Node("runner")!, $"unknown runner '{runner}'", $"use one of: {string.Join(", ", Run.IRunner.Names)}");
        string script = Path.Combine(dir, Required("linker-script"));
        if (!File.Exists(script)) throw r.Error(r.Node("linker-script")!, $"linker script {script} does not exist", "name a file in the lib's folder");
        if (r.Node("archs") is not YamlMappingNode { Children.Count: > 0 } archs)
            throw r.Error(r.Node("archs") ?? map, "'target' needs 'archs', a mapping of architectures to ilc's --targetarch", "write e.g. `archs: {x86_64: x64}`");
        var pairs = new List<(string, string)>();
        foreach (var (k, v) in archs.Children)
        {
            if (k is not YamlScalarNode { Value: { Length: > 0 } arch } || v is not YamlScalarNode { Value: { Length: > 0 } ilcArch })
                throw r.Error(k, "each of 'archs' must be `<arch>: <ilc --targetarch>`", "write e.g. `x86_64: x64`");
            pairs.Add((arch, ilcArch));
        }
        return new PlatformTarget(name[PlatformPrefix.Length..], script, runner, pairs);
    }

    private static OptionSpec ParseOption(string path, string name, YamlNode node)
    {
        if (node is not YamlMappingNode map) throw new KilnException($"{path}:{node.Start.Line}: option '{name}' must be a mapping", "see docs/manifest.md");
        if (name == Project.AppConfig.EnabledKey)
            throw new KilnException($"{path}:{node.Start.Line}: an option cannot be called '{name}'", "kiln.yaml uses `enabled:` to switch a lib off; rename the option");
        var r = new Yaml.MappingReader(path, map, ["type", "default", "help", "range", "choices", "constant"]);
        string typeText = r.RequiredScalar("type");
        OptionType type = typeText switch
        {
            "bool" => OptionType.Bool, "int" => OptionType.Int, "string" => OptionType.String, "choice" => OptionType.Choice,
            _ => throw r.Error(r.Node("type")!, $"option '{name}' has unknown type '{typeText}'", "use bool, int, string or choice"),
        };
        long? min = null, max = null;
        if (r.Node("range") is YamlSequenceNode { Children.Count: 2 } range)
        {
            min = long.Parse(((YamlScalarNode)range.Children[0]).Value!);
            max = long.Parse(((YamlScalarNode)range.Children[1]).Value!);
        }
        List<(string, string)>? choices = null;
        if (type == OptionType.Choice)
        {
            if (r.Node("choices") is not YamlMappingNode cm || cm.Children.Count == 0)
                throw r.Error(map, $"choice option '{name}' needs 'choices' (name: help)", "list the alternatives");
            choices = cm.Children.Select(c => (((YamlScalarNode)c.Key).Value!, ((YamlScalarNode)c.Value).Value ?? "")).ToList();
        }
        var spec = new OptionSpec(name, type, r.RequiredScalar("default"), r.Scalar("help") ?? "", min, max, choices, r.Scalar("constant"));
        if (spec.Check(spec.Default).Error is { } error) throw r.Error(map, $"default of option '{name}': {error}", "fix the default");
        return spec;
    }
}
