using System.Diagnostics;

namespace Kiln;

/// <summary>kiln's own messages. They go to stderr so that stdout carries exactly what the app printed.</summary>
public static class Log
{
    public static bool Verbose { get; set; }

    public static void Info(string message)
    {
        Console.Error.WriteLine(message);
    }

    public static void Detail(string message)
    {
        if (Verbose) Console.Error.WriteLine($"kiln: {message}");
    }

    public static void Error(string message) => Console.Error.WriteLine($"kiln: error: {message}");

    /// <summary>Runs a command; a failure becomes `kiln: error: problem` and `  fix: ...` and its exit status, never a stack trace.</summary>
    public static int Guarded(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (KilnException e)
        {
            Error(e.Message);
            if (e.Fix is not null) Console.Error.WriteLine($"  fix: {e.Fix}");
            return e.ExitCode;
        }
        // The file system can fail anywhere (full disk, permissions, a path that is not a directory); its message names the path.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error(e.Message);
            Console.Error.WriteLine("  fix: check the path, its permissions and the free space on its disk");
            return 1;
        }
        // Anything else is a kiln bug; it still ends in one line, and -v shows where.
        catch (Exception e)
        {
            Detail(e.ToString());
            Error($"internal error: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine("  fix: run again with -v for the stack trace, and report it");
            return 1;
        }
    }

    /// <summary>Runs one named step of a long operation, showing its name and how long it took.</summary>
    public static T Step<T>(string name, Func<T> work)
    {
        Console.Error.Write(Verbose ? $"  {name}\n" : $"  {name,-10} ");
        var sw = Stopwatch.StartNew();
        try
        {
            T result = work();
            Console.Error.WriteLine(Verbose ? $"  {name} done in {sw.Elapsed.TotalSeconds:0.0}s" : $"{sw.Elapsed.TotalSeconds,5:0.0}s");
            return result;
        }
        catch
        {
            Console.Error.WriteLine("failed");
            throw;
        }
    }

    public static void Step(string name, Action work) => Step<bool>(name, () => { work(); return true; });
}
