using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Kiln.Project;

namespace Kiln.Build;

public sealed record BuildResult(string ImagePath, long Size, bool UpToDate);

/// <summary>
/// app sources -> IL (dotnet build) -> object (ilc) -> image (as + ld, twice: the second link embeds the symbol table).
/// A build whose inputs have not changed since the last one does nothing.
/// </summary>
public static class ImageBuilder
{
    private static readonly string[] SkippedDirs = ["bin", "obj", ".kiln", ".git"];

    public static BuildResult Build(App app, Target target)
    {
        string buildDir = app.BuildDir(target);
        string image = app.ImagePath(target);
        string stampPath = Path.Combine(buildDir, "fingerprint");
        string fingerprint = Fingerprint(app, target);
        if (File.Exists(image) && File.Exists(stampPath) && File.ReadAllText(stampPath) == fingerprint)
        {
            Log.Detail($"{image} is up to date");
            return new BuildResult(image, new FileInfo(image).Length, UpToDate: true);
        }

        Log.Info($"kiln: building {app.Name} for {target}");
        Directory.CreateDirectory(buildDir);
        File.Delete(stampPath);
        string assembler = Tools.Assembler, linker = Tools.Linker, nm = Tools.Nm;
        string ilc = IlCompiler.Locate();

        string ilDir = Path.Combine(buildDir, "il");
        string assemblyName = AssemblyName(app.ProjectFile);
        Log.Step("compile", () => CompileIl(app, ilDir));

        // `dotnet build -o` sends the referenced guest projects' outputs to the same folder.
        string platDll = Path.Combine(ilDir, Path.GetFileNameWithoutExtension(PlatformProject(target.Plat)) + ".dll");
        string[] assemblies = [Path.Combine(ilDir, assemblyName + ".dll"), Path.Combine(ilDir, "Kiln.Runtime.dll"), platDll];
        foreach (string a in assemblies)
            if (!File.Exists(a)) throw new KilnException($"the IL build did not produce {a}", "check that the app's project imports guest/Kiln.App.props");

        string obj = Path.Combine(buildDir, "app.o");
        Log.Step("ilc", () => RunIlc(ilc,
        [
            .. assemblies, "-o", obj, "--systemmodule:Kiln.Runtime", "--targetos:linux", "--targetarch:x64", "-O",
            "--generateunmanagedentrypoints:Kiln.Runtime", $"--generateunmanagedentrypoints:{Path.GetFileNameWithoutExtension(platDll)}",
            $"--map:{Path.Combine(buildDir, "app.map.xml")}",
        ]));

        Log.Step("link", () => Link(target, buildDir, obj, image, assemblies, assemblyName, assembler, linker, nm));

        File.WriteAllText(stampPath, fingerprint);
        long size = new FileInfo(image).Length;
        return new BuildResult(image, size, UpToDate: false);
    }

