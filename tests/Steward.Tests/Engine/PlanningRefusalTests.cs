using Steward.Tests.Propagate;
using Steward.Tests.Release;
using Steward.Tests.Support;

namespace Steward.Tests.Engine;

/// <summary>
/// What would fail half-way is refused while planning: one line, the right exit code, nothing changed and no journal.
/// And the state after a merged release pull request releases by tagging the commit that carries it.
/// </summary>
public sealed class PlanningRefusalTests : IDisposable
{
    private readonly ReleaseRepository project = new();

    public void Dispose() => project.Dispose();

    private TempGitRepository Work => project.Work;

    [Theory]
    [InlineData("v~")]
    [InlineData("my tag-")]
    [InlineData("rel..")]
    public void A_tag_prefix_that_makes_an_invalid_tag_is_refused_in_planning(string prefix)
    {
        Work.WriteFile("steward.yml", $"tagPrefix: '{prefix}'\n");
        Work.Commit("ci: a bad prefix");
        var before = Work.Snapshot();

        foreach (var args in new[] { new[] { "release" }, ["release", "--dry-run"], ["propagate", "--tag"] })
        {
            var result = StewardRunner.Run(Work.Root, args);

            result.ExitCode.Should().Be(2, string.Join(' ', args) + ": " + result.Error);
            result.Error.Should().StartWith($"steward: error: steward.yml: tagPrefix '{prefix}' makes the tag '{prefix}")
                .And.Contain("which git does not accept as a tag name");
            result.Error.Count(c => c == '\n').Should().Be(1);
            Work.Snapshot().Should().Be(before);
            File.Exists(EngineEnvironment.JournalPath(Work)).Should().BeFalse();
        }
    }

    [Fact]
    public void A_directory_where_version_should_be_is_refused_in_planning()
    {
        Work.Git("rm", "-q", "VERSION");
        Work.WriteFile("VERSION/README", "not a version\n");
        Work.Commit("chore: VERSION is a directory now");
        var before = Work.Snapshot();

        var result = project.Release();

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().Be("steward: error: VERSION: is a directory (or a submodule), not a file; Steward writes the version there, so move it away or configure another path\n");
        Work.Snapshot().Should().Be(before);
        File.Exists(EngineEnvironment.JournalPath(Work)).Should().BeFalse();
    }

    [Fact]
    public void A_read_only_changelog_is_refused_in_planning()
    {
        Work.WriteFile("CHANGELOG.md", "# Changelog\n");
        Work.Commit("docs: a changelog");
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(Work.FullPath("CHANGELOG.md"), FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(Work.FullPath("CHANGELOG.md"), UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        var before = Work.Snapshot();

        var result = project.Release();

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().Be("steward: error: CHANGELOG.md: is read-only; Steward rewrites it, so make it writable (chmod u+w CHANGELOG.md)\n");
        Work.Snapshot().Should().Be(before);
        File.Exists(EngineEnvironment.JournalPath(Work)).Should().BeFalse();
    }

    [Fact]
    public void A_stale_index_lock_is_reported_with_the_fix()
    {
        var lockFile = Path.Combine(Work.Root, ".git", "index.lock");
        File.WriteAllText(lockFile, string.Empty);
        try
        {
            var result = project.Release();

            result.ExitCode.Should().Be(1);
            result.Error.Should().Be($"steward: error: {lockFile} exists: another git command is running here, or a killed one left it behind; if no git is running, remove it (rm '{lockFile}') and run again\n");
            File.Exists(EngineEnvironment.JournalPath(Work)).Should().BeFalse();
        }
        finally
        {
            File.Delete(lockFile);
        }

        project.Release().ExitCode.Should().Be(0);
    }

    [Fact]
    public void A_merged_release_commit_is_tagged_as_it_is_and_pushed_and_the_dry_run_says_so()
    {
        // A release pull request merged: VERSION, the targets and CHANGELOG.md carry 1.1.0, all committed and pushed, no tag.
        project.Release().ExitCode.Should().Be(0);
        Work.Git("tag", "-d", "v1.1.0");
        Work.Git("push", "-q", "origin", "main");
        var head = Work.Git("rev-parse", "HEAD");
        var before = Work.Snapshot();

        var dry = project.Release("--push", "--dry-run");

        dry.ExitCode.Should().Be(0, dry.Error);
        dry.Out.Should().Contain("version: 1.1.0 (previous: 1.0.0)")
            .And.Contain("files: none to change; v1.1.0 goes on the commit that already carries 1.1.0\n")
            .And.Contain("steps:\n  git tag --annotate --cleanup=whitespace --file=- -- v1.1.0  (message: the notes)\n  git push --atomic --porcelain -- origin HEAD:refs/heads/main refs/tags/v1.1.0\n")
            .And.NotContain("git commit");
        Work.Snapshot().Should().Be(before);

        var result = project.Release("--push");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain($"released v1.1.0: tag v1.1.0 on {head[..7]}, which already carries 1.1.0, pushed to 'origin'");
        Work.Git("rev-parse", "HEAD").Should().Be(head, "no empty commit");
        Work.Git("rev-parse", "v1.1.0^{commit}").Should().Be(head);
        project.Remote.Git("rev-parse", "v1.1.0^{commit}").Should().Be(head);
        Work.Git("status", "--porcelain").Should().BeEmpty();
    }

    [Fact]
    public void Propagate_tag_on_committed_files_tags_without_an_empty_commit()
    {
        using var repo = SampleProject.Create();
        StewardRunner.Run(repo.Root, "propagate", "--commit").ExitCode.Should().Be(0);
        var head = repo.Git("rev-parse", "HEAD");

        var result = StewardRunner.Run(repo.Root, "propagate", "--tag");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().EndWith("nothing to commit: VERSION and every target are already committed\ntagged: v1.2.0\n");
        repo.Git("rev-parse", "HEAD").Should().Be(head);
        repo.Git("rev-parse", "v1.2.0^{commit}").Should().Be(head);
    }
}
