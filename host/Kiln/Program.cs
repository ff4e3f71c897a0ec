using System.CommandLine;
using Kiln;
using Kiln.Commands;
using Kiln.Project;

// Everything after the first "--" belongs to the app, so that kiln's own options stay strictly checked.
int separator = Array.IndexOf(args, "--");
string[] appArgs = separator >= 0 ? args[(separator + 1)..] : [];
string[] kilnArgs = separator >= 0 ? args[..separator] : args;
if (separator >= 0 && (kilnArgs.Length == 0 || kilnArgs[0] != "run"))
{
    Log.Error("only `kiln run` takes app arguments after --");
    return 2;
}

// --plat and --arch are checked against the platform libs' manifests where they are used (App.SelectTarget, the
// image's manifest): reading the manifests here would cost every command, `kiln run` of a built image included.
return Log.Guarded(() =>
{
    var plat = new Option<string?>("--plat") { Description = "Platform: kvm (a VM) or linuxu (a Linux process); default: the first target in kiln.yaml" };
    var arch = new Option<string?>("--arch") { Description = "Architecture (x86_64)" };
    var shared = new SharedOptions(
        new Option<bool>("--verbose", "-v") { Description = "Say what kiln does and why (accelerator choice, commands)", Recursive = true }, plat, arch);

    var root = new RootCommand("kiln: build C# apps into unikernel images and run them as VMs or Linux processes")
    {
        shared.Verbose,
        InitCommand.Create(shared),
        BuildCommand.Create(shared),
        RunCommand.Create(shared, appArgs),
        InspectCommand.Create(shared),
        ConfigCommand.Create(shared),
        MenuCommand.Create(shared),
    };

    ParseResult parsed = root.Parse(kilnArgs);
    // A usage error prints help too; keep that off stdout, which belongs to the app.
    return parsed.Errors.Count > 0 ? parsed.Invoke(new InvocationConfiguration { Output = Console.Error }) : parsed.Invoke();
});
