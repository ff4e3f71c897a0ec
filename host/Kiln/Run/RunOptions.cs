using System.Text.RegularExpressions;

namespace Kiln.Run;

public sealed record RunOptions
{
    public string Accel { get; init; } = "auto";
    public string Machine { get; init; } = "microvm";
    public string? Memory { get; init; }
    public IReadOnlyList<string> AppArgs { get; init; } = [];
    /// <summary>Kernel parameters: before `--` on the image's command line (docs/boot.md).</summary>
    public IReadOnlyList<string> KernelArgs { get; init; } = [];
    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();

    public static readonly string[] Accels = ["auto", "kvm", "tcg"];
    public static readonly string[] Machines = ["microvm", "q35"];

    /// <summary>Checks a --mem value: a byte count with an optional K, M or G suffix, at least 2M.</summary>
    public static string ValidateMemory(string value)
    {
        Match m = Regex.Match(value, "^([0-9]+)([KkMmGg]?)$");
        if (!m.Success) throw new KilnException($"invalid --mem '{value}'", "use a size such as 64M or 1G", 2);
        ulong n = ulong.Parse(m.Groups[1].Value);
        ulong bytes = char.ToUpperInvariant(m.Groups[2].Value.FirstOrDefault()) switch { 'K' => n << 10, 'M' => n << 20, 'G' => n << 30, _ => n };
        if (bytes < 2UL << 20) throw new KilnException($"--mem {value} is too small", "give at least 2M", 2);
        return value.ToUpperInvariant();
    }
}
