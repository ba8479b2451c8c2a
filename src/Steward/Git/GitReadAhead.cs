namespace Steward.Git;

/// <summary>
/// A git started before anyone asks for its answer, so that its time overlaps Steward's own work and the other gits'
/// (the tag list while the repository is being found, the committed changelog while the history is walked). A thread of
/// its own reads its whole output as it comes, so it runs to the end however much it prints; the first caller that runs
/// the very same command line takes the answer (<see cref="GitRunner"/>) instead of starting git again. Only for reads
/// whose output is small and whose answer cannot change in the meantime (nothing Steward does in between writes refs or
/// objects). A read whose whole answer is a few lines (<c>rev-parse</c>, <c>config --get</c>) needs no thread: it waits in
/// the pipe, which holds far more, and is read by the caller.
/// </summary>
internal sealed class GitReadAhead : IDisposable
{
    private readonly GitProcess git;
    private readonly Thread? reader;
    private string? output;
    private IOException? failure;

    /// <param name="smallAnswer">The answer is a few lines: no thread reads it as it comes (see above).</param>
    public GitReadAhead(GitProcess git, IReadOnlyList<string> arguments, bool smallAnswer = false)
    {
        this.git = git;
        Arguments = arguments;
        if (!smallAnswer)
        {
            reader = new Thread(Drain) { IsBackground = true, Name = "git read-ahead" };
            reader.Start();
        }
    }

    public IReadOnlyList<string> Arguments { get; }

    /// <summary>What git printed and how it ended, once it has.</summary>
    public GitResult Result()
    {
        if (reader is null)
        {
            Drain();
        }
        else
        {
            reader.Join();
        }

        if (failure is not null)
        {
            // As a git read in the foreground would have failed, on the caller's thread.
            throw new IOException(failure.Message, failure);
        }

        git.WaitForExit();
        return new GitResult(git.ExitCode, output ?? string.Empty, git.ErrorText());
    }

    public void Dispose() => git.Dispose();

    private void Drain()
    {
        try
        {
            output = git.StandardOutput.ReadToEnd();
        }
        catch (IOException e)
        {
            failure = e;
        }
#pragma warning disable CA1031 // A thread of our own: nothing may escape it.
        catch (Exception)
#pragma warning restore CA1031
        {
            // The output was closed under the reader (the read-ahead was disposed unread): nobody wants the answer.
        }
    }
}
