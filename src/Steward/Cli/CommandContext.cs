namespace Steward.Cli;

/// <summary>
/// Everything a command may touch outside the process: streams, the directory it was started in, the environment
/// and the clock. Program.cs builds it from the real console; tests build it from strings and temp directories.
/// </summary>
internal sealed record CommandContext(
    TextWriter Out,
    TextWriter Error,
    TextReader In,
    bool InputRedirected,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string?> Environment,
    Func<DateTimeOffset> Now)
{
    /// <summary>Whether standard output is a terminal (a person watching), not a pipe or a CI log.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Whether standard error is a terminal: progress lines (uploads) go there only then.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The clock forge retries wait on (rate limits, backoff); tests give one that never sleeps.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public string? GetEnvironment(string name) => Environment.TryGetValue(name, out var value) ? value : null;

    /// <summary>Resolves a user-given path against the directory the command was started in.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
