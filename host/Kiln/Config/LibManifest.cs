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

/// <summary>A micro-lib's manifest, guest/**/lib.yaml: what it is, what it needs, what it pulls in, its options.</summary>
public sealed record LibManifest(
    string Name, string Version, string Title, string Help, string Dir,
    bool DefaultEnabled, IReadOnlyList<string> Depends, IReadOnlyList<string> Selects,
    IReadOnlyList<string> Platforms, IReadOnlyList<string> Architectures, IReadOnlyList<OptionSpec> Options,
    IReadOnlyList<string> Projects, IReadOnlyList<(string Name, string Help)> Parameters)
{
    public const string FileName = "lib.yaml";

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
        var reader = new Yaml.MappingReader(path, root, ["name", "version", "title", "help", "default", "depends", "selects", "platforms", "archs", "options", "projects", "parameters"]);
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
        return new LibManifest(
            name,
            reader.Scalar("version") ?? "0.0.0",
            reader.RequiredScalar("title"),
            reader.Scalar("help") ?? "",
            Path.GetDirectoryName(Path.GetFullPath(path))!,
            reader.Bool("default") ?? false,
            reader.List("depends"),
            reader.List("selects"),
            reader.List("platforms"),
            reader.List("archs"),
            options,
            reader.List("projects"),
            parameters);
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
