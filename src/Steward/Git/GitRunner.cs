using System.Diagnostics;
using System.Text;
using Steward.Core.Errors;
using Steward.Core.Text;

namespace Steward.Git;

/// <summary>
/// The only code that starts git. Arguments always travel as an argument array (never through a shell), so a
/// branch name, message or path is data. The user's own git configuration applies: it is their git.
/// </summary>
internal sealed class GitRunner
{
    private readonly IReadOnlyDictionary<string, string?> environment;

    // Gits started ahead of their question (ReadAhead, Prestart), shared with the runner made for the same repository (At).
    private readonly GitAhead ahead;

    public GitRunner(string workingDirectory, IReadOnlyDictionary<string, string?> environment)
        : this(workingDirectory, environment, new GitAhead())
    {
    }

    private GitRunner(string workingDirectory, IReadOnlyDictionary<string, string?> environment, GitAhead ahead)
    {
        WorkingDirectory = workingDirectory;
        this.environment = environment;
        this.ahead = ahead;
    }

    public string WorkingDirectory { get; }

    /// <summary>
    /// A runner for <paramref name="directory"/> of the same repository, which takes over the gits this one started
    /// ahead (a repository-wide read such as the tag list answers the same from any of its directories).
    /// </summary>
    public GitRunner At(string directory) => new(directory, environment, ahead);

    /// <summary>
    /// Starts git now for a read that will be asked for later with the very same <paramref name="arguments"/> (by
    /// <see cref="Run"/> or <see cref="ReadRecords(char, IReadOnlyList{string}, string?)"/>, without input), so that it
    /// runs while Steward does other work; that call then takes the git and reads it as one it started itself. Only for
    /// a read whose answer nothing done in between can change (nothing Steward does in between writes refs or objects).
    /// </summary>
    /// <remarks>
    /// No thread reads the answer as it comes: it waits in the pipe, which holds 64 KiB on Linux. A longer answer holds
    /// git at the pipe only until the caller asks, which is soon: every read started ahead is asked for within the run's
    /// next steps, and git's slowest one (the tag list of a large repository) writes nothing before it has read and
    /// sorted every tag. A thread for each would cost more than it saves: starting one is a good part of starting git.
    /// </remarks>
    public void ReadAhead(IReadOnlyList<string> arguments) => ahead.AddRead(arguments, Start(arguments, redirectInput: false));

    /// <summary>
    /// Like <see cref="ReadAhead"/>, but git starts only once the next walk has (the next read streamed from a git of its
    /// own): that walk is what the run waits on, and each git started before it would hold it up by the time Steward
    /// takes to start a process. Asked for before any walk, it runs then.
    /// </summary>
    public void ReadAheadOnceWalking(IReadOnlyList<string> arguments) => ahead.AddOnceWalking(arguments);

    /// <summary>
    /// Starts git now for a walk whose revisions are not known yet: git starts up (reads its configuration, opens the
    /// repository) while Steward still works them out, then waits on its standard input. The later
    /// <see cref="ReadRecords(char, IReadOnlyList{string}, string?)"/> with the very same <paramref name="arguments"/> hands
    /// it the revisions as input and reads it, without waiting for git to start.
    /// </summary>
    /// <remarks>
    /// The command line must make a git that is never fed do nothing (<see cref="HistoryReader.RangeWalk"/> names a ref
    /// pattern that matches nothing, which counts as revisions given, so an empty input is not taken for HEAD): a walk
    /// nobody takes sees its input end, with the process or when it is dropped, and exits without a word.
    /// </remarks>
    public void Prestart(IReadOnlyList<string> arguments) => ahead.AddWalk(arguments, Start(arguments, redirectInput: true));

    /// <summary>Stops the walk started ahead with these arguments, if nobody took it: the run needs another.</summary>
    public void DropPrestart(IReadOnlyList<string> arguments) => ahead.DropWalk(arguments);

    /// <summary>Stops the gits started ahead that nobody asked for (the repository was not found, or is a monorepo).</summary>
    public void DropReadAhead() => ahead.Drop();

    /// <summary>Runs git and returns what happened, whatever the exit code.</summary>
    public GitResult Run(IReadOnlyList<string> arguments, string? standardInput = null)
    {
        using var git = TakeOrStart(arguments, standardInput, out _);
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        var result = new GitResult(git.ExitCode, output, git.ErrorText());
        var fed = git.FeedFailure();
        return result.Succeeded && fed is not null ? throw InputFailure(arguments, fed) : result;
    }

    /// <summary>Runs git and returns its standard output; a non-zero exit is a failure naming the command.</summary>
    public string Read(params string[] arguments)
    {
        var result = Run(arguments);
        return result.Succeeded ? result.Output : throw Failure(arguments, result);
    }

