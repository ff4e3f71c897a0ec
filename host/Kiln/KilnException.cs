namespace Kiln;

/// <summary>A failure the user can act on: what went wrong and how to fix it. Printed as one line, never as a stack trace.</summary>
public sealed class KilnException(string problem, string? fix = null, int exitCode = 1) : Exception(problem)
{
    public string? Fix { get; } = fix;
    public int ExitCode { get; } = exitCode;

    public override string ToString() => Fix is null ? Message : $"{Message}; {Fix}";

    /// <summary>
    /// What a file-system exception means, in words: kiln is built with UseSystemResourceKeys, so the runtime's own
    /// messages for these are resource keys. Others carry the system's text (e.g. "No space left on device").
    /// </summary>
    public static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        PathTooLongException => "path too long",
        _ => e.Message,
    };
}
