using Kiln.Build;
using Kiln.Project;

namespace Kiln.Run;

/// <summary>
/// Decides whether --accel auto may use KVM: boots a probe image that takes the real boot path (PVH, long mode,
/// ring 0, SSE) under -accel kvm and checks that it reports back. Some hosts expose /dev/kvm without running
/// such guests (kvm_pvm emulates ring-0 code and fails at SSE). The answer is cached until the host reboots.
/// </summary>
public static class KvmProbe
{
    private const int ProbeStatus = 42;

    public static string Choose()
    {
        (bool ok, string why) = Probe();
        Log.Detail(ok ? $"accel kvm: {why}" : $"accel tcg: {why}");
        return ok ? "kvm" : "tcg";
    }

    public static (bool Ok, string Why) Probe()
    {
        if (!File.Exists("/dev/kvm")) return (false, "/dev/kvm does not exist");
        try { using var f = File.Open("/dev/kvm", FileMode.Open, FileAccess.ReadWrite); }
        catch (Exception e) { return (false, $"/dev/kvm is not usable ({e.Message})"); }

        string bootId = File.Exists("/proc/sys/kernel/random/boot_id") ? File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim() : "unknown";
        string cache = Path.Combine(KilnHome.CacheDir, "kvm-probe");
        if (File.Exists(cache))
        {
            string[] lines = File.ReadAllLines(cache);
            if (lines.Length == 3 && lines[0] == bootId) return (lines[1] == "yes", lines[2] + " (cached)");
        }
        (bool ok, string why) = RunProbe();
        Directory.CreateDirectory(KilnHome.CacheDir);
        File.WriteAllLines(cache, [bootId, ok ? "yes" : "no", why]);
        return (ok, why);
    }

    /// <summary>Boots the probe guest under the given accelerator; true when it reported back.</summary>
    public static (bool, string) RunProbe(string accel = "kvm")
    {
        string image = BuildProbeImage();
        var r = Tools.Run("timeout", ["20", Tools.Qemu, "-M", "microvm", "-accel", accel, "-cpu", accel == "kvm" ? "host" : "max", "-m", "16M", "-nodefaults", "-no-reboot",
            "-display", "none", "-serial", "none", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-kernel", image]);
        if (r.ExitCode == (ProbeStatus << 1 | 1)) return (true, $"a ring-0 SSE probe guest ran under {accel}");
        string detail = r.Output.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? $"exit {r.ExitCode}";
        return (false, $"the probe guest failed under {accel} ({detail})");
    }

    private static string BuildProbeImage()
    {
        string dir = Path.Combine(KilnHome.CacheDir, "kvm-probe-image");
        Directory.CreateDirectory(dir);
        string platDir = Path.Combine(KilnHome.GuestDir, "plat", "kvm");
        string boot = Path.Combine(dir, "boot.o"), probe = Path.Combine(dir, "probe.o"), image = Path.Combine(dir, "probe");
        Tools.RunChecked("assembling the KVM probe", Tools.Assembler, ["--64", "-o", boot, Path.Combine(platDir, "boot.S")]);
        Tools.RunChecked("assembling the KVM probe", Tools.Assembler, ["--64", "-o", probe, Path.Combine(platDir, "probe", "probe.S")]);
        Tools.RunChecked("linking the KVM probe", Tools.Linker, [.. ImageBuilder.LinkerArgs(Path.Combine(platDir, "link.ld"), "x86_64"), "-o", image, boot, probe]);
        return image;
    }
}
