using System.CommandLine;
using Kiln.Build;
using Kiln.Config;
using Kiln.Project;
using Kiln.Run;

namespace Kiln.Commands;

/// <summary>kiln run [dir|image] [-- args]</summary>
public static class RunCommand
{
    /// <param name="appArgs">What followed `--` on kiln's command line.</param>
    public static Command Create(SharedOptions shared, string[] appArgs)
    {
        var what = new Argument<string>("app") { Description = "App directory or a built image", DefaultValueFactory = _ => "." };
        var accel = new Option<string>("--accel") { Description = "kvm platform: auto (KVM when a probe shows it works), kvm or tcg", DefaultValueFactory = _ => "auto" };
        accel.AcceptOnlyFromAmong(RunOptions.Accels);
        var machine = new Option<string>("--machine") { Description = "kvm platform: QEMU machine, microvm or q35", DefaultValueFactory = _ => "microvm" };
        machine.AcceptOnlyFromAmong(RunOptions.Machines);
        var mem = new Option<string?>("--mem") { Description = "Memory for the image, e.g. 64M (default 64M)" };
        var param = new Option<string[]>("--param") { Description = "Kernel parameter for this run (name or name=value), after kiln.yaml's cmdline; repeatable", AllowMultipleArgumentsPerToken = false };
        var run = new Command("run", "Build if needed, then run the app; exits with the app's status. App arguments follow --") { what, shared.Plat, shared.Arch, accel, machine, mem, param };
        run.SetAction(r => shared.Guard(r, () =>
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
            string path = r.GetValue(what)!;
            string image;
            Func<IEnumerable<LibManifest>> libs;
            if (File.Exists(path))
            {
                image = Path.GetFullPath(path);
                libs = () =>
                {
                    var catalog = Catalog.Resolver();
                    return ImageInfo.Manifest(image).Libs.Select(l => catalog.Find(l.Name)).OfType<LibManifest>();
                };
            }
            else
            {
                App app = App.Open(path);
                Target target = shared.Target(r, app);
                image = ImageBuilder.Build(app, target).ImagePath;
                libs = () => app.Config.Resolve(Catalog.Resolver(), target).Libs.Select(l => l.Manifest);
                // kiln.yaml's args apply when none follow --; its cmdline comes before the --param ones.
                options = options with
                {
                    AppArgs = appArgs.Length > 0 ? appArgs : app.Config.Args, Env = app.Config.Env,
                    KernelArgs = [.. app.Config.Cmdline, .. options.KernelArgs],
                };
            }
            ImageManifest manifest = ImageInfo.Manifest(image);
            // The image decides its platform; --plat can only agree with it.
            if (r.GetValue(shared.Plat) is { } asked && !AppConfig.Platforms.Contains(asked))
                throw new KilnException($"unknown platform '{asked}'", $"use --plat {string.Join(" or --plat ", AppConfig.Platforms)}", 2);
            if (r.GetValue(shared.Plat) is { } other && other != ImageInfo.PlatformOf(manifest))
                throw new KilnException($"'{path}' is a {manifest.Target} image, not a {other} one", $"run it without --plat, or build the app for {other} (kiln build <dir> --plat {other})", 2);
            // --param is checked as kiln.yaml's cmdline is: the image itself would stop at boot on a name no lib
            // takes. Only then are the lib manifests read: a plain run of a built image needs none of them.
            foreach (string p in r.GetValue(param) ?? [])
                KernelParameter.Check(p, $"--param {p}", manifest.Target, libs(), exitCode: 2);
            return IRunner.For(manifest).Run(image, manifest.Name, options);
        }));
        return run;
    }
}
