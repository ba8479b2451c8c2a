namespace Steward.Git;

/// <summary>
/// A started git as <see cref="GitProcess"/> sees it, whichever way it was started: through
/// <see cref="System.Diagnostics.Process"/> (<see cref="ProcessGitChild"/>) or by Steward's own launcher on Linux
/// (<see cref="SpawnedGit"/>).
/// </summary>
internal interface IGitChild : IDisposable
{
    StreamReader StandardOutput { get; }

    /// <summary>git's standard input; only for a git started with its input redirected.</summary>
    StreamWriter StandardInput { get; }

    /// <summary>git's exit code once it has exited; 128 + the signal's number for a git a signal ended.</summary>
    int ExitCode { get; }

    void WaitForExit();

    bool WaitForExit(TimeSpan timeout);

    /// <summary>Stops git and whatever it started, at once.</summary>
    void Kill();

    /// <summary>Waits (boundedly) for whatever still collects git's stderr; see <see cref="GitErrorOutput.Finish"/>.</summary>
    void FinishErrorOutput();

    /// <summary>Everything git wrote to stderr, one line ending in <c>\n</c> each; call once git has exited.</summary>
    string ErrorText();
}
