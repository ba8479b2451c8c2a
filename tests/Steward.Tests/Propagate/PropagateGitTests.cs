using Steward.Tests.Support;

namespace Steward.Tests.Propagate;

public sealed class PropagateGitTests
{
    [Fact]
    public void Commit_takes_the_hand_edited_version_and_the_targets_in_one_release_commit()
    {
        using var repo = SampleProject.Create();
        repo.WriteFile("VERSION", "1.3.0\n");

        var result = StewardRunner.Run(repo.Root, "propagate", "--commit");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().EndWith("updated 5 of 5 files to 1.3.0\ncommitted: chore(release): 1.3.0\n");
        repo.Git("log", "-1", "--format=%s").Should().Be("chore(release): 1.3.0\n");
        repo.Git("show", "--name-only", "--format=", "HEAD").Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().BeEquivalentTo(
            "VERSION", "Dockerfile", "charts/demo/Chart.yaml", "package.json", "pyproject.toml", "src/demo/__init__.py");
        repo.Git("status", "--porcelain").Should().BeEmpty();
    }

    [Fact]
    public void Commit_refuses_other_uncommitted_changes_and_changes_nothing()
    {
        using var repo = SampleProject.Create();
        repo.WriteFile("README.md", "work in progress\n");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "propagate", "--commit");

        result.ExitCode.Should().Be(2);
        Golden.Assert("Propagate/error-dirty.txt", result.Error);
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Allow_dirty_commits_the_release_files_and_leaves_other_changes_uncommitted()
    {
        using var repo = SampleProject.Create();
        repo.WriteFile("README.md", "work in progress\n");
        repo.Git("add", "README.md");

        var result = StewardRunner.Run(repo.Root, "propagate", "--commit", "--allow-dirty");

        result.ExitCode.Should().Be(0, result.Error);
        repo.Git("show", "--name-only", "--format=", "HEAD").Should().NotContain("README.md");
        repo.Git("status", "--porcelain").Should().Be("M  README.md\n");
    }

    [Fact]
    public void Tag_makes_an_annotated_tag_with_the_configured_prefix()
    {
        using var repo = SampleProject.Create("2.0.0-rc.1");
        repo.WriteFile("steward.yml", "tagPrefix: api-v\n");
        repo.Commit("chore: config");

        var result = StewardRunner.Run(repo.Root, "propagate", "--tag");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().EndWith("tagged: api-v2.0.0-rc.1\n");
        repo.Git("cat-file", "-t", "api-v2.0.0-rc.1").Should().Be("tag\n");
        repo.Git("rev-parse", "api-v2.0.0-rc.1^{commit}").Should().Be(repo.Git("rev-parse", "HEAD"));
    }

