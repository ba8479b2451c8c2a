using System.Diagnostics;
using System.Globalization;
using Steward.Git;
using Steward.Tests.Support;

namespace Steward.Tests.Infrastructure;

/// <summary>
/// How git is started (Steward's own launcher on Linux, Process elsewhere): what git inherits from Steward (signals,
/// descriptors), how its end is told, and what Steward says when there is no git at all. The gits here look at
/// themselves through a shell alias, which git runs as its own child: the shell inherits what git was given.
/// </summary>
public sealed class GitLauncherTests : IDisposable
{
    private const int SigPipeBit = 1 << (13 - 1);

    private readonly TempGitRepository repo = TempGitRepository.Create();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void A_git_a_signal_ended_reports_128_plus_the_signal()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var git = new GitRunner(repo.Root, repo.Environment);

        var result = git.Run(["-c", "alias.die=!kill -KILL $PPID", "die"]);

        result.ExitCode.Should().Be(137, "SIGKILL is signal 9");
    }

    [Fact]
    public void Git_starts_with_sigpipe_at_its_default_and_no_signal_blocked()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var git = new GitRunner(repo.Root, repo.Environment);

        var status = git.Read("-c", "alias.signals=!grep -E '^Sig(Ign|Blk):' /proc/$$/status", "signals")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(line => line.Split(':')[0], line => ulong.Parse(line.Split(':')[1].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

        (status["SigIgn"] & SigPipeBit).Should().Be(0UL, "the runtime ignores SIGPIPE, and git must not inherit that");
        status["SigBlk"].Should().Be(0UL);
    }

    [Fact]
    public void A_git_holds_no_pipe_or_stderr_file_of_another_git()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var git = new GitRunner(repo.Root, repo.Environment);
        var before = StewardsPipes();
        using var other = git.StartSession(["check-mailmap", "--stdin"]);
        var othersPipes = StewardsPipes().Except(before).ToList();

        var inherited = git.Read("-c", "alias.fds=!ls -l /proc/$$/fd", "fds")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains(" -> ", StringComparison.Ordinal))
            .Select(line => (Fd: line[..line.IndexOf(" -> ", StringComparison.Ordinal)].Split(' ').Last(), Target: line[(line.IndexOf(" -> ", StringComparison.Ordinal) + 4)..]))
            .Where(d => d.Fd is not ("0" or "1" or "2"))
            .Select(d => d.Target)
            .ToList();

        othersPipes.Should().NotBeEmpty("the other git's input and output are pipes Steward holds");
        inherited.Should().NotIntersectWith(othersPipes, "every descriptor Steward makes for a git is close-on-exec");
        inherited.Should().NotContain(target => target.StartsWith("/memfd:git stderr", StringComparison.Ordinal));
    }

    private static HashSet<string> StewardsPipes()
    {
        var pipes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var descriptor in Directory.EnumerateFiles("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(descriptor).LinkTarget is { } target && target.StartsWith("pipe:", StringComparison.Ordinal))
                {
                    pipes.Add(target);
                }
            }
            catch (IOException)
            {
                // Closed while we looked.
            }
        }

        return pipes;
    }

    [Fact]
    public void Without_git_on_the_path_steward_says_git_is_not_installed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        repo.Commit("feat: first");
        var empty = Directory.CreateDirectory(Path.Combine(repo.Root, ".git", "empty-bin")).FullName;

        var result = ProcessRunner.RunWith(repo.Root, new Dictionary<string, string?> { ["PATH"] = empty }, null, "version");

        result.ExitCode.Should().NotBe(0);
        result.Error.Should().Contain("git is not installed or not on PATH");
    }

    [Fact]
    public void A_steward_started_with_sigchld_ignored_still_reads_every_git_exit()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        repo.Commit("feat: first");
        repo.Git("tag", "v1.0.0");
        repo.Commit("fix: second");
        var expected = ProcessRunner.Run(repo.Root, null, "next");

        // An ignored SIGCHLD survives exec: the kernel then reaps every child itself and waitpid finds none.
        var ignoring = RunUnder(["-c", "trap '' CHLD; exec \"$@\"", "sh"], "next");

        expected.ExitCode.Should().Be(0);
        ignoring.ExitCode.Should().Be(0, ignoring.Error);
        ignoring.Out.Should().Be(expected.Out);
    }

    private StewardResult RunUnder(string[] shell, params string[] args)
    {
        var binary = Environment.GetEnvironmentVariable(ProcessRunner.BinaryVariable);
        var info = new ProcessStartInfo("/bin/sh") { WorkingDirectory = repo.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in shell)
        {
            info.ArgumentList.Add(argument);
        }

        if (string.IsNullOrEmpty(binary))
        {
            info.ArgumentList.Add("dotnet");
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "steward.dll"));
        }
        else
        {
            info.ArgumentList.Add(Path.GetFullPath(binary));
        }

        foreach (var argument in args)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in TestEnvironment.Create())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new StewardResult(process.ExitCode, output, error.Result);
    }
}
