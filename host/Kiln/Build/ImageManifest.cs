using System.Text;
using System.Text.Json;
using Kiln.Config;

namespace Kiln.Build;

/// <summary>
/// What an image holds, embedded as JSON in its `.kiln_manifest` section (docs/image.md): the app, the target,
/// every lib with its version, why it is there, its option values and the bytes of code and data it contributes.
/// </summary>
public sealed record ImageManifest(string Name, string Target, string BuildId, IReadOnlyList<ImageManifest.Lib> Libs, long AppBytes, long OtherBytes)
{
    public sealed record Lib(string Name, string Version, string Reason, IReadOnlyList<KeyValuePair<string, string>> Options, long Bytes);

    /// <summary>The runner the platform's manifest named when the image was built (qemu, linuxu): `kiln run` of the
    /// image needs no lib manifest. Null in images built before it was recorded.</summary>
    public string? Runner { get; init; }

    public byte[] ToJson()
    {
        var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("name", Name);
            w.WriteString("target", Target);
            if (Runner is not null) w.WriteString("runner", Runner);
            w.WriteString("buildId", BuildId);
            w.WriteNumber("appBytes", AppBytes);
            w.WriteNumber("otherBytes", OtherBytes);
            w.WriteStartArray("libs");
            foreach (Lib lib in Libs)
            {
                w.WriteStartObject();
                w.WriteString("name", lib.Name);
                w.WriteString("version", lib.Version);
                w.WriteString("reason", lib.Reason);
                w.WriteNumber("bytes", lib.Bytes);
                w.WriteStartObject("options");
                foreach (var (k, v) in lib.Options) w.WriteString(k, v);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return ms.ToArray();
    }

    public static ImageManifest FromJson(ReadOnlySpan<byte> json, string image)
    {
        try
        {
            return FromJson(json);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new KilnException($"'{image}' has a damaged Kiln manifest: {e.Message}", "rebuild the image with `kiln build`");
        }
    }

    public static ImageManifest FromJson(ReadOnlySpan<byte> json)
    {
        using var doc = JsonDocument.Parse(json.ToArray());
        var root = doc.RootElement;
        var libs = root.GetProperty("libs").EnumerateArray().Select(l => new Lib(
            l.GetProperty("name").GetString()!, l.GetProperty("version").GetString()!, l.GetProperty("reason").GetString()!,
            l.GetProperty("options").EnumerateObject().Select(o => new KeyValuePair<string, string>(o.Name, o.Value.GetString()!)).ToList(),
            l.GetProperty("bytes").GetInt64())).ToList();
        return new ImageManifest(root.GetProperty("name").GetString()!, root.GetProperty("target").GetString()!, root.GetProperty("buildId").GetString()!,
            libs, root.GetProperty("appBytes").GetInt64(), root.GetProperty("otherBytes").GetInt64())
        {
            Runner = root.TryGetProperty("runner", out var runner) ? runner.GetString() : null,
        };
    }

    /// <summary>
    /// Attributes the image's bytes to libs from `nm -n -S` output: each symbol owns its size, or where nm knows none,
    /// the span up to the next symbol. ilc prefixes symbols with the mangled assembly name (MethodTables are
    /// `_ZTV&lt;len&gt;&lt;prefix&gt;...`), which names the lib; the app's prefix names the app; the rest (asm stubs,
    /// tables ilc generates) is "other". Symbols named in symbolToLib (from a lib's own assembly files) are that lib's.
    /// </summary>
    public static (Dictionary<string, long> ByLib, long App, long Other) Attribute(string nmSortedWithSizes, IReadOnlyList<ElfFile.Section> sections,
        IReadOnlyDictionary<string, string> prefixToLib, IReadOnlyDictionary<string, string> symbolToLib, string appPrefix)
    {
        // Only bytes the image file carries count; a symbol never owns past the end of its section.
        var loaded = sections.Where(x => x.IsLoadedData).OrderBy(x => x.Address).ToList();
        var symbols = new List<(ulong Address, long? Size, string Name)>();
        foreach (string line in nmSortedWithSizes.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = line.Trim().Split(' ');
            if (parts.Length < 3 || !ulong.TryParse(parts[0], System.Globalization.NumberStyles.HexNumber, null, out ulong address)) continue;
            bool sized = parts.Length >= 4 && long.TryParse(parts[1], System.Globalization.NumberStyles.HexNumber, null, out _);
            string kind = sized ? parts[2] : parts[1];
            string name = sized ? parts[3] : parts[2];
            if (kind is "A" or "a" || name.StartsWith("__kiln_")) continue;
            symbols.Add((address, sized ? long.Parse(parts[1], System.Globalization.NumberStyles.HexNumber) : null, name));
        }
        var byLib = new Dictionary<string, long>();
        long app = 0, other = 0;
        var prefixes = prefixToLib.Keys.OrderByDescending(p => p.Length).ToList();
        for (int i = 0; i < symbols.Count; i++)
        {
            var (address, known, name) = symbols[i];
            ElfFile.Section? section = loaded.FirstOrDefault(x => address >= x.Address && address < x.Address + x.Size);
            if (section is null) continue;
            ulong end = section.Address + section.Size;
            if (i + 1 < symbols.Count && symbols[i + 1].Address < end) end = symbols[i + 1].Address;
            long size = known ?? (long)(end - address);
            if (symbolToLib.TryGetValue(name, out string? owner)) { byLib[owner] = byLib.GetValueOrDefault(owner) + size; continue; }
            if (name.StartsWith("_ZTV")) { int j = 4; while (j < name.Length && char.IsAsciiDigit(name[j])) j++; name = name[j..]; }
            if (name.StartsWith("Boxed_")) name = name[6..];
            if (name.StartsWith("_lsda0")) name = name[6..];
            if (name.StartsWith(appPrefix + "_")) { app += size; continue; }
            string? prefix = prefixes.FirstOrDefault(p => name.StartsWith(p + "_"));
            if (prefix is null) { other += size; continue; }
            string lib = prefixToLib[prefix];
            byLib[lib] = byLib.GetValueOrDefault(lib) + size;
        }
        return (byLib, app, other);
    }

    public string Describe()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{Name} for {Target}, build {BuildId}");
        sb.AppendLine($"  {"lib",-14} {"version",-8} {"bytes",9}  why / options");
        foreach (Lib lib in Libs)
        {
            string options = lib.Options.Count == 0 ? "" : "  " + string.Join(", ", lib.Options.Select(o => $"{o.Key}={o.Value}"));
            sb.AppendLine($"  {lib.Name,-14} {lib.Version,-8} {lib.Bytes,9:N0}  {lib.Reason}{options}");
        }
        sb.AppendLine($"  {"(app)",-14} {"",-8} {AppBytes,9:N0}");
        sb.AppendLine($"  {"(other)",-14} {"",-8} {OtherBytes,9:N0}  asm stubs and tables ilc generates");
        return sb.ToString();
    }
}
