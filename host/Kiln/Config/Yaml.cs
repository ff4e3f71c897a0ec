using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kiln.Config;

/// <summary>Strict YAML reading: every problem names the file and line.</summary>
public static class Yaml
{
    public static YamlMappingNode LoadMapping(string path)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new KilnException($"{path}:{e.Start.Line}: {e.Message}", "fix the YAML syntax");
        }
        catch (IOException e)
        {
            throw new KilnException($"cannot read {path}: {e.Message}");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new KilnException($"{path}: expected a mapping at the top level", "see docs/");
        return root;
    }

    public sealed class MappingReader
    {
        private readonly string _path;
        private readonly Dictionary<string, YamlNode> _values = new();

        public MappingReader(string path, YamlMappingNode map, string[] allowed)
        {
            _path = path;
            foreach (var (k, v) in map.Children)
            {
                string key = (k as YamlScalarNode)?.Value ?? "";
                if (!allowed.Contains(key)) throw Error(k, $"unknown key '{key}'", $"allowed keys: {string.Join(", ", allowed)}");
                _values[key] = v;
            }
        }

        public YamlNode? Node(string key) => _values.GetValueOrDefault(key);

        public string? Scalar(string key) => Node(key) switch
        {
            null => null,
            YamlScalarNode s => s.Value,
            var n => throw Error(n, $"'{key}' must be a plain value", $"write it as `{key}: value`"),
        };

        public string RequiredScalar(string key) =>
            Scalar(key) ?? throw new KilnException($"{_path}: missing '{key}'", $"add `{key}: ...`");

        public bool? Bool(string key) => Scalar(key) switch
        {
            null => null,
            "true" or "y" or "yes" => true,
            "false" or "n" or "no" => false,
            var other => throw Error(Node(key)!, $"'{key}' must be true or false, not '{other}'", "use true or false"),
        };

        public IReadOnlyList<string> List(string key) => Node(key) switch
        {
            null => [],
            YamlSequenceNode seq => seq.Children.Select(c => (c as YamlScalarNode)?.Value ?? throw Error(c, $"'{key}' entries must be plain values", "write a list of names")).ToList(),
            YamlScalarNode s when string.IsNullOrEmpty(s.Value) => [],
            var n => throw Error(n, $"'{key}' must be a list", $"write `{key}: [a, b]`"),
        };

        public KilnException Error(YamlNode node, string problem, string fix) => new($"{_path}:{node.Start.Line}: {problem}", fix);
    }
}
