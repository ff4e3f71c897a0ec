namespace Kiln;

/// <summary>A failure the user can act on: what went wrong and how to fix it. Printed as one line, never as a stack trace.</summary>
public sealed class KilnException(string problem, string? fix = null, int exitCode = 1) : Exception(problem)
{
    public string? Fix { get; } = fix;
    public int ExitCode { get; } = exitCode;

    public override string ToString() => Fix is null ? Message : $"{Message}; {Fix}";
}