    // ilc reports failures as exception chains; the "--->" lines name the missing piece.
    private static void RunIlc(string ilc, string[] args)
    {
        var r = Tools.Run(ilc, args);
        if (r.ExitCode == 0) return;
        var lines = r.Output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("Error:") || l.StartsWith("--->") || l.StartsWith("error")).Distinct().ToList();
        throw new KilnException($"ilc failed (exit {r.ExitCode}):\n{(lines.Count > 0 ? string.Join("\n", lines) : r.Output.TrimEnd())}",
            "the app uses something the Kiln runtime does not provide yet; see docs/runtime.md");
    }

    private static void CompileIl(App app, string ilDir)
    {
        var r = Tools.Run(Tools.Dotnet, ["build", app.ProjectFile, "-c", "Release", "-o", ilDir, "-nologo", "-v:q", "-clp:NoSummary"], app.Dir);
        if (r.ExitCode == 0) return;
        // MSBuild prints each error as "<file>(<line>,<col>): error CSxxxx: ... [project]"; show those, once each.
        var errors = r.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(": error ")).Distinct()
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\s+\[[^\]]+\]$", "")).ToList();
        string detail = errors.Count > 0 ? string.Join("\n", errors) : r.Output.TrimEnd();
        throw new KilnException($"{app.Name} does not compile:\n{detail}", "fix the errors above and run kiln again");
    }

    private static void Link(Target target, string buildDir, string obj, string image, string[] assemblies, string assemblyName,
                             string assembler, string linker, string nm)
    {
        string archDir = Path.Combine(KilnHome.GuestDir, "arch", target.Arch);
        string platDir = Path.Combine(KilnHome.GuestDir, "plat", target.Plat);
        var objects = new List<string>();
        foreach (string src in Directory.GetFiles(archDir, "*.S").Concat(Directory.GetFiles(platDir, "*.S")).Order())
        {
            string o = Path.Combine(buildDir, Path.GetFileNameWithoutExtension(src) + ".asm.o");
            Tools.RunChecked($"assembling {Path.GetFileName(src)}", assembler, ["--64", "-o", o, src]);
            objects.Add(o);
        }
        objects.Add(obj);
        string script = Path.Combine(platDir, "link.ld");
        string[] ldArgs = ["-static", "-nostdlib", "-z", "max-page-size=4096", "--no-warn-rwx-segments", "-T", script];

        // Pass 1 without symbols, to learn the addresses.
        string pass1 = Path.Combine(buildDir, "image.pass1");
        Tools.RunChecked("ld", linker, [.. ldArgs, "-o", pass1, .. objects]);
        var nm1 = Tools.Run(nm, ["-n", "--defined-only", pass1]);
        if (nm1.ExitCode != 0) throw new KilnException($"nm failed: {nm1.Output}");
        var table = new SymbolTable(assemblies, assemblyName);
        IReadOnlyList<SymbolTable.Symbol> symbols = table.FromNm(nm1.Output);
        string blob = Path.Combine(buildDir, "symtab.bin");
        File.WriteAllBytes(blob, SymbolTable.Serialize(symbols));
        string symSrc = Path.Combine(buildDir, "symtab.S");
        File.WriteAllText(symSrc, $"        .section .kiln_symtab, \"a\"\n        .balign 8\n        .incbin \"{blob}\"\n        .section .note.GNU-stack, \"\", @progbits\n");
        string symObj = Path.Combine(buildDir, "symtab.o");
        Tools.RunChecked("assembling the symbol table", assembler, ["--64", "-o", symObj, symSrc]);

        // Pass 2 with the table; the linker script keeps it behind all code and data, so nothing named moves.
        string tmp = image + ".tmp";
        Tools.RunChecked("ld", linker, [.. ldArgs, "-o", tmp, .. objects, symObj]);
        var nm2 = Tools.Run(nm, ["-n", "--defined-only", tmp]);
        var moved = table.FromNm(nm2.Output);
        if (moved.Count != symbols.Count || moved.Zip(symbols).Any(p => p.First.Address != p.Second.Address))
            throw new KilnException("internal error: the second link moved symbols; the linker script must keep .kiln_symtab last");
        File.Move(tmp, image, overwrite: true);
        File.Delete(pass1);
    }

    public static string PlatformProject(string plat) => plat switch
    {
        "kvm" => Path.Combine(KilnHome.GuestDir, "plat", "kvm", "Kiln.Plat.Kvm.csproj"),
        "linuxu" => Path.Combine(KilnHome.GuestDir, "plat", "linuxu", "Kiln.Plat.Linuxu.csproj"),
        _ => throw new KilnException($"unknown platform '{plat}'"),
    };

    public static string AssemblyName(string projectFile)
    {
        XElement? name = XDocument.Load(projectFile).Descendants("AssemblyName").FirstOrDefault();
        return name?.Value.Trim() is { Length: > 0 } n ? n : Path.GetFileNameWithoutExtension(projectFile);
    }

    // Paths, sizes and modification times of every input: the app's sources and all guest sources.
    private static string Fingerprint(App app, Target target)
    {
        var sb = new StringBuilder();
        sb.Append(target).Append('\n');
        // kiln itself is an input: a new build pipeline must not reuse images made by an old one.
        string self = typeof(ImageBuilder).Assembly.Location is { Length: > 0 } location ? location : Environment.ProcessPath ?? "";
        if (File.Exists(self)) sb.Append(self).Append(' ').Append(new FileInfo(self).Length).Append(' ').Append(File.GetLastWriteTimeUtc(self).Ticks).Append('\n');
        foreach (string root in new[] { app.Dir, KilnHome.GuestDir })
            foreach (string f in EnumerateInputs(root).Order(StringComparer.Ordinal))
            {
                var fi = new FileInfo(f);
                sb.Append(f).Append(' ').Append(fi.Length).Append(' ').Append(fi.LastWriteTimeUtc.Ticks).Append('\n');
            }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static IEnumerable<string> EnumerateInputs(string dir)
    {
        foreach (string f in Directory.EnumerateFiles(dir)) yield return f;
        foreach (string d in Directory.EnumerateDirectories(dir))
        {
            if (SkippedDirs.Contains(Path.GetFileName(d))) continue;
            foreach (string f in EnumerateInputs(d)) yield return f;
        }
    }
}
