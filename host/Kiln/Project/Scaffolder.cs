namespace Kiln.Project;

/// <summary>`kiln init`: a new app directory that builds against this Kiln checkout from anywhere on disk.</summary>
public static class Scaffolder
{
    public static string Init(string dir, string? name)
    {
        if (string.IsNullOrWhiteSpace(dir)) throw new KilnException("no app directory given", "write e.g. `kiln init ~/apps/greeter`", 2);
        string full = Path.GetFullPath(dir);
        name ??= Path.GetFileName(full.TrimEnd('/'));
        if (!AppConfig.IsValidName(name))
            throw new KilnException($"'{name}' is not a valid app name", "use letters, digits, '-' and '_', starting with a letter (or pass --name)", 2);
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            throw new KilnException($"'{dir}' already exists and is not empty", "pick a new directory");
        if (File.Exists(full)) throw new KilnException($"'{dir}' is a file", "pick a new directory");
        for (string? d = Path.GetDirectoryName(full); d is not null; d = Path.GetDirectoryName(d))
            if (File.Exists(d)) throw new KilnException($"'{d}' is a file, so '{dir}' cannot be made under it", "pick a directory that is not under a file");
        bool existed = Directory.Exists(full);
        try
        {
            Write(full, name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Leave nothing half made, or a second try would find the directory not empty.
            if (!existed && Directory.Exists(full)) Directory.Delete(full, recursive: true);
            else if (existed) foreach (string f in Directory.EnumerateFiles(full)) File.Delete(f);
            throw new KilnException($"cannot create the app in '{dir}': {KilnException.Describe(e)}", "pick a directory you can write to, not under a file, on a disk with room");
        }
        return full;
    }

    private static void Write(string full, string name)
    {
        Directory.CreateDirectory(full);
        string props = Path.Combine(KilnHome.GuestDir, "Kiln.App.props");
        File.WriteAllText(Path.Combine(full, $"{name}.csproj"),
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Compiles against the Kiln guest runtime (no BCL); `kiln build` turns it into an image. -->
              <Import Project="{props}" />
              <PropertyGroup>
                <AssemblyName>{name}</AssemblyName>
              </PropertyGroup>
            </Project>

            """);
        File.WriteAllText(Path.Combine(full, "Program.cs"),
            """
            using System;

            static class Program
            {
                static int Main(string[] args)
                {
                    Console.WriteLine("Hello from Kiln!");
                    foreach (string arg in args) Console.WriteLine(arg);
                    return 0;
                }
            }

            """);
        File.WriteAllText(Path.Combine(full, App.ConfigFileName),
            $"""
            # Kiln app configuration (docs/kiln-yaml.md).
            name: {name}
            # Where the image runs; `kiln build`/`kiln run` use the first unless --plat says otherwise.
            targets:
              - plat: kvm
                arch: x86_64
              - plat: linuxu
                arch: x86_64
            {DefaultLibs()}
            """);
        File.WriteAllText(Path.Combine(full, ".gitignore"), ".kiln/\nbin/\nobj/\n");
    }

    private static string FirstSentence(string help)
    {
        string text = string.Join(' ', help.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        int end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    // The libs that are on by default everywhere, with their options at their defaults, spelled out so that the
    // file shows what goes into the image. Platform and arch libs follow from the targets.
    private static string DefaultLibs()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("# Micro-libs in the image (`kiln config show` lists them all; docs/manifest.md). Set one to false to leave it out.\n");
        sb.Append("libs:\n");
        foreach (var lib in Kiln.Config.Catalog.Load(KilnHome.GuestDir).Where(l => l.DefaultEnabled && l.Platforms.Count == 0 && l.Architectures.Count == 0))
        {
            sb.Append($"  {lib.Name}:{(lib.Options.Count == 0 ? " true" : "")}  # {lib.Title}\n");
            foreach (var o in lib.Options)
                sb.Append($"    {o.Name}: {o.Default}  # {FirstSentence(o.Help)}\n");
        }
        return sb.ToString();
    }
}
