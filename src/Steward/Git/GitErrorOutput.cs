using System.Runtime.InteropServices;
using System.Text;

namespace Steward.Git;

/// <summary>
/// git's standard error, read as it comes so that a full pipe never blocks git, for the one-line error message. A
/// plain thread reads it: the asynchronous reads of <see cref="System.Diagnostics.Process.BeginErrorReadLine"/> start
/// the thread pool and, on Unix, the socket engine behind async pipes, which cost a short command more than git itself.
/// </summary>
/// <remarks>
/// The thread is handed the stream, never the process: it was given the stream before it started, so however late it
/// is scheduled it has nothing to ask a disposed process. It ends by calling <c>finished</c>, which lets
/// <see cref="GitProcess"/> dispose the process only once both it and this thread are done with it. Nothing thrown on
/// the thread escapes it: an unhandled exception there would end Steward mid-release.
/// </remarks>
internal sealed class GitErrorOutput
{
    // A git that leaves a detached child holding its stderr (gc --auto) must not hold Steward: wait this long at most.
    private static readonly TimeSpan LastWords = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private readonly List<byte> bytes = [];
    private readonly Thread reader;
    private int progress; // counts the reader's start and every read it finishes, so that a slow reader is told from a stuck one

    public GitErrorOutput(Stream standardError, Action finished)
    {
        reader = new Thread(() => Drain(standardError, finished)) { IsBackground = true, Name = "git stderr" };
        reader.Start();
    }

    /// <summary>Everything git wrote to stderr, one line ending in <c>\n</c> each; call once git has exited.</summary>
    public string Text()
    {
        Finish();
        lock (gate)
        {
            return Lines(CollectionsMarshal.AsSpan(bytes));
        }
    }

    /// <summary>git's stderr <paramref name="bytes"/> as UTF-8 text, one line ending in <c>\n</c> each.</summary>
    public static string Lines(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var lines = new StringBuilder();
        using var split = new StringReader(text);
        while (split.ReadLine() is { } line)
        {
            lines.Append(line).Append('\n');
        }

        return lines.ToString();
    }

    /// <summary>
    /// Waits for git's stderr to end. A reader that is late (not yet started on a loaded machine, or still reading) is
    /// waited for, however long it takes; one that has read nothing for a whole <see cref="LastWords"/> is waiting on a
    /// pipe that someone other than git holds open, and is left to end on its own.
    /// </summary>
    public void Finish()
    {
        var seen = -1;
        while (!reader.Join(LastWords))
        {
            var now = Volatile.Read(ref progress);
            if (now == seen && now > 0)
            {
                return;
            }

            seen = now;
        }
    }

    private void Drain(Stream stream, Action finished)
    {
        try
        {
            Interlocked.Increment(ref progress);
            var buffer = new byte[4096];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (gate)
                {
                    bytes.AddRange(buffer.AsSpan(0, read));
                }

                Interlocked.Increment(ref progress);
            }
        }
#pragma warning disable CA1031 // The last stop on a thread of our own: whatever went wrong, the exit code and stdout still tell the story.
        catch (Exception)
#pragma warning restore CA1031
        {
            // The stream was closed under the reader (a git that outlived the wait above): nobody is left to read it.
        }
        finally
        {
            finished();
        }
    }
}
