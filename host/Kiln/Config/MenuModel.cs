using Kiln.Project;

namespace Kiln.Config;

/// <summary>
/// The state behind `kiln menu`, free of any UI: rows for every lib of the catalog and its options, the kiln.yaml
/// text being edited, and the operations the menu offers. Every change goes through KilnYamlEditor and the
/// resolver, so the menu can only produce configurations `kiln build` accepts.
/// </summary>
public sealed class MenuModel
{
    public sealed record Row(string Lib, string? Option, string Label, string Help);

    private readonly Resolver _resolver;
    private readonly string _path;
    private readonly Target _target;
    private string _saved;

    public MenuModel(string configPath, Target target, Resolver resolver)
    {
        _path = configPath;
        _target = target;
        _resolver = resolver;
        _saved = Text = Yaml.ReadFile(configPath);
        Resolution = Resolve(Text) ?? throw new KilnException($"{configPath} does not resolve for {target}", "fix it with `kiln config lint` first");
        Rows = BuildRows();
    }

    public string Text { get; private set; }
    public Resolution Resolution { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; }
    public bool Dirty => Text != _saved;
    public string Message { get; private set; } = "";

    private Resolution? Resolve(string text)
    {
        try
        {
            return AppConfig.Parse(text, _path).Resolve(_resolver, _target);
        }
        catch (KilnException e)
        {
            Report(e);
            return null;
        }
    }

    private void Report(KilnException e) => Message = e.Message + (e.Fix is null ? "" : $" (fix: {e.Fix})");

    private IReadOnlyList<Row> BuildRows()
    {
        var rows = new List<Row>();
        foreach (LibManifest lib in _resolver.Catalog.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            ResolvedLib? on = Resolution.Lib(lib.Name);
            string state = on is null ? "[ ]" : "[x]";
            rows.Add(new Row(lib.Name, null, $"{state} {lib.Name,-14} {lib.Title}", $"{lib.Title} ({lib.Name} {lib.Version})\n{lib.Help.Trim()}"));
            foreach (OptionSpec o in lib.Options)
            {
                string value = on?.Option(o.Name) ?? o.Default;
                string kind = o.Type switch
                {
                    OptionType.Int => $"int {o.Min}..{o.Max}",
                    OptionType.Choice => "one of " + string.Join(", ", o.Choices!.Select(c => c.Name)),
                    _ => o.Type.ToString().ToLowerInvariant(),
                };
                rows.Add(new Row(lib.Name, o.Name, $"      {o.Name} = {value}", $"{lib.Name}.{o.Name} ({kind}, default {o.Default})\n{o.Help.Trim()}"));
            }
        }
        return rows;
    }

    /// <summary>Why the row's lib is on, or what it needs to be switched on.</summary>
    public string Why(Row row)
    {
        ResolvedLib? on = Resolution.Lib(row.Lib);
        if (on is not null) return $"{row.Lib} is on: {on.Reason}";
        LibManifest lib = _resolver.Find(row.Lib)!;
        var needs = new List<string>();
        if (lib.Platforms.Count > 0 && !lib.Platforms.Contains(_target.Plat)) needs.Add($"plat {string.Join(" or ", lib.Platforms)} (target is {_target})");
        if (lib.Architectures.Count > 0 && !lib.Architectures.Contains(_target.Arch)) needs.Add($"arch {string.Join(" or ", lib.Architectures)} (target is {_target})");
        foreach (string text in lib.Depends)
        {
            DepExpr e = DepExpr.Parse(text);
            if (!Resolver.Holds(e, Resolution)) needs.Add(e.ToString()!);
        }
        return needs.Count == 0 ? $"{row.Lib} is off; Space switches it on" : $"{row.Lib} is off; it needs " + string.Join("; ", needs);
    }

    /// <summary>Switches the row's lib on or off. False (with Message saying why) when the result would not resolve.</summary>
    public bool Toggle(Row row) => Apply(row.Lib, Resolution.Lib(row.Lib) is null ? "true" : "false");

    public bool SetOption(Row row, string value) => row.Option is not null && Apply($"{row.Lib}.{row.Option}", value);

    private bool Apply(string key, string value)
    {
        string text;
        try { text = KilnYamlEditor.Set(Text, key, value); }
        catch (KilnException e) { Report(e); return false; }
        Resolution? resolved = Resolve(text);
        if (resolved is null) return false;
        Text = text;
        Resolution = resolved;
        Rows = BuildRows();
        Message = $"{key} = {value}";
        return true;
    }

    /// <summary>Index of the first row after `from` whose name or help mentions the term (wrapping), or -1.</summary>
    public int Search(string term, int from)
    {
        for (int i = 1; i <= Rows.Count; i++)
        {
            int at = (from + i) % Rows.Count;
            Row r = Rows[at];
            if ((r.Option ?? r.Lib).Contains(term, StringComparison.OrdinalIgnoreCase) || r.Help.Contains(term, StringComparison.OrdinalIgnoreCase)) return at;
        }
        return -1;
    }

    /// <summary>Writes the text to kiln.yaml. False (with Message saying why) when it cannot, or when kiln.yaml changed since the menu read it.</summary>
    public bool Save()
    {
        try
        {
            ConfigFile.Edit(_path, current => current == _saved ? Text
                : throw new KilnException($"{_path} changed since the menu read it; not saved", "quit (q twice) and open the menu again"));
        }
        catch (KilnException e)
        {
            Report(e);
            return false;
        }
        _saved = Text;
        Message = $"saved {_path}";
        return true;
    }
}
