using System.Text;
using Kiln.Project;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Kiln.Config;

/// <summary>
/// Edits kiln.yaml the way a person would: changes only the value in question, or adds the lines it needs next to
/// their siblings, keeping every comment, blank line and the order of keys.
/// </summary>
public static class KilnYamlEditor
{
    /// <summary>Applies `key=value` (key: `name`, `lib`, `lib.option` or `env.NAME`) to the text and returns the new text.</summary>
    public static string Set(string text, string key, string value)
    {
        if (Yaml.Parse(text, "kiln.yaml") is not YamlMappingNode root)
            throw new KilnException("kiln.yaml has no top-level mapping", "fix kiln.yaml first");

        if (key == "name") return ReplaceScalar(text, Value(root, "name") ?? throw new KilnException("kiln.yaml has no name"), value);

        // env.NAME is an entry of `env:` as lib is an entry of `libs:`; only libs' entries have options.
        int dot = key.IndexOf('.');
        bool env = key.StartsWith("env.", StringComparison.Ordinal);
        string section = env ? "env" : "libs";
        string lib = env ? key[4..] : dot < 0 ? key : key[..dot];
        string? option = env || dot < 0 ? null : key[(dot + 1)..];
        if (!(env ? AppConfig.IsEnvName(lib) : Symbols.IsName(lib) && option is not { Length: 0 }))
            throw new KilnException($"bad key '{key}'", "use name, <lib>, <lib>.<option> or env.<NAME>", 2);

        YamlNode? libs = Value(root, section);
        if (libs is null or YamlScalarNode { Value: null or "" })
        {
            string block = option is null ? $"{section}:\n  {lib}: {Quote(value)}\n" : $"{section}:\n  {lib}:\n    {option}: {Quote(value)}\n";
            if (libs is null) return AppendBlock(text, block);
            // `libs:` with nothing after it: put the entries on the following lines.
            return InsertAfterLine(text, (int)Key(root, section)!.Start.Line - 1, block[$"{section}:\n".Length..]);
        }
        if (libs is not YamlMappingNode libMap || libMap.Style == MappingStyle.Flow)
            throw new KilnException($"kiln.yaml's {section} is not a block mapping", $"write {section} one per line (see docs/kiln-yaml.md) and try again");

        YamlNode? libKey = Key(libMap, lib);
        string libIndent = Indent(text, libMap.Children.First().Key.Start);
        if (libKey is null)
        {
            string block = option is null ? $"{libIndent}{lib}: {Quote(value)}\n" : $"{libIndent}{lib}:\n{libIndent}  {option}: {Quote(value)}\n";
            return InsertAfterLine(text, LastLine(text, libMap), block);
        }
        YamlNode libValue = libMap.Children[libKey];
        if (env || option is null && libValue is YamlScalarNode) return ReplaceScalar(text, libValue, value);
        if (libValue is YamlScalarNode)
        {
            // `lib: true` (or false) becomes a mapping holding the option: setting an option switches the lib on.
            string indent = Indent(text, libKey.Start) + "  ";
            string head = text[..(int)libKey.End.Index] + ":";
            return head + "\n" + indent + option + ": " + Quote(value) + text[(int)libValue.End.Index..];
        }
        if (libValue is not YamlMappingNode optionMap || optionMap.Style == MappingStyle.Flow)
            throw new KilnException($"kiln.yaml's libs.{lib} is not a block mapping", "write its options one per line and try again");
        if (option is null)
        {
            // A lib with options is switched by `enabled:` among them, so that its options stay for when it is on again.
            if (Key(optionMap, AppConfig.EnabledKey) is { } enabled) return ReplaceScalar(text, optionMap.Children[enabled], value);
            if (value is "true" or "on" or "yes") return text; // a mapping of options without `enabled:` means on
            string enabledLine = $"{Indent(text, optionMap.Children.First().Key.Start)}{AppConfig.EnabledKey}: {Quote(value)}\n";
            return InsertAfterLine(text, (int)libKey.Start.Line - 1, enabledLine);
        }
        YamlNode? optionKey = Key(optionMap, option);
        if (optionKey is not null) return ReplaceScalar(text, optionMap.Children[optionKey], value);
        string optionIndent = Indent(text, optionMap.Children.First().Key.Start);
        return InsertAfterLine(text, LastLine(text, optionMap), $"{optionIndent}{option}: {Quote(value)}\n");
    }

    private static YamlNode? Key(YamlMappingNode map, string key) => map.Children.Keys.FirstOrDefault(k => (k as YamlScalarNode)?.Value == key);

    private static YamlNode? Value(YamlMappingNode map, string key) => Key(map, key) is { } k ? map.Children[k] : null;

    private static string ReplaceScalar(string text, YamlNode node, string value)
    {
        if (node is not YamlScalarNode) throw new KilnException("that key holds a list or mapping, not a value", "edit kiln.yaml by hand");
        return text[..(int)node.Start.Index] + Quote(value) + text[(int)node.End.Index..];
    }

    // Plain when YAML reads it back as the same string, double-quoted (with escapes) otherwise.
    private static string Quote(string value)
    {
        bool plain = value.Length > 0 && !value.Any(c => char.IsControl(c) || c is ':' or '#' or '"' or '\'' or '{' or '}' or '[' or ']' or ',' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`')
                     && value.Trim() == value && value[0] != '-' && value[0] != '?';
        if (plain) return value;
        var quoted = new StringBuilder("\"");
        foreach (char c in value)
            quoted.Append(c switch { '\\' => @"\\", '"' => "\\\"", '\n' => @"\n", '\t' => @"\t", _ when char.IsControl(c) => $"\\x{(int)c:x2}", _ => c.ToString() });
        return quoted.Append('"').ToString();
    }

    private static string Indent(string text, Mark mark)
    {
        int lineStart = (int)mark.Index - ((int)mark.Column - 1);
        return text[lineStart..(int)mark.Index];
    }

    // The last line (0-based) that holds content of the node: its last scalar's line. (Block collections' own end
    // marks point at the next token, past comments that belong to what follows.)
    private static int LastLine(string text, YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.Count == 0 ? (int)map.Start.Line - 1 : map.Children.Max(c => Math.Max(LastLine(text, c.Key), LastLine(text, c.Value))),
        YamlSequenceNode seq => seq.Children.Count == 0 ? (int)seq.Start.Line - 1 : seq.Children.Max(c => LastLine(text, c)),
        _ => (int)node.End.Line - 1,
    };

    private static int NextLineStart(string text, int line)
    {
        int index = 0;
        for (int i = 0; i <= line && index < text.Length; i++)
        {
            int nl = text.IndexOf('\n', index);
            index = nl < 0 ? text.Length : nl + 1;
        }
        return index;
    }

    private static string InsertAfterLine(string text, int line, string block)
    {
        int at = NextLineStart(text, line);
        string prefix = text[..at];
        if (prefix.Length > 0 && !prefix.EndsWith('\n')) prefix += "\n";
        return prefix + block + text[at..];
    }

    private static string AppendBlock(string text, string block) =>
        (text.Length == 0 || text.EndsWith('\n') ? text : text + "\n") + block;
}
