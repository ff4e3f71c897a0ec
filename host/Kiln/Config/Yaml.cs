using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Kiln.Config;

/// <summary>Strict YAML reading: every problem names the file and line.</summary>
public static class Yaml
{
    /// <summary>The most a kiln YAML file may nest (mappings and lists); YamlDotNet's loader recurses once per level.</summary>
    public const int MaxDepth = 64;
    /// <summary>The longest kiln YAML file read, in characters; real ones are a few hundred.</summary>
    public const int MaxChars = 1 << 20;

    /// <summary>The file's text, read no further than MaxChars (kiln.yaml could point at /dev/zero).</summary>
    public static string ReadFile(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var buffer = new char[MaxChars + 1];
            int length = reader.ReadBlock(buffer);
            return length > MaxChars ? throw TooLong(path) : new string(buffer, 0, length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KilnException($"cannot read {path}: {KilnException.Describe(e)}", "check that it is a readable file");
        }
    }

    public static YamlMappingNode LoadMapping(string path) =>
        Parse(ReadFile(path), path) as YamlMappingNode ?? throw new KilnException($"{path}: expected a mapping at the top level", "see docs/");

    /// <summary>
    /// The root node of the one YAML document in text (null when there is none). Refuses, naming path and line,
    /// what YamlDotNet would crash on or quietly drop: more than MaxChars, nesting deeper than MaxDepth, a second
    /// document, and anchors or aliases (an edit of an alias would change the anchored value elsewhere).
    /// </summary>
    public static YamlNode? Parse(string text, string path)
    {
        if (text.Length > MaxChars) throw TooLong(path);
        var stream = new YamlStream();
        try
        {
            stream.Load(new CheckedParser(new Parser(new StringReader(text)), path));
        }
        catch (YamlException e)
        {
            throw new KilnException($"{path}:{e.Start.Line}: {e.Message}", "fix the YAML syntax");
        }
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    private static KilnException TooLong(string path) =>
        new($"{path}: more than the {MaxChars:N0} characters kiln reads", "this is not a kiln YAML file; see docs/");

    // Checks each event as the loader pulls it, so that the checks stop the loader's recursion before it goes deep.
    private sealed class CheckedParser(IParser inner, string path) : IParser
    {
        private int _depth, _documents;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            ParsingEvent e = inner.Current!;
            if (e is DocumentStart && ++_documents > 1)
                throw Refuse(e, "a second YAML document", "keep one document: remove this `---` and what follows, or merge it into the first");
            if (e is MappingStart or SequenceStart && ++_depth > MaxDepth)
                throw Refuse(e, $"nested deeper than {MaxDepth} levels", "flatten it (see docs/)");
            if (e is MappingEnd or SequenceEnd) _depth--;
            if (e is AnchorAlias || e is NodeEvent { Anchor.IsEmpty: false })
                throw Refuse(e, "YAML anchors and aliases (& and *) are not supported", "write the value out in full");
            return true;
        }

        private KilnException Refuse(ParsingEvent e, string problem, string fix) => new($"{path}:{e.Start.Line}: {problem}", fix);
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
