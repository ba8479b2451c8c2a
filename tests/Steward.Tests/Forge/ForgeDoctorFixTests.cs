using FluentAssertions;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// <c>steward forge doctor --fix</c> makes the labels Steward uses (pr.labels.pending, pr.labels.tagged, the blocker
/// labels) where the repository lacks them, on GitHub, GitLab and Gitea; <c>--dry-run</c> lists their steps and writes nothing;
/// a rerun finds them and makes nothing.
/// </summary>
public sealed class ForgeDoctorFixTests
{
    [Fact]
    public async Task On_github_a_dry_run_lists_the_missing_labels_then_fix_makes_them_once()
    {
        await using var github = await FakeGitHub.StartAsync();
        using var fixture = PublishFixture.Create(github.Url);

        var planned = fixture.Run("forge", "doctor", "--fix", "--dry-run");

        planned.ExitCode.Should().Be(0, planned.Out + planned.Error);
        planned.Out.Should().Contain("warn  label       'release: pending' is missing")
            .And.Contain($"  forge: make the label 'release: pending' (POST {github.Url}/repos/acme/demo/labels)")
            .And.Contain("make the label 'release: tagged'").And.Contain("make the label 'release-blocker'");
        github.Writes.Should().BeEmpty();

        var fixedRun = fixture.Run("forge", "doctor", "--fix");

        fixedRun.ExitCode.Should().Be(0, fixedRun.Out + fixedRun.Error);
        fixedRun.Out.Should().Contain("ok    label       made 'release: pending'").And.Contain("made 'release: tagged'").And.Contain("made 'release-blocker'");
        github.RepositoryLabels.Should().Equal(("release: pending", "ededed"), ("release: tagged", "ededed"), ("release-blocker", "ededed"));

        var writes = github.Writes.Count();
        var rerun = fixture.Run("forge", "doctor", "--fix");

        rerun.ExitCode.Should().Be(0, rerun.Out + rerun.Error);
        rerun.Out.Should().Contain("'release: pending' exists").And.NotContain("made");
        github.Writes.Count().Should().Be(writes);
    }

    [Fact]
    public async Task Without_fix_doctor_reads_no_labels_and_writes_nothing()
    {
        await using var github = await FakeGitHub.StartAsync();
        using var fixture = PublishFixture.Create(github.Url);

        var result = fixture.Run("forge", "doctor");

        result.ExitCode.Should().Be(0, result.Out + result.Error);
        result.Out.Should().NotContain("label");
        github.Log.Should().NotContain(l => l.Contains("/labels", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_gitlab_fix_makes_only_the_missing_labels_including_the_configured_blocker_labels()
    {
        await using var gitlab = await FakeGitLab.StartAsync();
        using var fixture = PublishFixture.ForGitLab(gitlab, "release:\n  blockers:\n    labels: [blocker, p0]\npr:\n  labels:\n    pending: autorelease-pending\n");
        gitlab.Labels.Add("p0");

        var result = fixture.Run("forge", "doctor", "--fix");

        result.ExitCode.Should().Be(0, result.Out + result.Error);
        result.Out.Should().Contain("made 'autorelease-pending'").And.Contain("made 'release: tagged'").And.Contain("made 'blocker'").And.Contain("'p0' exists");
        gitlab.Labels.Should().Equal("p0", "autorelease-pending", "release: tagged", "blocker");
        gitlab.Writes.Where(w => !w.StartsWith("PUT /api/v4/projects/acme%2Fdemo ->", StringComparison.Ordinal)).Should().AllSatisfy(w => w.Should().Be("POST /api/v4/projects/acme%2Fdemo/labels -> 201"));
    }

    [Fact]
    public async Task On_gitea_fix_makes_the_labels_and_a_rerun_makes_none()
    {
        await using var gitea = await FakeGitea.StartAsync();
        using var fixture = PublishFixture.ForGitea(gitea);

        fixture.Run("forge", "doctor", "--fix").ExitCode.Should().Be(0);
        var rerun = fixture.Run("forge", "doctor", "--fix");

        rerun.ExitCode.Should().Be(0, rerun.Out + rerun.Error);
        gitea.Labels.Select(l => l.Name).Should().Equal("release: pending", "release: tagged", "release-blocker");
        gitea.Writes.Should().HaveCount(3);
        rerun.Out.Should().Contain("'release-blocker' exists");
    }
}
