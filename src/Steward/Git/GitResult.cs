namespace Steward.Git;

/// <summary>What one git invocation printed and how it ended.</summary>
internal sealed record GitResult(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The first non-empty line git wrote to stderr, for one-line error messages.</summary>
    public string FirstErrorLine =>
        Error.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? $"exit code {ExitCode}";
}
