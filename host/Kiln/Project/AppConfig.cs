using Kiln.Config;
using YamlDotNet.RepresentationModel;

namespace Kiln.Project;

public sealed record Target(string Plat, string Arch)
{
    public override string ToString() => $"{Plat}/{Arch}";
}

/// <summary>The app's kiln.yaml: its name and the targets it builds for (docs/kiln-yaml.md).</summary>
public sealed class AppConfig
{
    /// <summary>The platforms a target may name: the platform libs' folders (their manifests are checked when read).</summary>
    public static string[] Platforms => Catalog.PlatformNames;
    /// <summary>The architectures a target may name: the folders of guest/arch.</summary>
    public static string[] Architectures => Catalog.ArchitectureNames;

    public required string Name { get; init; }
    public required IReadOnlyList<Target> Targets { get; init; }

    /// <summary>Libs switched on or off and option values, from the `libs:` section.</summary>
    public Selection Selection { get; init; } = Selection.Empty;
    /// <summary>Default app arguments for `kiln run` when none follow `--`.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];
    /// <summary>Kernel parameters (`name` or `name=value`), taken by the image's libs at boot; not seen by the app.</summary>
    public IReadOnlyList<string> Cmdline { get; init; } = [];
    /// <summary>Environment variables for the app.</summary>
    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();
    /// <summary>Where each `lib` and `lib.option` key stands, for file:line messages.</summary>
    public IReadOnlyDictionary<string, int> Lines { get; init; } = new Dictionary<string, int>();
    public string Path { get; init; } = "";

    public static AppConfig Load(string path) => Parse(Yaml.ReadFile(path), path);

