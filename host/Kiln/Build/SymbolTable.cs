using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace Kiln.Build;

/// <summary>
/// Builds the image's embedded symbol table (docs/image.md): functions and MethodTables from the linker's
/// view, named the way C# spells them (System.String.Concat rather than ilc's Kiln_Runtime_System_String__Concat).
/// </summary>
public sealed class SymbolTable
{
    public const uint Magic = 0x4D59534B; // "KSYM"
    public const uint FlagRuntime = 1;
    public const uint FlagType = 2;

    public sealed record Symbol(ulong Address, string Name, uint Flags);

    private readonly Dictionary<string, string> _typeNames = new(StringComparer.Ordinal);

    // ilc names the MethodTables of primitive types by their short names.
    private static readonly Dictionary<string, string> s_primitives = new[]
    {
        "Boolean", "Char", "SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "IntPtr", "UIntPtr", "Single", "Double",
    }.ToDictionary(n => n, n => "System." + n);
    private readonly string _appPrefix;

    /// <param name="assemblies">The IL assemblies given to ilc; their type names demangle symbols.</param>
    /// <param name="appAssembly">The app's assembly name: its code is the app's, all else is the runtime's.</param>
    public SymbolTable(IEnumerable<string> assemblies, string appAssembly)
    {
        _appPrefix = Mangle(appAssembly) + "_";
        foreach (string path in assemblies) AddTypes(path);
        _typeNames["Object"] = "System.Object";
        _typeNames["String"] = "System.String";
    }

    /// <summary>ilc's symbol spelling of a name: every character that cannot appear in an identifier becomes '_'.</summary>
    public static string Mangle(string s) => string.Concat(s.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_'));

    private void AddTypes(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        MetadataReader md = pe.GetMetadataReader();
        string asm = Mangle(md.GetString(md.GetAssemblyDefinition().Name));
        foreach (TypeDefinitionHandle h in md.TypeDefinitions)
        {
            string full = FullName(md, h);
            if (full.Length == 0) continue;
            _typeNames[$"{asm}_{Mangle(full)}"] = full;
        }
    }

    private static string FullName(MetadataReader md, TypeDefinitionHandle h)
    {
        TypeDefinition t = md.GetTypeDefinition(h);
        string name = md.GetString(t.Name);
        if (name == "<Module>") return "";
        TypeDefinitionHandle outer = t.GetDeclaringType();
        if (!outer.IsNil) return FullName(md, outer) + "+" + name;
        string ns = md.GetString(t.Namespace);
        return ns.Length == 0 ? name : $"{ns}.{name}";
    }

    /// <summary>Turns `nm -n --defined-only` output into the symbols worth naming at run time.</summary>
    public IReadOnlyList<Symbol> FromNm(string nmOutput)
    {
        var result = new List<Symbol>();
        foreach (string line in nmOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] parts = line.Split(' ', 3);
            if (parts.Length != 3 || !ulong.TryParse(parts[0], System.Globalization.NumberStyles.HexNumber, null, out ulong address)) continue;
            char kind = parts[1][0];
            string name = parts[2];
            if (kind is 'T' or 't')
            {
                if (name.StartsWith("_lsda") || name.StartsWith(".L")) continue;
                uint flags = name.StartsWith(_appPrefix, StringComparison.Ordinal) ? 0 : FlagRuntime;
                result.Add(new Symbol(address, PrettyFunction(name), flags));
            }
            else if ((kind is 'D' or 'd' or 'R' or 'r') && name.StartsWith("_ZTV"))
            {
                result.Add(new Symbol(address, PrettyType(StripLengthPrefix(name[4..])), FlagType));
            }
        }
        result.Sort((a, b) => a.Address.CompareTo(b.Address));
        return result;
    }

    private static string StripLengthPrefix(string s)
    {
        int i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return s[i..];
    }

    public string PrettyType(string mangled)
    {
        if (_typeNames.TryGetValue(mangled, out string? full)) return full;
        if (mangled.StartsWith("__Array<") && mangled.EndsWith('>')) return PrettyType(mangled[8..^1]) + "[]";
        if (s_primitives.TryGetValue(mangled, out full)) return full;
        if (mangled.StartsWith("Boxed_") && _typeNames.TryGetValue(mangled[6..], out full)) return full;
        if (mangled.StartsWith("Boxed_")) return "System." + mangled[6..];
        int lt = mangled.IndexOf('<');
        if (lt > 0 && _typeNames.TryGetValue(mangled[..lt], out full)) return full + mangled[lt..];
        return mangled;
    }

    public string PrettyFunction(string mangled)
    {
        // Longest known type prefix followed by optional <generic args> and "__", then the method name.
        int best = -1;
        string? type = null;
        for (int end = mangled.IndexOf("__", StringComparison.Ordinal); end > 0; end = mangled.IndexOf("__", end + 1, StringComparison.Ordinal))
        {
            string head = mangled[..end];
            int lt = head.IndexOf('<');
            string key = lt > 0 ? head[..lt] : head;
            if (_typeNames.TryGetValue(key, out string? full) && end > best)
            {
                best = end;
                type = lt > 0 ? full + head[lt..] : full;
            }
        }
        return type is null ? mangled : $"{type}.{mangled[(best + 2)..]}";
    }

    /// <summary>Serializes the table: header, 16-byte entries sorted by address, then NUL-terminated UTF-8 names.</summary>
    public static byte[] Serialize(IReadOnlyList<Symbol> symbols)
    {
        var strings = new MemoryStream();
        var offsets = new uint[symbols.Count];
        for (int i = 0; i < symbols.Count; i++)
        {
            offsets[i] = (uint)strings.Length;
            byte[] b = Encoding.UTF8.GetBytes(symbols[i].Name);
            strings.Write(b);
            strings.WriteByte(0);
        }
        var ms = new MemoryStream();
        var w = new BinaryWriter(ms);
        w.Write(Magic);
        w.Write((uint)symbols.Count);
        w.Write((uint)(16 + 16 * symbols.Count));
        w.Write(0u);
        for (int i = 0; i < symbols.Count; i++)
        {
            w.Write(symbols[i].Address);
            w.Write(offsets[i]);
            w.Write(symbols[i].Flags);
        }
        w.Write(strings.ToArray());
        return ms.ToArray();
    }
}
