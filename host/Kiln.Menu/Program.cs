using Kiln;
using Kiln.Config;
using Kiln.Menu;
using Kiln.Project;

// Started by `kiln menu` (host/Kiln/Commands/MenuCommand.cs), which has checked the app and the terminal:
// kiln-menu <kiln.yaml> <plat> <arch> <title>
if (args.Length != 4)
{
    Console.Error.WriteLine("kiln-menu: run it through `kiln menu <dir>`");
    return 2;
}
return Log.Guarded(() =>
{
    var model = new MenuModel(args[0], new Target(args[1], args[2]), Catalog.Resolver());
    MenuView.Run(model, args[3]);
    Log.Info(model.Dirty ? $"kiln: left {args[0]} unchanged" : $"kiln: {args[0]} is up to date");
    return 0;
});
