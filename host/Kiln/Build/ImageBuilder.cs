using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Kiln.Config;
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
        // Read-only first: an up-to-date image needs neither the lock nor a writable app directory.
        if (UpToDate(app, target) is { } current) return current;
        Log.Info($"kiln: building {app.Name} for {target}");
        string buildDir = app.BuildDir(target);
        // Builds of one app share its obj/ and .kiln/, whatever the target: they take turns.
        using FileLock appLock = Writing(buildDir, () =>
        {
            Directory.CreateDirectory(buildDir);
            return FileLock.Acquire(app.LockPath, $"another build of {app.Name}");
        });
        // The build we waited for may have made this very image.
        if (UpToDate(app, target) is { } built) return built;
        string stampPath = Path.Combine(buildDir, "fingerprint");
        File.Delete(stampPath);
        DateTime started = DateTime.UtcNow;
        string image = BuildImage(app, target, buildDir);
        // An input saved during the build may not be in the image: leave no stamp, so the next build rebuilds.
        var (fingerprint, newest) = Fingerprint(app, target);
        if (newest < started) WriteAtomically(stampPath, fingerprint);
        return new BuildResult(image, new FileInfo(image).Length, UpToDate: false);
    }

    private static BuildResult? UpToDate(App app, Target target)
    {
        string image = app.ImagePath(target);
        string stampPath = Path.Combine(app.BuildDir(target), "fingerprint");
        if (!File.Exists(image) || !File.Exists(stampPath) || File.ReadAllText(stampPath) != Fingerprint(app, target).Hash) return null;
        Log.Detail($"{image} is up to date");
        return new BuildResult(image, new FileInfo(image).Length, UpToDate: true);
    }

    // The build folder is the first thing a build writes; a read-only app directory fails there, not halfway.
    private static T Writing<T>(string buildDir, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KilnException($"cannot write the build folder {buildDir}: {e.Message}",
                "make the app directory writable: kiln keeps its images under <app>/.kiln/");
        }
    }

    /// <summary>Writes a file under its final name only once it is complete: a killed build leaves the old one or none.</summary>
    private static void WriteAtomically(string path, string content)
    {
        File.WriteAllText(path + ".tmp", content);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private static string BuildImage(App app, Target target, string buildDir)
    {
        string image = app.ImagePath(target);
        string assembler = Tools.Assembler, linker = Tools.Linker, nm = Tools.Nm;
        string ilc = IlCompiler.Locate();

        Resolver resolver = Catalog.Resolver();
        Resolution config = app.Config.Resolve(resolver, target);
        string ilDir = Path.Combine(buildDir, "il");
        string assemblyName = AssemblyName(app.ProjectFile);
        CheckAppNameIsNotAGuestAssembly(app, assemblyName, resolver);
        string optionsDir = Path.Combine(buildDir, "options");
        // Every lib is compiled (the app may reference any); those left out of the image get their defaults.
        OptionsCode.Write(optionsDir, OptionsCode.Defaults(resolver.Catalog)
            .Select(d => config.Lib(d.Item1.Name) is { } on ? (on.Manifest, on.Options) : d),
            config.Libs.SelectMany(l => l.Manifest.Parameters.Select(p => p.Name)));
        Log.Step("compile", () =>
        {
            string guest = SharedGuestBuild(optionsDir);
            // One build at a time in a shared guest folder; another app's build with the same constants may be there.
            using var guestLock = FileLock.Acquire(guest + ".lock", "another build that compiles the same guest libs");
            CompileIl(app, buildDir, ilDir, Path.Combine(guest, "options"), Path.Combine(guest, "obj"));
        });

        CheckAppUsesOnlyEnabledLibs(app, Path.Combine(ilDir, assemblyName + ".dll"), resolver, config);

        // Only the enabled libs' assemblies reach ilc; `dotnet build -o` put every guest assembly in ilDir.
        var libAssemblies = config.Libs.SelectMany(l => l.Manifest.Projects.Select(p => (Lib: l.Name, Assembly: Path.GetFileNameWithoutExtension(p)))).ToList();
        string[] assemblies = [Path.Combine(ilDir, assemblyName + ".dll"), .. libAssemblies.Select(a => Path.Combine(ilDir, a.Assembly + ".dll"))];
        foreach (string a in assemblies)
            if (!File.Exists(a)) throw new KilnException($"the IL build did not produce {a}", "check that the app's project imports guest/Kiln.App.props");

        PlatformTarget platform = Catalog.FindPlatform(target.Plat) ?? throw new KilnException($"unknown platform '{target.Plat}'");
        string obj = Path.Combine(buildDir, "app.o");
        // An image nothing in which can catch leaves the exception dispatcher out (docs/runtime.md, "Exceptions").
        string catchSwitch = $"--feature:Kiln.Runtime.Catch={(AnyCatch(assemblies[0], assemblies.Skip(1).Where(a => Path.GetFileNameWithoutExtension(a) != "Kiln.Runtime")) ? "true" : "false")}";
        Log.Step("ilc", () => RunIlc(ilc,
        [
            .. assemblies, "-o", obj, "--systemmodule:Kiln.Runtime", "--targetos:linux", $"--targetarch:{platform.IlcArch(target.Arch)}", "-O", catchSwitch,
            .. libAssemblies.Select(a => $"--generateunmanagedentrypoints:{a.Assembly}"),
            .. libAssemblies.Where(a => HasLibraryInitializer(Path.Combine(ilDir, a.Assembly + ".dll"))).Select(a => $"--initassembly:{a.Assembly}"),
            $"--map:{Path.Combine(buildDir, "app.map.xml")}",
        ], output => ExplainIlcFailure(app, buildDir, assemblyName, output)));

        var prefixes = libAssemblies.ToDictionary(a => SymbolTable.Mangle(a.Assembly), a => a.Lib);
        Log.Step("link", () => Link(app, target, platform, config, buildDir, obj, image, assemblies, assemblyName, prefixes, assembler, linker, nm));
        return image;
    }

    // ilc reports failures as exception chains; the "--->" lines name the missing piece.
    private static void RunIlc(string ilc, string[] args, Func<string, KilnException?> explain)
    {
        var r = Tools.Run(ilc, args);
        if (r.ExitCode == 0) return;
        if (explain(r.Output) is { } explained) throw explained;
        var lines = r.Output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("Error:") || l.StartsWith("--->") || l.StartsWith("error")).Distinct().ToList();
        throw new KilnException($"ilc failed (exit {r.ExitCode}):\n{(lines.Count > 0 ? string.Join("\n", lines) : r.Output.TrimEnd())}",
            "the app uses something the Kiln runtime does not provide yet; see docs/runtime.md");
    }

    // What an app does that only ilc notices, said per use: calls of generic virtual methods need NativeAOT's type
    // loader (System.Runtime.TypeLoaderExports), which Kiln's runtime does not have.
    private static KilnException? ExplainIlcFailure(App app, string buildDir, string assemblyName, string output)
    {
        if (!output.Contains("TypeLoaderExports", StringComparison.Ordinal)) return null;
        if (Coverage.FindGenericVirtualCalls(app, buildDir, assemblyName) is not { Count: > 0 } uses) return null;
        return new KilnException($"{app.Name} uses what the Kiln runtime does not have:\n" +
            string.Join("\n", uses.Select(u => $"{u.File}:{u.Line}: not supported on Kiln: {u.Api}")),
            "call the generic method on a sealed type or a struct, or move its type parameter to the class or interface (docs/runtime.md, \"Coverage\")");
    }

    private static readonly char[] MsBuildSpecial = ['%', ';', '"', '\'', '$', '@', '*', '?'];

    /// <summary>A literal for an MSBuild property on the command line: its special characters as %xx.</summary>
    public static string MsBuildEscape(string value)
    {
        var sb = new StringBuilder();
        foreach (char c in value) sb.Append(MsBuildSpecial.Contains(c) ? $"%{(int)c:X2}" : c);
        return sb.ToString();
    }

    /// <summary>
    /// Guest libs compiled with the same option constants from the same checkout are the same assemblies, so builds of
    /// every app share them: kiln's cache holds one folder per set of constants, named by their hash, with the
    /// constants (options/) and the guest projects' obj/. Returns the folder, its options/ in place.
    /// </summary>
    private static string SharedGuestBuild(string optionsDir)
    {
        var sb = new StringBuilder(KilnHome.GuestDir).Append('\n');
        foreach (string f in Directory.GetFiles(optionsDir).Order(StringComparer.Ordinal))
            sb.Append(Path.GetFileName(f)).Append('\n').Append(File.ReadAllText(f)).Append('\n');
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16].ToLowerInvariant();
        string dir = Path.Combine(KilnHome.CacheDir, "guest", hash);
        string options = Path.Combine(dir, "options");
        if (Directory.Exists(options)) return dir;
        // Whole or not at all: a build killed half-way must not leave a folder that claims these constants.
        string staging = $"{dir}.{Environment.ProcessId}.tmp";
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        foreach (string f in Directory.GetFiles(optionsDir)) File.Copy(f, Path.Combine(staging, Path.GetFileName(f)));
        Directory.CreateDirectory(dir);
        try
        {
            Directory.Move(staging, options);
        }
        catch (IOException) when (Directory.Exists(options))
        {
            Directory.Delete(staging, recursive: true); // another build put the same constants there first
        }
        return dir;
    }

    private static void CompileIl(App app, string buildDir, string ilDir, string optionsDir, string guestObjDir)
    {
        string inputsDir = InputsDir(buildDir);
        if (Directory.Exists(inputsDir)) Directory.Delete(inputsDir, recursive: true);
        // The project by its file name from its folder, and folders as MSBuild-escaped properties rather than `-o`:
        // MSBuild would split a path at ';', drop its '"' and expand its '%xx' and '$(...)'.
        string project = Path.GetFileName(app.ProjectFile);
        if (project.IndexOfAny(MsBuildSpecial) is >= 0 and int at)
            throw new KilnException($"the project file name '{project}' holds '{project[at]}', which MSBuild cannot take in a file name", "rename the .csproj");
        // MSBuild itself expands '%xx' in a project's own folder, and the C# compiler task refuses '"' in paths.
        if (app.Dir.IndexOfAny(['%', '"']) is >= 0 and int bad)
            throw new KilnException($"the app directory {app.Dir} holds '{app.Dir[bad]}', which MSBuild cannot build in", "move or rename the app directory");
        var r = Tools.Run(Tools.Dotnet,
        [
            "build", project, "-c", "Release", "-nologo", "-v:q", "-clp:NoSummary",
            $"-p:OutputPath={MsBuildEscape(ilDir)}/", "-p:_CommandLineDefinedOutputPath=true",
            $"-p:KilnOptionsDir={MsBuildEscape(optionsDir)}/", $"-p:KilnGuestObjDir={MsBuildEscape(guestObjDir)}/",
            $"-p:KilnInputsDir={MsBuildEscape(inputsDir)}/",
        ], app.Dir);
        if (r.ExitCode == 0) return;
        // MSBuild prints each error as "<file>(<line>,<col>): error CSxxxx: ... [project]"; show those, once each.
        var errors = r.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(": error ")).Distinct()
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\s+\[[^\]]+\]$", "")).ToList();
        // Sources that compile on .NET but not on Kiln use something Kiln lacks: say what and where, one line per use,
        // on the lines the compiler stopped at (elsewhere a use may bind to a Kiln member of another shape).
        string appDir = Path.GetFullPath(app.Dir);
        var errorLines = errors.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^(.+?)\((\d+),\d+\): error "))
            .Where(m => m.Success).Select(m => (Path.GetFullPath(m.Groups[1].Value, appDir), int.Parse(m.Groups[2].Value))).ToHashSet();
        var found = Coverage.FindUnsupported(app, buildDir, ilDir, AssemblyName(app.ProjectFile));
        if (found?.Where(u => errorLines.Contains((Path.GetFullPath(u.File, appDir), u.Line))).ToList() is { Count: > 0 } uses)
            throw new KilnException($"{app.Name} uses APIs the Kiln runtime does not have:\n" +
                string.Join("\n", uses.Select(u => $"{u.File}:{u.Line}: not supported on Kiln: {u.Api}")),
                "use something else for these (docs/runtime.md lists what Kiln covers), or keep them out of the Kiln build with #if");
        string detail = errors.Count > 0 ? string.Join("\n", errors) : r.Output.TrimEnd();
        // Compiles on .NET, and no API is missing on the failing lines: a language or type-system gap in Kiln's runtime.
        if (found is not null)
            throw new KilnException($"{app.Name} compiles on .NET but not against Kiln's runtime:\n{detail}",
                "these lines need something Kiln's runtime does not have yet (docs/runtime.md, \"Not yet\"); write them another way or keep them out of the Kiln build with #if");
        throw new KilnException($"{app.Name} does not compile:\n{detail}", "fix the errors above and run kiln again");
    }

    private static void Link(App app, Target target, PlatformTarget platform, Resolution config, string buildDir, string obj, string image, string[] assemblies,
                             string assemblyName, IReadOnlyDictionary<string, string> prefixes, string assembler, string linker, string nm)
    {
        // Assembly sources come from the enabled libs' folders; their symbols count toward those libs in the manifest.
        var objects = new List<string>();
        var asmSymbols = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ResolvedLib lib in config.Libs)
        {
            foreach (string src in Directory.GetFiles(lib.Manifest.Dir, "*.S").Order(StringComparer.Ordinal))
            {
                string o = Path.Combine(buildDir, Path.GetFileNameWithoutExtension(src) + ".asm.o");
                Tools.RunChecked($"assembling {Path.GetFileName(src)}", assembler, ["--64", "-o", o, src]);
                objects.Add(o);
                foreach (string line in Tools.Run(nm, ["--defined-only", o]).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    if (line.Split(' ') is [_, _, var name]) asmSymbols[name] = lib.Name;
            }
        }
        objects.Add(obj);
        // ilc reaches thread statics through ELF TLS: a __tls_get_addr call that ld relaxes to an fs-relative load.
        // Only an image whose code does that sets up a TLS block and swaps thread statics on a switch (docs/runtime.md).
        var undefined = Tools.Run(nm, ["--undefined-only", obj]);
        if (undefined.ExitCode != 0) throw new KilnException($"nm failed: {undefined.Output}");
        bool usesTls = undefined.Output.Split('\n').Any(l => l.Trim() == "U __tls_get_addr");
        string[] ldArgs = [.. LinkerArgs(platform.LinkerScript, target.Arch), $"--defsym=__kiln_tls_used={(usesTls ? 1 : 0)}"];

        // Pass 1 without symbols, to learn the addresses.
        string pass1 = Path.Combine(buildDir, "image.pass1");
        Tools.RunChecked("ld", linker, [.. ldArgs, "-o", pass1, .. objects]);
        var nm1 = Tools.Run(nm, ["-n", "--defined-only", pass1]);
        if (nm1.ExitCode != 0) throw new KilnException($"nm failed: {nm1.Output}");
        var table = new SymbolTable(assemblies, assemblyName);
        IReadOnlyList<SymbolTable.Symbol> symbols = table.FromNm(nm1.Output);
        // Enum names only for an image whose code reads them (guest/runtime/Kiln/EnumNames.cs): pay for play.
        bool readsEnumNames = nm1.Output.Contains("Kiln_Runtime_EnumNames__Find", StringComparison.Ordinal);
        string symObj = EmbedSection(assembler, buildDir, "symtab", ".kiln_symtab", table.Serialize(symbols, readsEnumNames));

        var sizes = Tools.Run(nm, ["-n", "-S", "--defined-only", pass1]);
        var (byLib, appBytes, otherBytes) = ImageManifest.Attribute(sizes.Output, ElfFile.Read(pass1).Sections, prefixes, asmSymbols, SymbolTable.Mangle(assemblyName));
        var manifest = new ImageManifest(app.Name, target.ToString(), BuildId(obj),
            config.Libs.Select(l => new ImageManifest.Lib(l.Name, l.Manifest.Version, l.Reason, l.Options, byLib.GetValueOrDefault(l.Name))).ToList(),
            appBytes, otherBytes) { Runner = platform.Runner };
        string manifestObj = EmbedSection(assembler, buildDir, "manifest", ".kiln_manifest", manifest.ToJson());

        // Pass 2 with the table; the linker script keeps it behind all code and data, so nothing named moves.
        string tmp = image + ".tmp";
        Tools.RunChecked("ld", linker, [.. ldArgs, "-o", tmp, .. objects, symObj, manifestObj]);
        var nm2 = Tools.Run(nm, ["-n", "--defined-only", tmp]);
        var moved = table.FromNm(nm2.Output);
        if (moved.Count != symbols.Count || moved.Zip(symbols).Any(p => p.First.Address != p.Second.Address))
            throw new KilnException("internal error: the second link moved symbols; the linker script must keep .kiln_symtab last");
        // The image carries its own symbol table (.kiln_symtab) for panics; the ELF one stays in <image>.dbg for
        // debuggers and nm, and the image goes without it.
        File.Move(tmp, image + ".dbg", overwrite: true);
        Tools.RunChecked("objcopy", Tools.Objcopy, ["--strip-all", image + ".dbg", tmp]);
        File.Move(tmp, image, overwrite: true);
        File.Delete(pass1);
    }

    /// <summary>
    /// Whether anything in the image can catch: a catch or filter clause in the app, or in a lib method whose type's
    /// namespace the app names (outermost type, so lambdas and state machines count with their type). A lib's catch
    /// runs only for code of its that the app uses: the sched lib's tasks catch what a task's delegate throws, which
    /// only an app of System.Threading.Tasks can see, so an app of threads and locks (and hello) has no dispatcher.
    /// The runtime's own clauses are left out: each sits behind Kiln.Runtime.ExceptionHandling.CatchSupported, the
    /// switch this decides.
    /// </summary>
    public static bool AnyCatch(string appAssembly, IEnumerable<string> libAssemblies)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        if (HasCatch(appAssembly, null, named)) return true;
        foreach (string path in libAssemblies)
            if (HasCatch(path, named, null)) return true;
        return false;
    }

    // Catch or filter clauses in the assembly (only in types of the namespaces given, unless null); fills
    // namespacesNamed, if given, with the namespaces of the types it references.
    private static bool HasCatch(string path, HashSet<string>? onlyIn, HashSet<string>? namespacesNamed)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(path));
        var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        if (namespacesNamed != null)
            foreach (var h in md.TypeReferences)
            {
                var t = md.GetTypeReference(h);
                while (t.ResolutionScope.Kind == System.Reflection.Metadata.HandleKind.TypeReference)
                    t = md.GetTypeReference((System.Reflection.Metadata.TypeReferenceHandle)t.ResolutionScope);
                namespacesNamed.Add(md.GetString(t.Namespace));
            }
        bool found = false;
        foreach (var h in md.MethodDefinitions)
        {
            var method = md.GetMethodDefinition(h);
            if (method.RelativeVirtualAddress == 0) continue;
            bool catches = false;
            foreach (var region in System.Reflection.Metadata.PEReaderExtensions.GetMethodBody(pe, method.RelativeVirtualAddress).ExceptionRegions)
                if (region.Kind is System.Reflection.Metadata.ExceptionRegionKind.Catch or System.Reflection.Metadata.ExceptionRegionKind.Filter) catches = true;
            if (!catches) continue;
            if (onlyIn == null) { found = true; break; }
            var type = md.GetTypeDefinition(method.GetDeclaringType());
            while (type.GetDeclaringType() is { IsNil: false } outer) type = md.GetTypeDefinition(outer);
            if (onlyIn.Contains(md.GetString(type.Namespace))) return true;
        }
        return found;
    }

    // A lib's start-up code: Internal.Runtime.CompilerHelpers.LibraryInitializer.InitializeLibrary, which ilc calls
    // before Main for every --initassembly.
    private static bool HasLibraryInitializer(string assembly)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(assembly));
        var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return md.TypeDefinitions.Select(md.GetTypeDefinition)
            .Any(t => md.GetString(t.Name) == "LibraryInitializer" && md.GetString(t.Namespace) == "Internal.Runtime.CompilerHelpers");
    }

    // The app compiles against every lib; one it uses but kiln.yaml leaves out would only fail later, inside ilc.
    // The runtime opens its internals to the libs and platforms by assembly name (guest/runtime/Kiln/AssemblyInfo.cs).
    private static void CheckAppNameIsNotAGuestAssembly(App app, string assemblyName, Resolver resolver)
    {
        LibManifest? lib = resolver.Catalog.FirstOrDefault(l => l.Projects.Any(p => Path.GetFileNameWithoutExtension(p) == assemblyName));
        if (lib is not null)
            throw new KilnException($"{app.Name}'s assembly is named {assemblyName}, which is the assembly of lib {lib.Name}",
                "give the app's <AssemblyName> another name");
        // Kiln.* names are the guest's own: the libs' tests under guest/ take them to see the libs' internals.
        bool ownTest = Path.GetFullPath(app.Dir).StartsWith(KilnHome.GuestDir + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (assemblyName.StartsWith("Kiln.", StringComparison.Ordinal) && !ownTest)
            throw new KilnException($"{app.Name}'s assembly is named {assemblyName}; names starting with Kiln. are reserved for Kiln's guest libraries",
                "give the app's <AssemblyName> another name");
    }

    private static void CheckAppUsesOnlyEnabledLibs(App app, string appDll, Resolver resolver, Resolution config)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(appDll));
        var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var referenced = md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name)).ToHashSet();
        foreach (LibManifest lib in resolver.Catalog)
        {
            if (config.Lib(lib.Name) is not null) continue;
            string? used = lib.Projects.Select(Path.GetFileNameWithoutExtension).FirstOrDefault(a => referenced.Contains(a!));
            if (used is not null)
                throw new KilnException($"{app.Name} uses {used} (lib {lib.Name}), which is not enabled for {config.Target}",
                    $"enable {lib.Name} in {App.ConfigFileName} (libs: {{{lib.Name}: true}}), or stop using it");
        }
    }

    /// <summary>
    /// How every Kiln image is linked: static, no libc, 4 KiB pages, laid out by the platform's script, which
    /// INCLUDEs the sections every image of the arch shares from guest/arch/&lt;arch&gt;/ld.
    /// </summary>
    public static string[] LinkerArgs(string script, string arch) =>
        ["-static", "-nostdlib", "-z", "max-page-size=4096", "--no-warn-rwx-segments", "-L", Path.Combine(KilnHome.GuestDir, "arch", arch, "ld"), "-T", script];

    // Bytes become a section through an assembled .incbin, so the linker script decides where they go.
    private static string EmbedSection(string assembler, string buildDir, string name, string section, byte[] content)
    {
        string blob = Path.Combine(buildDir, name + ".bin");
        File.WriteAllBytes(blob, content);
        string src = Path.Combine(buildDir, name + ".S");
        // By name through -I: a build folder with '"' in its path cannot be quoted in the source.
        File.WriteAllText(src, $"        .section {section}, \"a\"\n        .balign 8\n        .incbin \"{name}.bin\"\n        .section .note.GNU-stack, \"\", @progbits\n");
        string o = Path.Combine(buildDir, name + ".o");
        Tools.RunChecked($"assembling {section}", assembler, ["--64", "-I", buildDir, "-o", o, src]);
        return o;
    }

    private static string BuildId(string obj)
    {
        using var stream = File.OpenRead(obj);
        return Convert.ToHexString(SHA256.HashData(stream))[..16].ToLowerInvariant();
    }

    public static string AssemblyName(string projectFile)
    {
        XDocument project;
        try
        {
            // From a stream: XDocument.Load(string) takes a URI and would decode a '%41' in the path.
            using var stream = File.OpenRead(projectFile);
            project = XDocument.Load(stream);
        }
        catch (System.Xml.XmlException e)
        {
            throw new KilnException($"{projectFile} is not valid XML: {e.Message}", "fix the project file, or recreate it with `kiln init`");
        }
        if (project.Root?.Name.LocalName != "Project")
            throw new KilnException($"{projectFile} is not an MSBuild project (its root element is <{project.Root?.Name.LocalName}>, not <Project>)",
                "fix the project file, or recreate it with `kiln init`");
        XElement? name = project.Descendants("AssemblyName").FirstOrDefault();
        return name?.Value.Trim() is { Length: > 0 } n ? n : Path.GetFileNameWithoutExtension(projectFile);
    }

    private static string InputsDir(string buildDir) => Path.Combine(buildDir, "inputs");

    /// <summary>
    /// Paths, sizes and modification times of every input: the app's files, all guest sources, and what the last
    /// build's projects said they read (KilnListInputs in guest/Kiln.Guest.props), with the folders of those files so
    /// that a file added beside them counts too. No dotnet call: `kiln run` of a built app starts at once.
    /// </summary>
    private static (string Hash, DateTime Newest) Fingerprint(App app, Target target)
    {
        var sb = new StringBuilder();
        DateTime newest = DateTime.MinValue;
        void Add(string path)
        {
            var info = File.Exists(path) ? new FileInfo(path) : (FileSystemInfo)new DirectoryInfo(path);
            DateTime mtime = info.Exists ? info.LastWriteTimeUtc : DateTime.MinValue;
            // Folders change when a build creates obj/ or .kiln/ in them; only a file is saved by a user.
            if (info is FileInfo && mtime > newest) newest = mtime;
            sb.Append(path).Append(' ').Append((info as FileInfo)?.Length ?? 0).Append(' ').Append(info.Exists ? mtime.Ticks : -1).Append('\n');
        }
        sb.Append(target).Append('\n');
        // kiln itself is an input: a new build pipeline must not reuse images made by an old one.
        string self = typeof(ImageBuilder).Assembly.Location is { Length: > 0 } location ? location : Environment.ProcessPath ?? "";
        if (File.Exists(self)) sb.Append(self).Append(' ').Append(new FileInfo(self).Length).Append(' ').Append(File.GetLastWriteTimeUtc(self).Ticks).Append('\n');
        foreach (string root in new[] { app.Dir, KilnHome.GuestDir })
            foreach (string f in EnumerateInputs(root).Order(StringComparer.Ordinal)) Add(f);
        string inputsDir = InputsDir(app.BuildDir(target));
        if (Directory.Exists(inputsDir))
        {
            var listed = Directory.GetFiles(inputsDir, "*.inputs").SelectMany(File.ReadAllLines).Where(l => l.Length > 0).ToHashSet();
            foreach (string f in listed.Concat(listed.Select(f => Path.GetDirectoryName(f)!)).Distinct().Order(StringComparer.Ordinal)) Add(f);
        }
        return (Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()))), newest);
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
