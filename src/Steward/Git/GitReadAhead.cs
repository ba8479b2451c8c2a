namespace Steward.Git;

/// <summary>
/// A git started before anyone asks for its answer, so that its time overlaps Steward's own work and the other gits'
/// (the tag list while the repository is being found, the committed changelog while the history is walked); the first
/// caller that runs the very same command line takes the answer (<see cref="GitRunner"/>) instead of starting git again.
/// Only for reads whose answer cannot change in the meantime (nothing Steward does in between writes refs or objects).
/// </summary>
/// <remarks>
/// No thread reads the answer as it comes: it waits in the pipe, which holds 64 KiB on Linux, and the caller reads it.
/// A longer answer holds git at the pipe only until the caller asks, which is soon: every read started ahead is asked
/// for within the run's next steps, and git's slowest one (the tag list of a large repository) writes nothing before it
/// has read and sorted every tag. A thread for each would cost more than it saves: starting one is a good part of
/// starting git.
/// </remarks>
internal sealed class GitReadAhead : IDisposable
{
    private readonly GitProcess git;

    public GitReadAhead(GitProcess git, IReadOnlyList<string> arguments)
    {
        this.git = git;
        Arguments = arguments;
    }

    public IReadOnlyList<string> Arguments { get; }

    /// <summary>What git printed and how it ended, once it has.</summary>
    public GitResult Result()
    {
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return new GitResult(git.ExitCode, output, git.ErrorText());
    }

    public void Dispose() => git.Dispose();
}
