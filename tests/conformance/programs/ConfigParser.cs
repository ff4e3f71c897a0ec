using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Programs.ConfigParser;

public enum LogLevel { Trace, Debug, Info, Warning, Error }

public class ConfigException : Exception
{
    public int Line { get; }
    public ConfigException(int line, string message) : base($"line {line}: {message}") => Line = line;
}

public sealed class Config
{
    private readonly Dictionary<string, Dictionary<string, string>> _sections = new(StringComparer.OrdinalIgnoreCase);

    public static Config Parse(string text)
    {
        var cfg = new Config();
        string section = "global";
        int lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash].TrimEnd();
            if (line.Length == 0) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1].Trim();
                if (section.Length == 0) throw new ConfigException(lineNo, "empty section name");
                continue;
            }
            int eq = line.IndexOf('=');
            if (eq <= 0) throw new ConfigException(lineNo, $"expected key = value, got \"{line}\"");
            string key = line[..eq].Trim(), value = line[(eq + 1)..].Trim().Trim('"');
            if (!cfg._sections.TryGetValue(section, out var dict))
                cfg._sections[section] = dict = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            dict[key] = value;
        }
        return cfg;
    }

    public string? Get(string section, string key) =>
        _sections.TryGetValue(section, out var d) && d.TryGetValue(key, out var v) ? v : null;

    public int GetInt(string section, string key, int fallback) =>
        int.TryParse(Get(section, key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    public double GetDouble(string section, string key) =>
        double.Parse(Get(section, key) ?? throw new KeyNotFoundException($"{section}.{key}"), CultureInfo.InvariantCulture);

    public bool GetBool(string section, string key) => bool.TryParse(Get(section, key), out var b) && b;

    public T GetEnum<T>(string section, string key, T fallback) where T : struct, Enum =>
        Enum.TryParse<T>(Get(section, key), ignoreCase: true, out var e) ? e : fallback;

    public IEnumerable<string> Sections => _sections.Keys;
    public IEnumerable<KeyValuePair<string, string>> Entries(string section) =>
        _sections.TryGetValue(section, out var d) ? d : Enumerable.Empty<KeyValuePair<string, string>>();
}

public static class ConfigParserProgram
{
    public static void Run()
    {
        const string text = """
            name = demo-service   # the service name
            [server]
            host = "0.0.0.0"
            Port = 8080
            timeout = 2.75
            tls = TRUE
            [Logging]
            level = warning
            targets = console, file ,  syslog
            [limits]
            max_conn = lots
            ratio = 1e-3
            """;
        var cfg = Config.Parse(text);
        Console.WriteLine($"sections: {string.Join(", ", cfg.Sections)}");
        foreach (var s in cfg.Sections)
            foreach (var (k, v) in cfg.Entries(s))
                Console.WriteLine($"  {s}.{k} = '{v}'");
        Console.WriteLine($"port={cfg.GetInt("SERVER", "port", 80)} max_conn={cfg.GetInt("limits", "max_conn", 100)}");
        Console.WriteLine($"timeout={cfg.GetDouble("server", "timeout") * 1000}ms ratio={cfg.GetDouble("limits", "ratio")}");
        Console.WriteLine($"tls={cfg.GetBool("server", "tls")} missing={cfg.GetBool("server", "nope")}");
        var level = cfg.GetEnum("logging", "level", LogLevel.Info);
        Console.WriteLine($"level={level} ({(int)level}) above debug: {level > LogLevel.Debug}");
        Console.WriteLine($"bad level -> {cfg.GetEnum("server", "host", LogLevel.Error)}");
        var targets = cfg.Get("logging", "targets")!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine($"targets: [{string.Join("|", targets)}] count={targets.Length}");
        Console.WriteLine($"name is {cfg.Get("global", "name") ?? "(none)"}, owner is {cfg.Get("global", "owner") ?? "(none)"}");
        try { cfg.GetDouble("server", "missing"); }
        catch (KeyNotFoundException ex) { Console.WriteLine("missing key: " + ex.Message); }
        foreach (var bad in new[] { "[ ]", "a = 1\njust a line", "=5" })
        {
            try { Config.Parse(bad); }
            catch (ConfigException ex) { Console.WriteLine($"config error ({ex.Line}): {ex.Message}"); }
        }
        foreach (var name in Enum.GetNames<LogLevel>())
            Console.Write(name.ToLowerInvariant() + " ");
        Console.WriteLine();
    }
}