    [Fact]
    public void An_existing_tag_is_an_error_before_any_file_is_written()
    {
        using var repo = SampleProject.Create();
        repo.Tag("v1.2.0");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "propagate", "--tag");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: tag v1.2.0 already exists; set a new version in VERSION first ('steward version bump')\n");
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Push_without_a_remote_says_so_and_keeps_the_release_local()
    {
        using var repo = SampleProject.Create();

        var result = StewardRunner.Run(repo.Root, "propagate", "--tag", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().EndWith("tagged: v1.2.0\nno remote configured: the release commit and tag stay local (add one with 'git remote add origin URL', then push)\n");
    }

    [Fact]
    public void Push_sends_branch_and_tag_to_the_remote()
    {
        using var remote = TempGitRepository.Create(bare: true);
        using var repo = SampleProject.Create();
        repo.Git("remote", "add", "origin", remote.Root);

        var result = StewardRunner.Run(repo.Root, "propagate", "--tag", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().EndWith("pushed: main and v1.2.0 to origin\n");
        remote.Git("rev-parse", "refs/heads/main").Should().Be(repo.Git("rev-parse", "HEAD"));
        remote.Git("cat-file", "-t", "v1.2.0").Should().Be("tag\n");
    }

    [Fact]
    public void A_failed_commit_puts_every_file_and_the_index_back()
    {
        using var repo = SampleProject.Create();
        repo.WriteFile("VERSION", "1.4.0\n");
        repo.Git("add", "VERSION");
        var hooks = Directory.CreateTempSubdirectory("steward-hooks-");
        try
        {
            var hook = Path.Combine(hooks.FullName, "pre-commit");
            File.WriteAllText(hook, "#!/bin/sh\necho 'rejected by hook' >&2\nexit 1\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var environment = TestEnvironment.Create(new Dictionary<string, string?> { ["GIT_CONFIG_VALUE_3"] = hooks.FullName });
            var before = repo.Snapshot();

            var result = StewardRunner.Run(repo.Root, null, environment, "propagate", "--commit");

            result.ExitCode.Should().Be(1);
            result.Error.Should().Be("steward: error: git commit failed: rejected by hook; every file was put back as it was\n");
            repo.Snapshot().Should().Be(before);
        }
        finally
        {
            hooks.Delete(recursive: true);
        }
    }

    [Fact]
    public void Nothing_to_commit_when_everything_is_already_released()
    {
        using var repo = SampleProject.Create();
        StewardRunner.Run(repo.Root, "propagate", "--commit").ExitCode.Should().Be(0);

        var result = StewardRunner.Run(repo.Root, "propagate", "--commit");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("every target already has 1.2.0 (5 files)\nnothing to commit: VERSION and every target are already committed\n");
    }

    [Fact]
    public void A_dry_run_with_commit_runs_the_same_checks_prints_the_git_steps_and_changes_nothing()
    {
        using var repo = SampleProject.Create();
        repo.WriteFile("README.md", "work in progress\n");
        var before = repo.Snapshot();

        var refused = StewardRunner.Run(repo.Root, "propagate", "--dry-run", "--commit");
        var allowed = StewardRunner.Run(repo.Root, "propagate", "--dry-run", "--tag", "--allow-dirty");

        refused.ExitCode.Should().Be(2);
        refused.Out.Should().BeEmpty();
        allowed.ExitCode.Should().Be(0, allowed.Error);
        var diffs = StewardRunner.Run(repo.Root, "propagate", "--dry-run").Out;
        allowed.Out.Should().StartWith(diffs, "the diffs come first, as git apply takes them")
            .And.EndWith("  git add -- VERSION Dockerfile charts/demo/Chart.yaml package.json pyproject.toml src/demo/__init__.py\n"
                + "  git commit --quiet --cleanup=whitespace -m 'chore(release): 1.2.0' -- VERSION Dockerfile charts/demo/Chart.yaml package.json pyproject.toml src/demo/__init__.py\n"
                + "  git tag --annotate --cleanup=whitespace --file=- -- v1.2.0  (message: the notes)\n");
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_failed_push_puts_the_commit_tag_and_files_back_and_says_nothing_reached_the_remote()
    {
        using var repo = SampleProject.Create();
        repo.Git("remote", "add", "origin", Path.Combine(Path.GetTempPath(), $"steward-missing-{Guid.NewGuid():N}"));
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "propagate", "--tag", "--push");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: the push to 'origin' failed (")
            .And.EndWith("and the remote cannot be asked whether it arrived; the release is kept locally: run 'steward propagate --continue' to push again, or 'steward propagate --abort' to undo it\n");
        repo.Git("tag", "--list").Should().Be("v1.2.0\n");
        var abort = StewardRunner.Run(repo.Root, "propagate", "--abort");
        abort.ExitCode.Should().Be(0, abort.Error);
        abort.Out.Should().EndWith("git said the push failed, so it is taken as not arrived\naborted the propagate of v1.2.0: files, index, HEAD and tags are as they were before it\n");
        repo.Snapshot().Should().Be(before);
        repo.Git("tag", "--list").Should().BeEmpty();
    }
}
