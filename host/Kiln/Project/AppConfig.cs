using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kiln.Project;

public sealed record Target(string Plat, string Arch)
{
    public override string ToString() => $"{Plat}/{Arch}";
}

/// <summary>The app's kiln.yaml: its name and the targets it builds for (docs/kiln-yaml.md).</summary>
public sealed class AppConfig
{
    public static readonly string[] Platforms = ["kvm", "linuxu"];
    public static readonly string[] Architectures = ["x86_64"];

    public required string Name { get; init; }
    public required IReadOnlyList<Target> Targets { get; init; }

    public static AppConfig Load(string path)
    {
        YamlStream yaml = new();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlException e)
        {
            throw new KilnException($"{path}:{e.Start.Line}: {e.Message}", "fix the YAML syntax");
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            throw new KilnException($"{path}: expected a mapping with 'name' and 'targets'", "see docs/kiln-yaml.md");

        string? name = null;
        List<Target> targets = [];
        foreach (var (keyNode, value) in root.Children)
        {
            string key = ((YamlScalarNode)keyNode).Value ?? "";
            switch (key)
            {
                case "name":
                    name = Scalar(path, value, "name");
                    if (!IsValidName(name))
                        throw Error(path, value, $"name '{name}' must be letters, digits, '-' or '_'", "rename the app");
                    break;
                case "targets":
                    if (value is not YamlSequenceNode seq) throw Error(path, value, "'targets' must be a list", "write e.g. `targets: [{plat: kvm, arch: x86_64}]`");
                    foreach (var item in seq) targets.Add(ParseTarget(path, item));
                    break;
                default:
                    throw Error(path, keyNode, $"unknown key '{key}'", "allowed keys: name, targets");
            }
        }
        if (name is null) throw new KilnException($"{path}: missing 'name'", "add `name: <app>`");
        if (targets.Count == 0) targets.Add(new Target("kvm", "x86_64"));
        return new AppConfig { Name = name, Targets = targets };
    }

    private static Target ParseTarget(string path, YamlNode node)
    {
        if (node is not YamlMappingNode map) throw Error(path, node, "a target must be a mapping with 'plat' and 'arch'", "write e.g. `- {plat: kvm, arch: x86_64}`");
        string plat = "kvm", arch = "x86_64";
        foreach (var (k, v) in map.Children)
        {
            string key = ((YamlScalarNode)k).Value ?? "";
            if (key == "plat") plat = CheckChoice(path, v, Scalar(path, v, key), Platforms, "plat");
            else if (key == "arch") arch = CheckChoice(path, v, Scalar(path, v, key), Architectures, "arch");
            else throw Error(path, k, $"unknown target key '{key}'", "allowed keys: plat, arch");
        }
        return new Target(plat, arch);
    }

    private static string CheckChoice(string path, YamlNode node, string value, string[] allowed, string what) =>
        allowed.Contains(value) ? value : throw Error(path, node, $"unknown {what} '{value}'", $"use one of: {string.Join(", ", allowed)}");

    private static string Scalar(string path, YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } v } ? v : throw Error(path, node, $"'{key}' must be a plain value", "write it as `key: value`");

    private static KilnException Error(string path, YamlNode node, string problem, string fix) =>
        new($"{path}:{node.Start.Line}: {problem}", fix);

    public static bool IsValidName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_') && char.IsAsciiLetter(name[0]);
}
