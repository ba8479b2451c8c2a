using Steward.Tests.Support;

namespace Steward.Tests.Flow;

public sealed class RollbackCommandTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public RollbackCommandTests()
    {
        (remote, work) = FlowFixture.WithBadRelease();
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Without_apply_prints_the_plan_and_changes_nothing()
    {
        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, "rollback", "--retract-tag", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        Golden.Assert("Flow/rollback-plan.txt", result.Out);
        work.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Apply_creates_the_hotfix_branch_from_the_previous_release_with_VERSION_raised_and_keeps_the_tag()
    {
        var result = StewardRunner.Run(work.Root, "rollback", "--apply");

        result.ExitCode.Should().Be(0, result.Error);
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("hotfix/v1.1.1");
        FlowFixture.Sha(work, "HEAD~1").Should().Be(FlowFixture.Sha(work, "v1.1.0^{commit}"));
        work.ReadFile("VERSION").Should().Be("1.1.1\n");
        work.Git("log", "-1", "--format=%s").Trim().Should().Be("chore(release): prepare 1.1.1");
        work.ReadFile("app.txt").Should().Be("good\n");
        work.Git("tag", "--list", "v1.2.0").Trim().Should().Be("v1.2.0");
    }

    [Fact]
    public void The_hotfix_branch_of_a_rollback_finishes_without_options()
    {
        StewardRunner.Run(work.Root, "rollback", "--apply").ExitCode.Should().Be(0);
        work.WriteFile("fix.txt", "fixed\n");
        work.Commit("fix: the bad release's bug");

        var finish = StewardRunner.Run(work.Root, "flow", "hotfix", "finish");

        finish.ExitCode.Should().Be(0, finish.Error);
        FlowFixture.Sha(work, "v1.1.1^{commit}").Should().Be(FlowFixture.Sha(work, "main"));
        work.Git("show", "main:fix.txt").Should().Be("fixed\n");
    }

    [Fact]
    public void A_retracted_version_is_recorded_on_main_and_never_released_again()
    {
        var result = StewardRunner.Run(work.Root, "rollback", "--apply", "--retract-tag", "--push", "--yes");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("Recorded the retraction of 1.2.0 on main (VERSION 1.2.1).");
        work.Git("show", "main:CHANGELOG.md").Should().Contain("## 1.2.0\n\n> 1.2.0 was retracted.\n");
        work.Git("show", "main:VERSION").Should().Be("1.2.1\n");
        remote.Git("rev-parse", "main").Should().Be(work.Git("rev-parse", "main"));
        work.Git("switch", "-q", "main");

        var next = StewardRunner.Run(work.Root, "next");
        next.ExitCode.Should().Be(0, next.Error);
        next.Out.Should().Be("1.2.1\n");

        var release = StewardRunner.Run(work.Root, "release");
        release.ExitCode.Should().Be(0, release.Error);
        work.Git("tag", "--list", "v1.2.*").Should().Be("v1.2.1\n");
        work.ReadFile("CHANGELOG.md").Should().Contain("> 1.2.0 was retracted.");
    }

    [Fact]
    public void Json_reports_the_plan_as_one_document()
    {
        var result = StewardRunner.Run(work.Root, "rollback", "--retract-tag", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("from").GetProperty("tag").GetString().Should().Be("v1.2.0");
        root.GetProperty("to").GetProperty("version").GetString().Should().Be("1.1.0");
        root.GetProperty("hotfixBranch").GetString().Should().Be("hotfix/v1.1.1");
        root.GetProperty("mainVersion").GetString().Should().Be("1.2.1");
        root.GetProperty("deploy")[0].GetProperty("label").GetString().Should().Be("tag");
        root.GetProperty("applied").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Retract_and_push_delete_the_bad_tag_on_both_sides_and_push_the_branch_atomically()
    {
        var result = StewardRunner.Run(work.Root, "rollback", "--apply", "--retract-tag", "--push", "--yes");

        result.ExitCode.Should().Be(0, result.Error);
        work.Git("tag", "--list", "v1.2.0").Should().BeEmpty();
        remote.Git("tag", "--list").Should().NotContain("v1.2.0").And.Contain("v1.1.0");
        remote.Git("rev-parse", "refs/heads/hotfix/v1.1.1~1").Trim().Should().Be(FlowFixture.Sha(work, "v1.1.0^{commit}"));
        remote.Git("show", "refs/heads/hotfix/v1.1.1:VERSION").Should().Be("1.1.1\n");
        result.Out.Should().Contain("Deleted tag v1.2.0 locally and on origin.");
    }

    [Fact]
    public void Retracting_asks_first_and_a_no_changes_nothing()
    {
        var before = work.Snapshot();
        var remoteBefore = remote.Git("for-each-ref");

        var result = StewardRunner.Run(work.Root, "n\n", (IReadOnlyDictionary<string, string?>?)null, "rollback", "--apply", "--retract-tag", "--push");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("Delete tag v1.2.0 locally and on origin? [y/N] ")
            .And.EndWith("steward: error: tag v1.2.0 kept: not confirmed, nothing changed (answer y, or pass --yes)\n");
        work.Snapshot().Should().Be(before);
        remote.Git("for-each-ref").Should().Be(remoteBefore);
    }

    [Fact]
    public void Retracting_with_a_yes_answer_deletes_the_local_tag()
    {
        var result = StewardRunner.Run(work.Root, "y\n", (IReadOnlyDictionary<string, string?>?)null, "rollback", "--apply", "--retract-tag");

        result.ExitCode.Should().Be(0, result.Error);
        work.Git("tag", "--list", "v1.2.0").Should().BeEmpty();
        remote.Git("tag", "--list").Should().Contain("v1.2.0");
    }

    [Fact]
    public void To_picks_an_older_release_and_the_hotfix_version_skips_released_versions()
    {
        var result = StewardRunner.Run(work.Root, "rollback", "--to", "v1.0.0");
        result.Out.Should().Contain("Rollback from v1.2.0 to v1.0.0").And.Contain("git switch -c hotfix/v1.0.1 v1.0.0");

        work.Commit("fix: broken");
        work.Tag("v1.2.1");
        var skip = StewardRunner.Run(work.Root, "rollback");
        skip.Out.Should().Contain("Rollback from v1.2.1 to v1.2.0").And.Contain("hotfix/v1.2.2");
    }

    [Fact]
    public void A_rejected_push_leaves_everything_as_it_was()
    {
        using var other = TempGitRepository.Clone(remote.Root);
        other.Git("push", "-q", "origin", "main:refs/heads/hotfix/v1.1.1");
        var before = work.Snapshot();
        var remoteBefore = remote.Git("for-each-ref");

        var result = StewardRunner.Run(work.Root, "rollback", "--apply", "--retract-tag", "--push", "--yes");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: push to origin rejected");
        work.Snapshot().Should().Be(before);
        remote.Git("for-each-ref").Should().Be(remoteBefore);
    }

    [Fact]
    public void Artifact_forms_come_from_steward_yml()
    {
        work.WriteFile("steward.yml", "flow:\n  artifacts:\n    chart: semver\n    image: docker\n    wheel: pep440\n");
        work.Commit("chore: config");

        var result = StewardRunner.Run(work.Root, "rollback");

        result.Out.Should().Contain("  chart  1.1.0\n  image  1.1.0\n  wheel  1.1.0\n");
    }

    [Theory]
    [InlineData("rollback-to-unknown", "rollback", "--to", "9.9.9")]
    [InlineData("rollback-to-newer", "rollback", "--to", "1.2.0")]
    [InlineData("rollback-to-not-a-version", "rollback", "--to", "latest")]
    public void Bad_input_is_one_line_and_exit_2(string name, params string[] args)
    {
        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, args);

        result.ExitCode.Should().Be(2);
        Golden.Assert($"Flow/{name}.txt", result.Error);
        work.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_dirty_tree_or_a_missing_remote_stops_apply_before_any_change()
    {
        work.WriteFile("app.txt", "edited\n");
        var before = work.Snapshot();
        var dirty = StewardRunner.Run(work.Root, "rollback", "--apply");
        dirty.ExitCode.Should().Be(1);
        dirty.Error.Should().Be("steward: error: the working tree has uncommitted changes (app.txt); commit or stash them before creating the hotfix branch\n");
        work.Snapshot().Should().Be(before);

        work.Git("checkout", "--", "app.txt");
        work.Git("remote", "remove", "origin");
        var noRemote = StewardRunner.Run(work.Root, "rollback", "--apply", "--push");
        noRemote.ExitCode.Should().Be(2);
        noRemote.Error.Should().Be("steward: error: remote 'origin' does not exist; add it with 'git remote add origin URL' or set flow.remote in steward.yml\n");
    }

    [Fact]
    public void No_release_or_a_single_release_cannot_be_rolled_back()
    {
        using var fresh = TempGitRepository.Create();
        fresh.Commit("feat: start");
        StewardRunner.Run(fresh.Root, "rollback").Error.Should().Be("steward: error: no release tag (vX.Y.Z) in this repository; there is nothing to roll back\n");
        fresh.Tag("v0.1.0");
        StewardRunner.Run(fresh.Root, "rollback").Error.Should().Be("steward: error: v0.1.0 is the only release; there is no earlier version to roll back to\n");
    }
}
