using System.Diagnostics;
using Kiln.Build;
using Kiln.Project;

namespace Kiln.Run;

/// <summary>Starts kiln-menu (host/Kiln.Menu), building it first when it is missing or older than its sources.</summary>
public static class MenuLauncher
{
    public static int Run(string configPath, Target target, string title)
    {
        string dll = Locate();
        var psi = new ProcessStartInfo(Tools.Dotnet) { UseShellExecute = false };
        foreach (string a in new[] { dll, configPath, target.Plat, target.Arch, title }) psi.ArgumentList.Add(a);
        psi.Environment["KILN_ROOT"] = KilnHome.Root;
        using var p = Process.Start(psi) ?? throw new KilnException("cannot start kiln-menu");
        p.WaitForExit();
        return p.ExitCode;
    }

    private static string Locate()
    {
        // Beside kiln itself when both were built together (tests), else in the checkout's build output.
        string beside = Path.Combine(AppContext.BaseDirectory, "kiln-menu.dll");
        if (File.Exists(beside)) return beside;
        string project = Path.Combine(KilnHome.Root, "host", "Kiln.Menu", "Kiln.Menu.csproj");
        string dll = Path.Combine(KilnHome.Root, "host", "Kiln.Menu", "bin", "Release", "net10.0", "kiln-menu.dll");
        DateTime newest = Directory.EnumerateFiles(Path.Combine(KilnHome.Root, "host"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/")).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty().Max();
        if (!File.Exists(dll) || File.GetLastWriteTimeUtc(dll) < newest)
        {
            Log.Info("kiln: building the menu (first use)...");
            var r = Tools.Run(Tools.Dotnet, ["build", project, "-c", "Release", "-nologo", "-v:q", "-tl:off"]);
            if (r.ExitCode != 0) throw new KilnException($"building kiln-menu failed:\n{r.Output.TrimEnd()}");
        }
        return dll;
    }
}
