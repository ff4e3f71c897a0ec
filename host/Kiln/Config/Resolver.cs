using Kiln.Project;

namespace Kiln.Config;

/// <summary>What an app asks for: libs switched on or off explicitly, and option values (lib → option → text).</summary>
public sealed record Selection(
    IReadOnlyDictionary<string, bool> Libs,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Options)
{
    public static Selection Empty { get; } = new(new Dictionary<string, bool>(), new Dictionary<string, IReadOnlyDictionary<string, string>>());
}

/// <summary>One enabled lib, why it is on, and its final option values (declaration order).</summary>
public sealed record ResolvedLib(LibManifest Manifest, string Reason, IReadOnlyList<KeyValuePair<string, string>> Options)
{
    public string Name => Manifest.Name;
    public string Option(string name) => Options.First(o => o.Key == name).Value;
}

/// <summary>The outcome: enabled libs, dependencies first (ties by name), so the same input always gives the same output.</summary>
public sealed record Resolution(Target Target, IReadOnlyList<ResolvedLib> Libs)
{
    public ResolvedLib? Lib(string name) => Libs.FirstOrDefault(l => l.Name == name);
}

/// <summary>
/// Kconfig-like resolution over the micro-lib catalog: explicit choices, then defaults (only where the lib
/// supports the target), then the closure of `selects`; afterwards every `depends` must hold and every enabled lib
/// must support the target. Errors explain the chain that led to them.
/// </summary>
public sealed class Resolver
{
    private readonly Dictionary<string, LibManifest> _libs;
    private readonly Dictionary<string, DepExpr[]> _depends = new();

    public Resolver(IEnumerable<LibManifest> catalog)
    {
        _libs = new Dictionary<string, LibManifest>(StringComparer.Ordinal);
        foreach (LibManifest lib in catalog)
        {
            if (!_libs.TryAdd(lib.Name, lib))
                throw new KilnException($"two micro-libs are named '{lib.Name}' ({_libs[lib.Name].Dir} and {lib.Dir})", "rename one of them");
        }
        foreach (LibManifest lib in _libs.Values)
        {
            var exprs = new List<DepExpr>();
            foreach (string text in lib.Depends)
            {
                DepExpr e;
                try { e = DepExpr.Parse(text); }
                catch (FormatException f) { throw new KilnException($"lib '{lib.Name}': bad depends expression: {f.Message}", "see docs/manifest.md"); }
                foreach (string s in e.Symbols()) CheckSymbol(lib, s, "depends on");
                exprs.Add(e);
            }
            _depends[lib.Name] = [.. exprs];
            foreach (string s in lib.Selects)
                if (!_libs.ContainsKey(s)) throw new KilnException($"lib '{lib.Name}' selects unknown lib '{s}'", "fix its manifest");
        }
        CheckCycles();
    }

    public IReadOnlyCollection<LibManifest> Catalog => _libs.Values;
    public LibManifest? Find(string name) => _libs.GetValueOrDefault(name);

    private void CheckSymbol(LibManifest lib, string symbol, string how)
    {
        if (symbol.StartsWith("plat:") || symbol.StartsWith("arch:")) return;
        int dot = symbol.IndexOf('.');
        string libName = dot < 0 ? symbol : symbol[..dot];
        if (!_libs.TryGetValue(libName, out var target))
            throw new KilnException($"lib '{lib.Name}' {how} unknown lib '{libName}'", "fix its manifest");
        if (dot >= 0 && target.Option(symbol[(dot + 1)..]) is not { Type: OptionType.Bool })
            throw new KilnException($"lib '{lib.Name}' {how} '{symbol}', which is not a bool option", "fix its manifest");
    }

    private IEnumerable<string> Edges(string lib) =>
        _depends[lib].SelectMany(e => e.Symbols()).Where(s => !s.Contains(':')).Select(s => s.Split('.')[0])
            .Concat(_libs[lib].Selects).Where(s => s != lib).Distinct();

