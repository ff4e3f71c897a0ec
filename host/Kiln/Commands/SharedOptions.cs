using System.CommandLine;
using Kiln.Project;

namespace Kiln.Commands;

/// <summary>The options several verbs take, made once in Program.cs so that every verb spells and checks them alike.</summary>
public sealed record SharedOptions(Option<bool> Verbose, Option<string?> Plat, Option<string?> Arch)
{
    /// <summary>The app directory argument of the verbs that work on an app's sources.</summary>
    public static Argument<string> AppDir() => new("dir") { Description = "App directory", DefaultValueFactory = _ => "." };

    /// <summary>The target --plat and --arch ask for, or the app's first.</summary>
    public Target Target(ParseResult r, App app) => app.SelectTarget(r.GetValue(Plat), r.GetValue(Arch));

    /// <summary>Runs a verb's action: -v applies, and a failure is one error line with its exit status.</summary>
    public int Guard(ParseResult r, Func<int> action)
    {
        Log.Verbose = r.GetValue(Verbose);
        return Log.Guarded(action);
    }
}
