namespace Steward.Git;

/// <summary>
/// A git started before the revisions it is to read are known: it starts up (reads its configuration, opens the
/// repository) while Steward still works them out, then waits on its standard input. Whoever runs the very same
/// command line with its revisions as input takes it (<see cref="GitRunner"/>), and git walks at once.
/// </summary>
/// <remarks>
/// Its command line must make a git that is never fed do nothing (<see cref="HistoryReader"/>'s walk names a ref
/// pattern that matches nothing, which counts as revisions given, so an empty input is not taken for HEAD): a prestart
/// nobody takes sees its input end, with the process or when it is stopped, and exits without a word.
/// </remarks>
internal sealed class GitPrestart : IDisposable
{
    private readonly GitProcess git;

    public GitPrestart(GitProcess git, IReadOnlyList<string> arguments)
    {
        this.git = git;
        Arguments = arguments;
    }

    public IReadOnlyList<string> Arguments { get; }

    /// <summary>Hands git its input; the caller now owns the process, reads it and disposes it.</summary>
    public GitProcess Feed(string input)
    {
        git.Give(input);
        return git;
    }

    /// <summary>Stops a prestart nobody took: its input ends, and git, given nothing to walk, exits.</summary>
    public void Dispose()
    {
        git.Give(string.Empty);
        git.Dispose();
    }
}