    // A lib that (through depends and selects) needs itself can never be configured sensibly.
    private void CheckCycles()
    {
        var state = new Dictionary<string, int>(); // 1 = on the path, 2 = done
        var path = new List<string>();
        foreach (string lib in _libs.Keys.Order(StringComparer.Ordinal)) Visit(lib);

        void Visit(string lib)
        {
            if (state.GetValueOrDefault(lib) == 2) return;
            if (state.GetValueOrDefault(lib) == 1)
            {
                var cycle = path.Skip(path.IndexOf(lib)).Append(lib);
                throw new KilnException($"recursive dependency: {string.Join(" -> ", cycle)}", "break the cycle in those manifests");
            }
            state[lib] = 1;
            path.Add(lib);
            foreach (string next in Edges(lib).Order(StringComparer.Ordinal)) Visit(next);
            path.RemoveAt(path.Count - 1);
            state[lib] = 2;
        }
    }

    private static bool Supports(LibManifest lib, Target t) =>
        (lib.Platforms.Count == 0 || lib.Platforms.Contains(t.Plat)) && (lib.Architectures.Count == 0 || lib.Architectures.Contains(t.Arch));

    private static string Needs(LibManifest lib)
    {
        var parts = new List<string>();
        if (lib.Platforms.Count > 0) parts.Add("plat " + string.Join(" or ", lib.Platforms));
        if (lib.Architectures.Count > 0) parts.Add("arch " + string.Join(" or ", lib.Architectures));
        return string.Join(" and ", parts);
    }

    public Resolution Resolve(Target target, Selection selection)
    {
        foreach (string name in selection.Libs.Keys)
            if (!_libs.ContainsKey(name)) throw new KilnException($"unknown lib '{name}'", $"known libs: {string.Join(", ", _libs.Keys.Order())}");

        var reasons = new Dictionary<string, string>();
        var selectedBy = new Dictionary<string, string>();
        var queue = new Queue<string>();
        foreach (LibManifest lib in _libs.Values.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            if (selection.Libs.TryGetValue(lib.Name, out bool on))
            {
                if (on) { reasons[lib.Name] = "enabled in kiln.yaml"; queue.Enqueue(lib.Name); }
            }
            else if (lib.DefaultEnabled && Supports(lib, target))
            {
                reasons[lib.Name] = "on by default";
                queue.Enqueue(lib.Name);
            }
        }
        while (queue.Count > 0)
        {
            string lib = queue.Dequeue();
            foreach (string s in _libs[lib].Selects)
            {
                if (selection.Libs.TryGetValue(s, out bool on) && !on)
                    throw new KilnException($"{Chain(lib, selectedBy, reasons)} selects {s}, but kiln.yaml disables {s}", $"enable {s} or disable {lib}");
                if (reasons.ContainsKey(s)) continue;
                reasons[s] = $"selected by {lib}";
                selectedBy[s] = lib;
                queue.Enqueue(s);
            }
        }

        foreach (string lib in reasons.Keys.Order(StringComparer.Ordinal))
        {
            LibManifest m = _libs[lib];
            if (!Supports(m, target))
                throw new KilnException($"{Chain(lib, selectedBy, reasons)}, which needs {Needs(m)}; target {target} has {(m.Platforms.Contains(target.Plat) ? "another arch" : "neither")}",
                    $"pick a target {lib} supports, or drop what selects it");
        }

        var options = ResolveOptions(reasons.Keys, selection);
        var resolution = new Resolution(target, TopologicalOrder(reasons.Keys).Select(n => new ResolvedLib(_libs[n], reasons[n], options[n])).ToList());

        foreach (string lib in reasons.Keys.Order(StringComparer.Ordinal))
        {
            foreach (DepExpr e in _depends[lib])
            {
                if (Holds(e, resolution)) continue;
                string detail = string.Join("; ", e.Symbols().Distinct().Select(s => Explain(s, target, reasons)));
                throw new KilnException($"{Chain(lib, selectedBy, reasons)} depends on {e}, which does not hold ({detail})",
                    $"enable what {lib} needs, or disable {lib}");
            }
        }
        return resolution;
    }

