using System.Text;

namespace Steward.Git;

/// <summary>
/// One running git and the background work that serves it (the task writing its standard input; the stderr reader of a
/// git started through <see cref="System.Diagnostics.Process"/>). No background work outlives the child it uses: each
/// holds a share of it, and whichever lets go last disposes it, so a caller that stops early (an enumeration broken
/// off, an exception) never pulls the process out from under a thread still reading or writing its pipes.
/// </summary>
internal sealed class GitProcess : IDisposable
{
    // An empty pipe takes at least this much without its reader having read anything (POSIX's PIPE_BUF; a Linux
    // pipe holds 64 KiB, a Windows one 4 KiB).
    private const int PipeTakesAtOnce = 512;

    // How long a git whose output nobody reads any more gets to notice and exit before it is killed.
    private static readonly TimeSpan Goodbye = TimeSpan.FromSeconds(5);

    private readonly IGitChild process;
    private Task feeding = Task.CompletedTask;
    private int holders = 1; // this object; the input writer takes a second share while it runs
    private bool disposed;

    public GitProcess(IGitChild process)
    {
        this.process = process;
        StandardOutput = process.StandardOutput;
    }

    public StreamReader StandardOutput { get; }

    public StreamWriter StandardInput => process.StandardInput;

    public int ExitCode => process.ExitCode;

    /// <summary>
    /// Writes git's standard input from another task while the caller reads the output, then closes it: git may answer
    /// before it has read all of its input (check-attr --stdin does), and with both pipes full each side would wait for
    /// the other forever.
    /// </summary>
    public void Feed(Action<StreamWriter> write)
    {
        var input = process.StandardInput;
        Interlocked.Increment(ref holders);
        feeding = Task.Run(() =>
        {
            try
            {
                write(input);
            }
            finally
            {
                try
                {
                    // Closed whatever happened: a git still reading its input must see it end, or it waits forever.
                    input.Close();
                }
                catch (IOException)
                {
                    // git is gone (a broken pipe): the failure that counts is the one above, or git's own.
                }

                Release();
            }
        });
    }

    /// <summary>
    /// Writes <paramref name="input"/> to git's standard input and closes it: on the caller's thread when it is short
    /// enough that a pipe takes all of it at once (no write can then wait for git to read), else from another task
    /// (<see cref="Feed"/>). Most input is a few revisions, and a task's first run starts the thread pool.
    /// </summary>
    public void Give(string input)
    {
        if (Encoding.UTF8.GetByteCount(input) > PipeTakesAtOnce)
        {
            Feed(writer => writer.Write(input));
            return;
        }

        var writer = process.StandardInput;
        try
        {
            writer.Write(input);
            writer.Close();
        }
        catch (IOException e)
        {
            // git is gone (a broken pipe): told as a failed feeding would be, after git's own exit (FeedFailure).
            feeding = Task.FromException(e);
        }
    }

    /// <summary>
    /// Waits for the feeding and returns what went wrong with it, if anything. A git that failed may have closed its
    /// input unread, so callers look at git's own exit first: its error says more than the broken pipe.
    /// </summary>
    /// <remarks>
    /// A finished feeding (or none: most git commands take no input) is answered on the spot. A continuation on a task
    /// that has already finished is still queued to the thread pool, and the first one starts the pool's threads: for a
    /// short git that round trip cost more than the git.
    /// </remarks>
    public AggregateException? FeedFailure() =>
        feeding.IsCompleted
            ? feeding.Exception
            : feeding.ContinueWith(t => t.Exception, TaskScheduler.Default).GetAwaiter().GetResult();

    public void WaitForExit() => process.WaitForExit();

    /// <summary>Everything git wrote to stderr; call once git has exited.</summary>
    public string ErrorText() => process.ErrorText();

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            // Nobody reads git's output any more: closing it makes a git still writing stop (a broken pipe), one that
            // was finishing anyway exits, and one that does neither in time is stopped.
            StandardOutput.Dispose();
            if (!process.WaitForExit(Goodbye))
            {
                process.Kill();
                process.WaitForExit();
            }

            if (!feeding.IsCompleted)
            {
                feeding.ContinueWith(_ => { }, TaskScheduler.Default).Wait(Goodbye);
            }
            process.FinishErrorOutput();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
        {
            // Already gone or beyond reach: there is nothing left to stop.
        }
        finally
        {
            Release();
        }
    }

    /// <summary>Lets go of one share of the process; the last one lets go of the child (see <see cref="IGitChild"/>).</summary>
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
#pragma warning disable CA1031 // May run on the input writer's task, where nothing may escape.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Disposing only closes handles; a failure to close one changes nothing for the release.
        }
    }
}
