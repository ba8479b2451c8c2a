using Steward.Core.Errors;
using Steward.Git;
using Steward.Tests.Support;

namespace Steward.Tests.Infrastructure;

/// <summary>
/// Many short git processes at once, finished, failed and abandoned half read, as a busy machine runs them: none may
/// take the process down (an unhandled exception on a reader's thread ends Steward mid-release), none may leave a
/// reader running after its process is gone, and no background failure may go unobserved.
/// </summary>
[Collection(ProcessWide.Collection)]
public sealed class GitProcessStressTests : IDisposable
{
    private const int Rounds = 480;

    private readonly TempGitRepository repo = TempGitRepository.Create();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void Many_short_git_processes_in_parallel_all_end_cleanly_and_leave_no_reader_behind()
    {
        repo.WriteFile(".mailmap", "Ada Lovelace <ada@example.com> Ada Old <old@example.com>\n").WriteFile("a.txt", "a\n");
        var first = repo.Commit("feat: first");
        var head = repo.Commit("fix: second");
        var blob = repo.Git("rev-parse", "HEAD:a.txt").Trim();
        var git = new GitRunner(repo.Root, repo.Environment);
        var unobserved = new List<Exception>();
        void Record(object? sender, UnobservedTaskExceptionEventArgs e)
        {
            lock (unobserved)
            {
                unobserved.Add(e.Exception);
            }
        }

        using (var session = git.StartSession(["check-mailmap", "--stdin"]))
        {
            CountStderrHolders().Should().BeGreaterThanOrEqualTo(OperatingSystem.IsLinux() ? 1 : 0, "the count below sees what holds a running git's stderr");
        }

        TaskScheduler.UnobservedTaskException += Record;
        try
        {
            // Bounded, and well above the cores: a reader thread is then often scheduled after its git has finished, which
            // is when a reader that asked the process for its stream found it disposed.
            Parallel.For(0, Rounds, new ParallelOptions { MaxDegreeOfParallelism = 16 }, round => Exercise(git, round % 6, first, head, blob));
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= Record;
        }

        unobserved.Should().BeEmpty("every failure of a background writer is observed and reported where it belongs");
        StderrHoldersLeft().Should().Be(0, "nothing that collects a git's stderr outlives its process");
    }

    private static void Exercise(GitRunner git, int kind, string first, string head, string blob)
    {
        switch (kind)
        {
            case 0:
                git.Read("rev-parse", "HEAD").Should().Be(head + "\n");
                break;
            case 1:
                // Abandoned after the first record: the process is disposed while git may still write.
                git.ReadRecords('\n', "rev-list", "HEAD").First().Should().Be(head);
                break;
            case 2:
                var failed = git.Run(["rev-parse", "--verify", "no-such-ref"]);
                failed.ExitCode.Should().Be(128);
                failed.FirstErrorLine.Should().Be("fatal: Needed a single revision");
                break;
            case 3:
                using (var session = git.StartSession(["check-mailmap", "--stdin"]))
                {
                    session.Ask("Ada Old <old@example.com>").Should().Be("Ada Lovelace <ada@example.com>");
                }

                break;
            case 4:
                git.ReadObjects([blob])[blob].Should().Equal("a\n"u8.ToArray());
                var missing = () => git.ReadObjects(["0000000000000000000000000000000000000000", blob]);
                missing.Should().Throw<StewardException>().WithMessage("git cat-file could not read object 0000000000000000000000000000000000000000*");
                break;
            default:
                git.ReadRecords('\n', ["rev-list", "--stdin"], head + "\n").Should().Equal(head, first);
                break;
        }
    }

    /// <summary>
    /// What collects a git's stderr in this process, waiting a generous bound for exits: the reader threads of gits
    /// started through Process (named as GitErrorOutput names them) and the stderr files of gits Steward's launcher
    /// started (SpawnedGit, on Linux).
    /// </summary>
    private static int StderrHoldersLeft()
    {
        var bound = DateTime.UtcNow.AddMinutes(2);
        int count;
        while ((count = CountStderrHolders()) > 0 && DateTime.UtcNow < bound)
        {
            Thread.Sleep(20);
        }

        return count;
    }

    private static int CountStderrHolders() => CountStderrReaders() + CountStderrFiles();

    private static int CountStderrFiles()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var count = 0;
        foreach (var descriptor in Directory.EnumerateFiles("/proc/self/fd"))
        {
            try
            {
                count += new FileInfo(descriptor).LinkTarget?.StartsWith("/memfd:git stderr", StringComparison.Ordinal) == true ? 1 : 0;
            }
            catch (IOException)
            {
                // Closed while we looked: one fewer.
            }
        }

        return count;
    }

    private static int CountStderrReaders()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var count = 0;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                count += File.ReadAllText(Path.Combine(task, "comm")).Trim() == "git stderr" ? 1 : 0;
            }
            catch (IOException)
            {
                // The thread ended while we looked: one fewer.
            }
        }

        return count;
    }
}
