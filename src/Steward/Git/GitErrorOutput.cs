using System.Diagnostics;
using System.Text;

namespace Steward.Git;

/// <summary>
/// git's standard error, read as it comes so that a full pipe never blocks git, for the one-line error message. A
/// plain thread reads it: the asynchronous reads of <see cref="Process.BeginErrorReadLine"/> start the thread pool
/// and, on Unix, the socket engine behind async pipes, which cost a short command more than git itself.
/// </summary>
internal sealed class GitErrorOutput
{
    // A git that leaves a detached child holding its stderr (gc --auto) must not hold Steward: wait this long at most.
    private static readonly TimeSpan LastWords = TimeSpan.FromSeconds(5);

    private readonly StringBuilder text = new();
    private readonly Thread reader;

    public GitErrorOutput(Process process)
    {
        reader = new Thread(() => Drain(process.StandardError)) { IsBackground = true, Name = "git stderr" };
        reader.Start();
    }

    /// <summary>Everything git wrote to stderr; call once git has exited.</summary>
    public string Text()
    {
        reader.Join(LastWords);
        lock (text)
        {
            return text.ToString();
        }
    }

    private void Drain(StreamReader stream)
    {
        try
        {
            string? line;
            while ((line = stream.ReadLine()) is not null)
            {
                lock (text)
                {
                    text.Append(line).Append('\n');
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The process was disposed while git still wrote: nobody is left to read it.
        }
    }
}
