using System.CommandLine;
using Kiln;
using Kiln.Build;
using Kiln.Config;
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
var param = new Option<string[]>("--param") { Description = "Kernel parameter for this run (name or name=value), after kiln.yaml's cmdline; repeatable", AllowMultipleArgumentsPerToken = false };
var run = new Command("run", "Build if needed, then run the app; exits with the app's status. App arguments follow --") { runTarget, plat, arch, accel, machine, mem, param };
run.SetAction(r => Guard(r, () =>
{
    var options = new RunOptions
    {
        Accel = r.GetValue(accel)!,
        AccelGiven = r.GetResult(accel) is { Implicit: false },
        Machine = r.GetValue(machine)!,
        MachineGiven = r.GetResult(machine) is { Implicit: false },
        Memory = r.GetValue(mem) is { } m ? RunOptions.ValidateMemory(m) : null,
        AppArgs = appArgs,
        KernelArgs = r.GetValue(param) ?? [],
    };
    string what = r.GetValue(runTarget)!;
    string image, name, platform, targetName;
    IEnumerable<LibManifest> libs;
    if (File.Exists(what))
    {
        image = Path.GetFullPath(what);
        ImageManifest manifest = ImageInfo.Manifest(image);
        name = manifest.Name;
        platform = ImageInfo.PlatformOf(manifest);
        targetName = manifest.Target;
        // The image decides its platform; --plat can only agree with it.
        if (r.GetValue(plat) is { } asked && asked != platform)
            throw new KilnException($"'{what}' is a {manifest.Target} image, not a {asked} one", $"run it without --plat, or build the app for {asked} (kiln build <dir> --plat {asked})", 2);
        var catalog = Kiln.Config.Catalog.Resolver();
        libs = manifest.Libs.Select(l => catalog.Find(l.Name)).OfType<LibManifest>();
    }
    else
    {
        App app = App.Open(what);
        Target target = app.SelectTarget(r.GetValue(plat), r.GetValue(arch));
        image = ImageBuilder.Build(app, target).ImagePath;
        name = app.Name;
        platform = target.Plat;
        targetName = target.ToString();
        libs = app.Config.Resolve(Kiln.Config.Catalog.Resolver(), target).Libs.Select(l => l.Manifest);
        // kiln.yaml's args apply when none follow --; its cmdline comes before the --param ones.
        options = options with
        {
            AppArgs = appArgs.Length > 0 ? appArgs : app.Config.Args, Env = app.Config.Env,
            KernelArgs = [.. app.Config.Cmdline, .. options.KernelArgs],
        };
    }
    // --param is checked as kiln.yaml's cmdline is: the image itself would stop at boot on a name no lib takes.
    foreach (string p in r.GetValue(param) ?? [])
        KernelParameter.Check(p, $"--param {p}", targetName, libs, exitCode: 2);
    return IRunner.For(platform).Run(image, name, options);
}));
root.Subcommands.Add(run);

// kiln inspect <image|dir>
var inspectWhat = new Argument<string>("image") { Description = "Image file, or app directory (its image for --plat)", DefaultValueFactory = _ => "." };
var inspect = new Command("inspect", "Show what an image holds: libs, versions, options and the bytes each contributes") { inspectWhat, plat, arch };
inspect.SetAction(r => Guard(r, () =>
{
    string what = r.GetValue(inspectWhat)!;
    string image = what;
    if (!File.Exists(what))
    {
        App app = App.Open(what);
        Target target = app.SelectTarget(r.GetValue(plat), r.GetValue(arch));
        image = ImageBuilder.Build(app, target).ImagePath;
    }
    Console.Write(ImageInfo.Manifest(image).Describe());
    return 0;
}));
root.Subcommands.Add(inspect);