    /// <summary>Whether a dependency expression holds in a resolved configuration.</summary>
    public static bool Holds(DepExpr e, Resolution r) => e.Evaluate(s =>
    {
        if (s.StartsWith("plat:")) return s[5..] == r.Target.Plat;
        if (s.StartsWith("arch:")) return s[5..] == r.Target.Arch;
        int dot = s.IndexOf('.');
        if (dot < 0) return r.Lib(s) is not null;
        return r.Lib(s[..dot]) is { } lib && lib.Options.Any(o => o.Key == s[(dot + 1)..] && o.Value == "true");
    });

    private string Explain(string symbol, Target target, Dictionary<string, string> enabled)
    {
        if (symbol.StartsWith("plat:")) return $"target plat is {target.Plat}";
        if (symbol.StartsWith("arch:")) return $"target arch is {target.Arch}";
        string lib = symbol.Split('.')[0];
        if (enabled.ContainsKey(lib)) return symbol.Contains('.') ? $"{symbol} is off" : $"{lib} is on";
        LibManifest m = _libs[lib];
        return Supports(m, target) ? $"{lib} is off" : $"{lib} is off and needs {Needs(m)}, which target {target} lacks";
    }

    // "net (selected by app-x, enabled in kiln.yaml)" style: why a lib is on at all.
    private static string Chain(string lib, Dictionary<string, string> selectedBy, Dictionary<string, string> reasons)
    {
        var chain = new List<string> { lib };
        string cur = lib;
        while (selectedBy.TryGetValue(cur, out string? by) && !chain.Contains(by)) { chain.Add(by); cur = by; }
        chain.Reverse();
        string root = reasons[chain[0]];
        return chain.Count == 1 ? $"{lib} ({root})" : $"{string.Join(" selects ", chain)} ({chain[0]}: {root})";
    }

    private Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>> ResolveOptions(IEnumerable<string> enabled, Selection selection)
    {
        var enabledSet = enabled.ToHashSet();
        foreach (string lib in selection.Options.Keys)
        {
            if (!_libs.ContainsKey(lib)) throw new KilnException($"options given for unknown lib '{lib}'", $"known libs: {string.Join(", ", _libs.Keys.Order())}");
            // Options of a lib kiln.yaml switches off are kept for when it is switched on again.
            if (!enabledSet.Contains(lib) && selection.Libs.GetValueOrDefault(lib, true)) throw new KilnException($"options given for lib '{lib}', which is not enabled", $"enable {lib} or drop its options");
        }
        var result = new Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>>();
        foreach (string lib in enabledSet)
        {
            LibManifest m = _libs[lib];
            var given = selection.Options.GetValueOrDefault(lib) ?? new Dictionary<string, string>();
            foreach (string name in given.Keys)
                if (m.Option(name) is null)
                    throw new KilnException($"lib '{lib}' has no option '{name}'", m.Options.Count == 0 ? $"{lib} has no options" : $"its options: {string.Join(", ", m.Options.Select(o => o.Name))}");
            var values = new List<KeyValuePair<string, string>>();
            foreach (OptionSpec o in m.Options)
            {
                string text = given.GetValueOrDefault(o.Name) ?? o.Default;
                var (value, error) = o.Check(text);
                if (error is not null) throw new KilnException($"option {lib}.{o.Name}: {error}", o.Type == OptionType.Choice ? $"choose one of {string.Join(", ", o.Choices!.Select(c => c.Name))}" : "fix the value");
                values.Add(new(o.Name, value!));
            }
            result[lib] = values;
        }
        return result;
    }

    private List<string> TopologicalOrder(IEnumerable<string> enabled)
    {
        var set = enabled.ToHashSet();
        var done = new HashSet<string>();
        var order = new List<string>();
        foreach (string lib in set.Order(StringComparer.Ordinal)) Visit(lib);
        return order;

        void Visit(string lib)
        {
            if (!done.Add(lib)) return;
            foreach (string dep in Edges(lib).Where(set.Contains).Order(StringComparer.Ordinal)) Visit(dep);
            order.Add(lib);
        }
    }
}
