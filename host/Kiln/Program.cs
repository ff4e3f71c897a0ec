using System.CommandLine;
using Kiln;
using Kiln.Build;
using Kiln.Project;
using Kiln.Run;

// Everything after the first "--" belongs to the app, so that kiln's own options stay strictly checked.
int separator = Array.IndexOf(args, "--");
string[] appArgs = separator >= 0 ? args[(separator + 1)..] : [];
string[] kilnArgs = separator >= 0 ? args[..separator] : args;
if (separator >= 0 && (kilnArgs.Length == 0 || kilnArgs[0] != "run"))
{
    Log.Error("only `kiln run` takes app arguments after --");
    return 2;
}

var verbose = new Option<bool>("--verbose", "-v") { Description = "Say what kiln does and why (accelerator choice, commands)", Recursive = true };
var plat = new Option<string?>("--plat") { Description = "Platform: kvm (a VM) or linuxu (a Linux process); default: the first target in kiln.yaml" };
plat.AcceptOnlyFromAmong(AppConfig.Platforms);
var arch = new Option<string?>("--arch") { Description = "Architecture (x86_64)" };
arch.AcceptOnlyFromAmong(AppConfig.Architectures);

var root = new RootCommand("kiln: build C# apps into unikernel images and run them as VMs or Linux processes");
root.Options.Add(verbose);

// kiln init <dir>
var initDir = new Argument<string>("dir") { Description = "Directory to create" };
var initName = new Option<string?>("--name") { Description = "App name (default: the directory name)" };
var init = new Command("init", "Create a new app") { initDir, initName };
init.SetAction(r => Guard(r, () =>
{
    string dir = Scaffolder.Init(r.GetValue(initDir)!, r.GetValue(initName));
    Log.Info($"kiln: created {dir}; build and run it with `kiln run {r.GetValue(initDir)}`");
    return 0;
}));
root.Subcommands.Add(init);

// kiln build [dir]
var buildDir = new Argument<string>("dir") { Description = "App directory", DefaultValueFactory = _ => "." };
var build = new Command("build", "Build the app's image") { buildDir, plat, arch };
build.SetAction(r => Guard(r, () =>
{
    App app = App.Open(r.GetValue(buildDir)!);
    Target target = app.SelectTarget(r.GetValue(plat), r.GetValue(arch));
    BuildResult result = ImageBuilder.Build(app, target);
    Log.Info($"kiln: {(result.UpToDate ? "up to date" : "built")} {result.ImagePath} ({result.Size:N0} bytes)");
    return 0;
}));
root.Subcommands.Add(build);

// kiln run [dir|image] [-- args]
var runTarget = new Argument<string>("app") { Description = "App directory or a built image", DefaultValueFactory = _ => "." };
var accel = new Option<string>("--accel") { Description = "kvm platform: auto (KVM when a probe shows it works), kvm or tcg", DefaultValueFactory = _ => "auto" };
accel.AcceptOnlyFromAmong(RunOptions.Accels);
var machine = new Option<string>("--machine") { Description = "kvm platform: QEMU machine, microvm or q35", DefaultValueFactory = _ => "microvm" };
machine.AcceptOnlyFromAmong(RunOptions.Machines);
var mem = new Option<string?>("--mem") { Description = "Memory for the image, e.g. 64M (default 64M)" };
var run = new Command("run", "Build if needed, then run the app; exits with the app's status. App arguments follow --") { runTarget, plat, arch, accel, machine, mem };
run.SetAction(r => Guard(r, () =>
{
    var options = new RunOptions
    {
        Accel = r.GetValue(accel)!,
        Machine = r.GetValue(machine)!,
        Memory = r.GetValue(mem) is { } m ? RunOptions.ValidateMemory(m) : null,
        AppArgs = appArgs,
    };
    string what = r.GetValue(runTarget)!;
    string image, name, platform;
    if (File.Exists(what))
    {
        image = Path.GetFullPath(what);
        name = Path.GetFileName(image);
        platform = r.GetValue(plat) ?? ImageInfo.PlatformOf(image);
    }
    else
    {
        App app = App.Open(what);
        Target target = app.SelectTarget(r.GetValue(plat), r.GetValue(arch));
        image = ImageBuilder.Build(app, target).ImagePath;
        name = app.Name;
        platform = target.Plat;
    }
    return platform == "kvm" ? QemuRunner.Run(image, name, options) : LinuxuRunner.Run(image, options);
}));
root.Subcommands.Add(run);

ParseResult parsed = root.Parse(kilnArgs);
// A usage error prints help too; keep that off stdout, which belongs to the app.
return parsed.Errors.Count > 0 ? parsed.Invoke(new InvocationConfiguration { Output = Console.Error }) : parsed.Invoke();

int Guard(ParseResult r, Func<int> action)
{
    Log.Verbose = r.GetValue(verbose);
    try
    {
        return action();
    }
    catch (KilnException e)
    {
        Log.Error(e.Message);
        if (e.Fix is not null) Console.Error.WriteLine($"  fix: {e.Fix}");
        return e.ExitCode;
    }
}
