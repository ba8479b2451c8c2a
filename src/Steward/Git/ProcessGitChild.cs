using System.Diagnostics;

namespace Steward.Git;

/// <summary>
/// A git started through <see cref="Process"/>: on Windows and macOS, and on Linux where Steward's own launcher
/// cannot be used (<see cref="SpawnedGit.Usable"/>). A thread reads its stderr (<see cref="GitErrorOutput"/>).
/// </summary>
/// <remarks>
/// The stderr reader holds a share of the process, and so does the owner: whichever lets go last disposes it, so an
/// owner that stops early never pulls the process out from under the reader.
/// </remarks>
internal sealed class ProcessGitChild : IGitChild
{
    private readonly Process process;
    private readonly GitErrorOutput error;
    private int holders = 2; // the owner and the stderr reader

    public ProcessGitChild(Process process)
    {
        this.process = process;
        error = new GitErrorOutput(process.StandardError.BaseStream, Release);
    }

    public StreamReader StandardOutput => process.StandardOutput;

    public StreamWriter StandardInput => process.StandardInput;

    public int ExitCode => process.ExitCode;

    public void WaitForExit() => process.WaitForExit();

    public bool WaitForExit(TimeSpan timeout) => process.WaitForExit(timeout);

    public void Kill() => process.Kill(entireProcessTree: true);

    public void FinishErrorOutput() => error.Finish();

    public string ErrorText() => error.Text();

    public void Dispose() => Release();

    private void Release()
    {
        if (Interlocked.Decrement(ref holders) != 0)
        {
            return;
        }

        try
        {
            process.Dispose();
        }
#pragma warning disable CA1031 // May run on the stderr reader's thread, where nothing may escape.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Disposing only closes handles; a failure to close one changes nothing for the release.
        }
    }
}
