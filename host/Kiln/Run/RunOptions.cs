using System.Text.RegularExpressions;

namespace Kiln.Run;

public sealed record RunOptions
{
    public string Accel { get; init; } = "auto";
    public string Machine { get; init; } = "microvm";
    /// <summary>Whether --accel or --machine were given rather than defaulted: they mean nothing to a linuxu image.</summary>
    public bool AccelGiven { get; init; }
    public bool MachineGiven { get; init; }
    public string? Memory { get; init; }
    public IReadOnlyList<string> AppArgs { get; init; } = [];
    /// <summary>Kernel parameters: before `--` on the image's command line (docs/boot.md).</summary>
    public IReadOnlyList<string> KernelArgs { get; init; } = [];
    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();

    public static readonly string[] Accels = ["auto", "kvm", "tcg"];
    public static readonly string[] Machines = ["microvm", "q35"];

    /// <summary>The most --mem may ask for: 1 TiB, beyond any VM QEMU starts here and any heap linuxu maps.</summary>
    public const ulong MaxMemory = 1UL << 40;

    /// <summary>Checks a --mem value: a byte count with an optional K, M or G suffix, from 2M to 1T.</summary>
    public static string ValidateMemory(string value)
    {
        Match m = Regex.Match(value, "^([0-9]+)([KkMmGg]?)$");
        if (!m.Success) throw new KilnException($"invalid --mem '{value}'", "use a size such as 64M or 1G", 2);
        int shift = char.ToUpperInvariant(m.Groups[2].Value.FirstOrDefault()) switch { 'K' => 10, 'M' => 20, 'G' => 30, _ => 0 };
        // Parsed and scaled without wrapping: 99999999999999999999G is too large, not some small value.
        if (!ulong.TryParse(m.Groups[1].Value, out ulong n) || n > MaxMemory >> shift)
            throw new KilnException($"--mem {value} is too large", "give at most 1024G", 2);
        if (n << shift < 2UL << 20) throw new KilnException($"--mem {value} is too small", "give at least 2M", 2);
        return value.ToUpperInvariant();
    }
}
