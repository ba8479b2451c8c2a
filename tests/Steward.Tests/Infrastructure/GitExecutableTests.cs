using Steward.Tests.Support;

namespace Steward.Tests.Infrastructure;

/// <summary>
/// The git Steward runs is the user's, from PATH, never a file named git in the repository: Steward is usually run at the
/// repository's root, and .NET's process start looks in the current directory before PATH.
/// </summary>
public sealed class GitExecutableTests : IDisposable
{
    private readonly string marker = Path.Combine(Path.GetTempPath(), "steward-planted-git-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => File.Delete(marker);

    [Fact]
    public void A_git_committed_in_the_repository_never_runs()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "1.2.0\n").Commit("feat: the first release");
        repo.Tag("v1.2.0");
        Plant(repo.Root);
        repo.Git("add", "git");
        repo.Commit("feat: a file named git");

        var result = ProcessRunner.Run(repo.Root, null, "next");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("1.3.0\n");
        File.Exists(marker).Should().BeFalse("the git that ran is the one on PATH, not ./git");
    }

    [Fact]
    public void A_git_in_a_directory_that_is_no_repository_never_runs()
    {
        var directory = Directory.CreateTempSubdirectory("steward-no-repo-").FullName;
        try
        {
            Plant(directory);

            var result = ProcessRunner.Run(directory, null, "next");

            result.ExitCode.Should().NotBe(0);
            result.Error.Should().Contain("is not inside a git repository");
            File.Exists(marker).Should().BeFalse("the git that ran is the one on PATH, not ./git");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Without_git_on_PATH_the_error_says_so()
    {
        using var repo = TempGitRepository.Create();
        repo.Commit("feat: a");
        var empty = Directory.CreateTempSubdirectory("steward-empty-path-").FullName;
        try
        {
            var result = ProcessRunner.RunWith(repo.Root, new Dictionary<string, string?> { ["PATH"] = empty }, null, "next");

            result.ExitCode.Should().NotBe(0);
            result.Error.Should().Be("steward: error: git is not installed or not on PATH; Steward needs the git command line\n");
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    // An executable named git that leaves a marker, then does what git would, so that a run through it would succeed.
    private void Plant(string directory)
    {
        var git = Path.Combine(directory, "git");
        File.WriteAllText(git, $"#!/bin/sh\necho ran >> '{marker}'\nexec git \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(git, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