// kiln config show|get|lint
var configDir = new Argument<string>("dir") { Description = "App directory", DefaultValueFactory = _ => "." };
var config = new Command("config", "Show or check the app's resolved configuration (kiln.yaml + lib manifests)");
var show = new Command("show", "Print every enabled lib, why it is on, and its option values") { configDir, plat, arch };
show.SetAction(r => Guard(r, () =>
{
    App app = App.Open(r.GetValue(configDir)!);
    Resolution res = app.Config.Resolve(Kiln.Config.Catalog.Resolver(), app.SelectTarget(r.GetValue(plat), r.GetValue(arch)));
    Console.WriteLine($"# {app.Name} for {res.Target}");
    foreach (ResolvedLib lib in res.Libs)
    {
        Console.WriteLine($"{lib.Name} {lib.Manifest.Version}  # {lib.Reason}");
        foreach (var (k, v) in lib.Options)
            Console.WriteLine($"  {k} = {v}{(v == lib.Manifest.Option(k)!.Check(lib.Manifest.Option(k)!.Default).Value ? "  # default" : "")}");
    }
    return 0;
}));
var getKey = new Argument<string>("key") { Description = "name, libs, <lib> (on/off), <lib>.<option> or env.<NAME>" };
var get = new Command("get", "Print one resolved value") { getKey, configDir, plat, arch };
get.SetAction(r => Guard(r, () =>
{
    App app = App.Open(r.GetValue(configDir)!);
    Resolution res = app.Config.Resolve(Kiln.Config.Catalog.Resolver(), app.SelectTarget(r.GetValue(plat), r.GetValue(arch)));
    string key = r.GetValue(getKey)!;
    int dot = key.IndexOf('.');
    string? value = key switch
    {
        "name" => app.Name,
        "libs" => string.Join(" ", res.Libs.Select(l => l.Name)),
        _ when key.StartsWith("env.", StringComparison.Ordinal) => app.Config.Env.GetValueOrDefault(key[4..]),
        _ when dot < 0 => Kiln.Config.Catalog.Resolver().Find(key) is null ? null : res.Lib(key) is null ? "off" : "on",
        _ => res.Lib(key[..dot])?.Options.FirstOrDefault(o => o.Key == key[(dot + 1)..]).Value,
    };
    if (value is null) throw new KilnException($"no such key '{key}'", "use name, libs, <lib>, <lib>.<option> or env.<NAME> (see `kiln config show`)", 2);
    Console.WriteLine(value);
    return 0;
}));
var lint = new Command("lint", "Check kiln.yaml and resolve it for every target; exit 1 on the first problem") { configDir };
lint.SetAction(r => Guard(r, () =>
{
    App app = App.Open(r.GetValue(configDir)!);
    var resolver = Kiln.Config.Catalog.Resolver();
    foreach (Target t in app.Config.Targets) app.Config.Resolve(resolver, t);
    Log.Info($"kiln: {app.ConfigPath}: ok ({string.Join(", ", app.Config.Targets)})");
    return 0;
}));
// For lib authors: regenerate guest/options.defaults, the option constants builds outside kiln compile with.
var writeDefaults = new Command("write-defaults", "Regenerate guest/options.defaults from the lib manifests (for lib authors)");
writeDefaults.SetAction(r => Guard(r, () =>
{
    string dir = Path.Combine(KilnHome.GuestDir, "options.defaults");
    var catalog = Kiln.Config.Catalog.Load(KilnHome.GuestDir);
    OptionsCode.Write(dir, OptionsCode.Defaults(catalog), catalog.SelectMany(l => l.Parameters.Select(p => p.Name)));
    Log.Info($"kiln: wrote {dir}");
    return 0;
}));
config.Subcommands.Add(writeDefaults);
var setAssignment = new Argument<string>("key=value") { Description = "name=..., <lib>=true|false, <lib>.<option>=<value> or env.<NAME>=<value>" };
var set = new Command("set", "Change kiln.yaml, keeping its comments and order; refuses values the resolver rejects") { setAssignment, configDir };
set.SetAction(r => Guard(r, () =>
{
    string assignment = r.GetValue(setAssignment)!;
    int eq = assignment.IndexOf('=');
    if (eq <= 0) throw new KilnException($"'{assignment}' is not key=value", "write e.g. `kiln config set console.buffer-bytes=1024`", 2);
    App app = App.Open(r.GetValue(configDir)!);
    var resolver = Kiln.Config.Catalog.Resolver();
    ConfigFile.Edit(app.ConfigPath, current =>
    {
        string after = KilnYamlEditor.Set(current, assignment[..eq].Trim(), assignment[(eq + 1)..].Trim());
        // The result as a whole must resolve before it replaces the user's file.
        var changed = AppConfig.Parse(after, app.ConfigPath);
        foreach (Target t in changed.Targets) changed.Resolve(resolver, t);
        return after;
    });
    Log.Info($"kiln: {app.ConfigPath}: {assignment}");
    return 0;
}));
config.Subcommands.Add(set);
config.Subcommands.Add(show);
config.Subcommands.Add(get);
config.Subcommands.Add(lint);
root.Subcommands.Add(config);

// kiln menu [dir]
var menuDir = new Argument<string>("dir") { Description = "App directory", DefaultValueFactory = _ => "." };
var menu = new Command("menu", "Choose libs and options in a full-screen menu; saving rewrites kiln.yaml keeping its comments") { menuDir, plat, arch };
menu.SetAction(r => Guard(r, () =>
{
    App app = App.Open(r.GetValue(menuDir)!);
    Target target = app.SelectTarget(r.GetValue(plat), r.GetValue(arch));
    if (Console.IsInputRedirected || Console.IsOutputRedirected)
        throw new KilnException("kiln menu needs a terminal", "run it in a terminal, or use `kiln config set` in scripts", 2);
    // Fail here, in the plain CLI, if kiln.yaml does not resolve: the menu starts from a valid configuration.
    app.Config.Resolve(Kiln.Config.Catalog.Resolver(), target);
    return MenuLauncher.Run(app.ConfigPath, target, $"kiln menu: {app.Name} for {target}");
}));
root.Subcommands.Add(menu);

ParseResult parsed = root.Parse(kilnArgs);
// A usage error prints help too; keep that off stdout, which belongs to the app.
return parsed.Errors.Count > 0 ? parsed.Invoke(new InvocationConfiguration { Output = Console.Error }) : parsed.Invoke();

int Guard(ParseResult r, Func<int> action)
{
    Log.Verbose = r.GetValue(verbose);
    return Log.Guarded(action);
}