    /// <summary>
    /// Streams git's output as records ended by <paramref name="separator"/> (NUL for <c>-z</c> output), so that memory
    /// holds one record at a time however long the history is.
    /// </summary>
    public IEnumerable<string> ReadRecords(char separator, params string[] arguments) => ReadRecords(separator, arguments, null);

    /// <summary>
    /// Like <see cref="ReadRecords(char, string[])"/>, with <paramref name="standardInput"/> written to git from another
    /// task (for <c>--stdin</c>: thousands of revisions would not fit a command line everywhere).
    /// </summary>
    public IEnumerable<string> ReadRecords(char separator, IReadOnlyList<string> arguments, string? standardInput)
    {
        // A caller that stops early disposes the enumerator, and with it the process (see GitProcess.Dispose).
        using var git = TakeOrStart(arguments, standardInput, out var readAhead);
        if (!readAhead)
        {
            ahead.WalkStarted(a => Start(a, redirectInput: false));
        }

        foreach (var record in TextRecords.Read(git.StandardOutput, separator, keepSeparator: false))
        {
            yield return record;
        }

        git.WaitForExit();
        var fed = git.FeedFailure();
        if (git.ExitCode != 0)
        {
            throw Failure(arguments, new GitResult(git.ExitCode, string.Empty, git.ErrorText()));
        }

        if (fed is not null)
        {
            throw InputFailure(arguments, fed);
        }
    }

    /// <summary>
    /// Reads many objects' raw bytes through one <c>git cat-file --batch</c> process (not one process per object),
    /// binary-safe: the requests are written from another task while the answers are read, so neither pipe fills up.
    /// </summary>
    public IReadOnlyDictionary<string, byte[]> ReadObjects(IReadOnlyList<string> objectIds)
    {
        string[] arguments = ["cat-file", "--batch"];
        using var git = Start(arguments, redirectInput: true);
        git.Feed(input =>
        {
            foreach (var id in objectIds)
            {
                input.Write(id + "\n");
            }
        });
        var objects = GitObjectBatch.Read(git.StandardOutput.BaseStream, objectIds);
        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            throw Failure(arguments, new GitResult(git.ExitCode, string.Empty, git.ErrorText()));
        }

        return git.FeedFailure() is { } fed ? throw InputFailure(arguments, fed) : objects;
    }

    /// <summary>Starts a git command that answers line by line, for as many questions as its caller has (see <see cref="GitLineSession"/>).</summary>
    public GitLineSession StartSession(IReadOnlyList<string> arguments) => new(Start(arguments, redirectInput: true), arguments);

    public static StewardException Failure(IReadOnlyList<string> arguments, GitResult result) =>
        Messages.GitFailed($"git {string.Join(' ', arguments.Take(3))}", result.FirstErrorLine);

    private static StewardException InputFailure(IReadOnlyList<string> arguments, AggregateException fed) =>
        Messages.GitInputNotWritten($"git {string.Join(' ', arguments.Take(3))}", fed.InnerException?.Message, fed);

    // The git started ahead for this very command line, if there is one (a walk is handed its input), else a new one.
    // readAhead: the answer was a read started ahead, not a walk of its own.
    private GitProcess TakeOrStart(IReadOnlyList<string> arguments, string? standardInput, out bool readAhead)
    {
        readAhead = false;
        if (standardInput is null)
        {
            if (ahead.TakeRead(arguments) is { } read)
            {
                readAhead = true;
                return read;
            }
        }
        else if (ahead.TakeWalk(arguments) is { } walk)
        {
            walk.Give(standardInput);
            return walk;
        }

        return Start(arguments, standardInput);
    }

    private GitProcess Start(IReadOnlyList<string> arguments, string? standardInput)
    {
        var git = Start(arguments, redirectInput: standardInput is not null);
        if (standardInput is not null)
        {
            git.Give(standardInput);
        }

        return git;
    }

    // Linux: Steward's own launcher (SpawnedGit), which starts a short git for a good deal less than Process does.
    private GitProcess Start(IReadOnlyList<string> arguments, bool redirectInput) =>
        new(SpawnedGit.Usable
            ? SpawnedGit.Start(arguments, WorkingDirectory, environment, redirectInput)
            : StartThroughProcess(arguments, redirectInput));

    private ProcessGitChild StartThroughProcess(IReadOnlyList<string> arguments, bool redirectInput)
    {
        // A full path from PATH alone: given "git", Process would look in the current directory first (GitExecutable).
        var info = new ProcessStartInfo(GitExecutable.Find())
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        // Never wait on a credential prompt: Steward runs unattended in CI as often as at a terminal.
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            return new ProcessGitChild(Process.Start(info) ?? throw Messages.GitNotStarted());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw Messages.GitNotInstalled(e);
        }
    }
}
