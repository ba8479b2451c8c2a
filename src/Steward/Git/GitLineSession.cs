namespace Steward.Git;

/// <summary>
/// One long-running git command that answers a line for every line it is given (<c>git check-mailmap --stdin</c>
/// flushes after each answer), so many questions over a long walk cost one process instead of one each.
/// </summary>
internal sealed class GitLineSession : IDisposable
{
    private readonly GitProcess process;
    private readonly IReadOnlyList<string> arguments;

    public GitLineSession(GitProcess process, IReadOnlyList<string> arguments)
    {
        this.process = process;
        this.arguments = arguments;
    }

    /// <summary>Sends one line (without its line break) and returns git's one-line answer.</summary>
    public string Ask(string line)
    {
        string? answer;
        try
        {
            process.StandardInput.Write(line);
            process.StandardInput.Write('\n');
            process.StandardInput.Flush();
            answer = process.StandardOutput.ReadLine();
        }
        catch (IOException)
        {
            answer = null;
        }

        if (answer is not null)
        {
            return answer;
        }

        // Git stopped answering: it has exited, and its error says why.
        process.WaitForExit();
        throw GitRunner.Failure(arguments, new GitResult(process.ExitCode, string.Empty, process.ErrorText()));
    }

    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // Already gone: there is nothing left to tell it.
        }

        // Its input closed, check-mailmap has answered everything and exits; Dispose waits for it and its stderr.
        process.Dispose();
    }
}