    /// <summary>Reads kiln.yaml's text; path is the file it names in messages.</summary>
    public static AppConfig Parse(string text, string path)
    {
        if (Yaml.Parse(text, path) is not YamlMappingNode root)
            throw new KilnException($"{path}: expected a mapping with 'name' and 'targets'", "see docs/kiln-yaml.md");

        string? name = null;
        List<Target> targets = [];
        var libs = new Dictionary<string, bool>();
        var options = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        var lines = new Dictionary<string, int>();
        List<string> args = [], cmdline = [];
        var env = new Dictionary<string, string>();
        foreach (var (keyNode, value) in root.Children)
        {
            string key = KeyName(path, keyNode);
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
                case "libs":
                    ParseLibs(path, value, libs, options, lines);
                    break;
                case "args":
                    if (value is not YamlSequenceNode argList) throw Error(path, value, "'args' must be a list", "write `args: [a, b]`");
                    args.AddRange(argList.Children.Select(a => Scalar(path, a, "args")));
                    break;
                case "cmdline":
                    if (value is not YamlSequenceNode paramList) throw Error(path, value, "'cmdline' must be a list of kernel parameters", "write `cmdline: [alloc.trace]`");
                    foreach (var item in paramList.Children)
                    {
                        string param = Scalar(path, item, "cmdline");
                        if (param.Length == 0 || param.StartsWith('=') || param.Any(char.IsWhiteSpace) && !param.Contains('='))
                            throw Error(path, item, $"'{param}' is not a kernel parameter", "write `name` or `name=value`");
                        lines["cmdline:" + param] = (int)item.Start.Line;
                        cmdline.Add(param);
                    }
                    break;
                case "env":
                    if (value is not YamlMappingNode envMap) throw Error(path, value, "'env' must be a mapping", "write `env: {NAME: value}`");
                    foreach (var (k, v) in envMap.Children)
                    {
                        string envName = Scalar(path, k, "env");
                        if (!IsEnvName(envName)) throw Error(path, k, $"'{envName}' is not an environment variable name", "use letters, digits and '_', not starting with a digit");
                        env[envName] = Scalar(path, v, "env");
                    }
                    break;
                default:
                    throw Error(path, keyNode, $"unknown key '{key}'", "allowed keys: name, targets, libs, cmdline, args, env");
            }
        }
        if (name is null) throw new KilnException($"{path}: missing 'name'", "add `name: <app>`");
        if (targets.Count == 0) targets.Add(new Target("kvm", "x86_64"));
        return new AppConfig
        {
            Name = name, Targets = targets, Selection = new Selection(libs, options), Args = args, Cmdline = cmdline, Env = env, Lines = lines, Path = path,
        };
    }

    // libs:
    //   console: false          switch a lib off (or true: on)
    //   alloc:                  switch it on and set options
    //     allocator: freelist
    //   sched:                  switch it off, keeping its options for when it is switched on again
    //     enabled: false
    //     quantum-ms: 5
    private static void ParseLibs(string path, YamlNode node, Dictionary<string, bool> libs,
                                  Dictionary<string, IReadOnlyDictionary<string, string>> options, Dictionary<string, int> lines)
    {
        if (node is YamlScalarNode { Value: null or "" }) return;
        if (node is not YamlMappingNode map) throw Error(path, node, "'libs' must be a mapping of lib names", "write e.g. `libs: {alloc: {allocator: freelist}}`");
        foreach (var (k, v) in map.Children)
        {
            string lib = Scalar(path, k, "libs");
            lines[lib] = (int)k.Start.Line;
            switch (v)
            {
                case YamlScalarNode s when Switch(s) is { } on:
                    libs[lib] = on;
                    break;
                case YamlMappingNode optionMap:
                    libs[lib] = true;
                    var values = new Dictionary<string, string>();
                    foreach (var (ok, ov) in optionMap.Children)
                    {
                        string option = Scalar(path, ok, "option");
                        if (option == EnabledKey)
                        {
                            libs[lib] = ov is YamlScalarNode e && Switch(e) is { } enabled ? enabled
                                : throw Error(path, ov, $"'{EnabledKey}' must be true or false", $"write `{EnabledKey}: false` to switch {lib} off");
                            continue;
                        }
                        lines[$"{lib}.{option}"] = (int)ok.Start.Line;
                        values[option] = Scalar(path, ov, option);
                    }
                    options[lib] = values;
                    break;
                default:
                    throw Error(path, v, $"lib '{lib}' must be true, false or a mapping of options", $"write `{lib}: true` or `{lib}: {{option: value}}`");
            }
        }
    }

    /// <summary>The key in a lib's mapping that switches it off while keeping its options; never an option's name.</summary>
    public const string EnabledKey = "enabled";

    private static bool? Switch(YamlScalarNode node) => node.Value switch
    {
        "true" or "on" or "yes" => true,
        "false" or "off" or "no" => false,
        _ => null,
    };

    /// <summary>Checks the libs section against the catalog, naming kiln.yaml's line for each unknown name or bad value.</summary>
    public void Check(Resolver resolver)
    {
        foreach (string lib in Selection.Libs.Keys)
        {
            LibManifest? m = resolver.Find(lib);
            if (m is null)
                throw new KilnException($"{Path}:{Lines[lib]}: unknown lib '{lib}'", $"known libs: {string.Join(", ", resolver.Catalog.Select(l => l.Name).Order())}");
            foreach (var (option, text) in Selection.Options.GetValueOrDefault(lib) ?? new Dictionary<string, string>())
            {
                OptionSpec? spec = m.Option(option);
                string at = $"{Path}:{Lines[$"{lib}.{option}"]}";
                if (spec is null)
                    throw new KilnException($"{at}: lib '{lib}' has no option '{option}'", m.Options.Count == 0 ? $"{lib} has no options" : $"its options: {string.Join(", ", m.Options.Select(o => o.Name))}");
                if (spec.Check(text).Error is { } error) throw new KilnException($"{at}: {lib}.{option}: {error}", "fix the value");
            }
        }
    }

    private static Target ParseTarget(string path, YamlNode node)
    {
        if (node is not YamlMappingNode map) throw Error(path, node, "a target must be a mapping with 'plat' and 'arch'", "write e.g. `- {plat: kvm, arch: x86_64}`");
        string plat = "kvm", arch = "x86_64";
        foreach (var (k, v) in map.Children)
        {
            string key = KeyName(path, k);
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

    private static string KeyName(string path, YamlNode node) =>
        node is YamlScalarNode { Value: { } v } ? v : throw Error(path, node, "a key must be a plain name", "write it as `key: value`");

    private static KilnException Error(string path, YamlNode node, string problem, string fix) =>
        new($"{path}:{node.Start.Line}: {problem}", fix);

    /// <summary>Resolves the configuration for one target: kiln.yaml checked against the catalog, then the resolver.</summary>
    public Resolution Resolve(Resolver resolver, Target target)
    {
        Check(resolver);
        Resolution resolution;
        try
        {
            resolution = resolver.Resolve(target, Selection);
        }
        catch (KilnException e)
        {
            throw new KilnException($"{Path}: {e.Message}", e.Fix, e.ExitCode);
        }
        foreach (string param in Cmdline)
            KernelParameter.Check(param, $"{Path}:{Lines["cmdline:" + param]}", target.ToString(), resolution.Libs.Select(l => l.Manifest), exitCode: 1);
        // Every image needs the platform layer of its target; nothing else can stand in for it.
        string platformLib = LibManifest.PlatformPrefix + target.Plat;
        if (resolution.Lib(platformLib) is null)
            throw new KilnException($"{Path}: {platformLib} is off, but a {target.Plat} image cannot work without its platform lib", $"remove `{platformLib}: false` from libs");
        return resolution;
    }

    public static bool IsEnvName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    public static bool IsValidName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_') && char.IsAsciiLetter(name[0]);
}
