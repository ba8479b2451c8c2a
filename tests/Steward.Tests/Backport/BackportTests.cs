using Steward.Tests.Support;

namespace Steward.Tests.Backport;

/// <summary>steward backport end to end: real repositories, a local bare remote, the in-process command line.</summary>
public sealed class BackportTests : IDisposable
{
    private readonly BackportFixture fixture = new();

    private TempGitRepository Work => fixture.Work;

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void Release_on_all_lines_tags_a_patch_per_line_pushes_everything_and_names_the_advisory()
    {
        var main = fixture.Sha("main");
        var lineBefore = fixture.Sha("release/1.x");

        var result = StewardRunner.Run(Work.Root, "backport", fixture.Fix, "--lines", "all", "--release", "--advisory", "CVE-2026-12345");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("v2.0.1 on release/2.x").And.Contain("v1.1.1 on release/1.x").And.Contain("pushed");
        fixture.Sha("v1.1.1^{commit}").Should().Be(fixture.Sha("release/1.x"));
        fixture.Sha("v2.0.1^{commit}").Should().Be(fixture.Sha("release/2.x"));
        fixture.Sha("release/1.x~2").Should().Be(lineBefore, "the line's branch moved by the cherry-pick and the release commit");
        fixture.Sha("release/2.x~2").Should().Be(fixture.Sha("v2.0.0^{commit}"), "a missing line branch starts at the line's last tag");
        Work.Git("log", "-1", "--format=%B", "release/1.x~1").Should().Contain("fix: escape input").And.Contain($"(cherry picked from commit {fixture.Fix})");
        Work.Git("show", "release/1.x:VERSION").Should().Be("1.1.1\n");
        Work.Git("show", "release/2.x:VERSION").Should().Be("2.0.1\n");
        Work.Git("show", "release/1.x:security.txt").Should().Be("escaped\n");
        foreach (var (branch, version) in new[] { ("release/1.x", "1.1.1"), ("release/2.x", "2.0.1") })
        {
            var changelog = Work.Git("show", branch + ":CHANGELOG.md");
            changelog.Should().Contain(version).And.Contain("> Security release: fixes CVE-2026-12345.").And.Contain("escape input");
            Work.Git("tag", "-l", "--format=%(contents)", "v" + version).Should().Contain("> Security release: fixes CVE-2026-12345.");
        }

        foreach (var name in new[] { "refs/heads/release/1.x", "refs/heads/release/2.x", "refs/tags/v1.1.1", "refs/tags/v2.0.1" })
        {
            fixture.RemoteSha(name).Should().Be(fixture.Sha(name), $"the remote has {name}");
        }

        fixture.Sha("HEAD").Should().Be(main, "the work tree's branch never moves");
        Work.Git("symbolic-ref", "--short", "HEAD").Should().Be("main\n");
        Work.Git("status", "--porcelain").Should().BeEmpty();
    }

    [Fact]
    public void A_conflict_on_one_line_leaves_that_branch_as_it_was_and_releases_the_others()
    {
        var lineBefore = fixture.Sha("release/1.x");

        var result = StewardRunner.Run(Work.Root, "backport", fixture.Harden, "--lines", "all", "--release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain($"line 1.x (release/1.x): cherry-picking {fixture.Harden[..7]} fix: harden parser conflicts in app.txt; release/1.x is left as it was");
        result.Error.Should().EndWith("steward: error: backport: 1 of 2 lines failed (see above); their branches are as they were\n");
        fixture.Sha("release/1.x").Should().Be(lineBefore);
        fixture.RemoteSha("refs/heads/release/1.x").Should().Be(lineBefore);
        Work.Git("tag", "-l", "v1.1.1").Should().BeEmpty();
        fixture.RemoteSha("refs/tags/v2.0.1").Should().Be(fixture.Sha("refs/tags/v2.0.1"), "the other line is released and pushed");
        Work.Git("show", "release/2.x:app.txt").Should().Be("line one\nparser v2 hardened\n");
    }

    [Fact]
    public void A_line_that_has_the_fix_is_skipped_with_a_line_saying_so()
    {
        var first = StewardRunner.Run(Work.Root, "backport", fixture.Fix, "--lines", "2.x");
        first.ExitCode.Should().Be(0, first.Error);
        var line2 = fixture.Sha("release/2.x");
        Work.Git("tag", "-l", "v2.0.1").Should().BeEmpty("without --release nothing is tagged");
        fixture.RemoteSha("refs/heads/release/2.x").Should().BeEmpty("without --push nothing is pushed");

        var again = StewardRunner.Run(Work.Root, "backport", fixture.Fix, "--lines", "all", "--push");

        again.ExitCode.Should().Be(0, again.Error);
        again.Out.Should().Contain($"line 2.x (release/2.x): skipped {fixture.Fix[..7]} fix: escape input: an equal change (same patch id) is on release/2.x");
        again.Out.Should().Contain("line 2.x (release/2.x): nothing to backport");
        fixture.Sha("release/2.x").Should().Be(line2);
        fixture.RemoteSha("refs/heads/release/1.x").Should().Be(fixture.Sha("release/1.x"), "--push pushed the line that moved");
        Work.Git("show", "release/1.x:security.txt").Should().Be("escaped\n");

        var ancestor = StewardRunner.Run(Work.Root, "backport", "v1.1.0", "--lines", "1.x");
        ancestor.ExitCode.Should().Be(0, ancestor.Error);
        ancestor.Out.Should().Contain("skipped ").And.Contain("feat: parser: already on release/1.x");
    }

    [Fact]
    public void A_dry_run_prints_every_lines_plan_and_changes_nothing()
    {
        var before = Work.Snapshot();
        var remoteBefore = fixture.Remote.Snapshot();

        var result = StewardRunner.Run(Work.Root, "backport", fixture.Fix, "--lines", "supported", "--release", "--advisory", "GHSA-jfh8-c2jp-5v3q", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("git update-ref -m steward -- refs/heads/release/2.x").And.Contain("refs/tags/v2.0.1");
        result.Out.Should().Contain("git push --atomic --porcelain --force-with-lease=refs/heads/release/2.x: ");
        result.Out.Should().EndWith("dry run: nothing was changed\n");
        Work.Snapshot().Should().Be(before);
        fixture.Remote.Snapshot().Should().Be(remoteBefore);
        Work.Git("worktree", "list", "--porcelain").Split('\n').Count(l => l.StartsWith("worktree ", StringComparison.Ordinal)).Should().Be(1, "the scratch work trees are gone");
    }

    [Fact]
    public void A_rejected_push_puts_every_line_branch_and_tag_back_and_leaves_the_remote_alone()
    {
        var before = Work.Snapshot();
        var remoteBefore = fixture.Remote.Snapshot();
        Engine.KillHooks.RejectPushesTo(fixture.Remote);

        var result = StewardRunner.Run(Work.Root, "backport", fixture.Fix, "--lines", "all", "--release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().EndWith("every line branch and tag is as it was here; fetch, then run the backport again\n").And.Contain("steward: error: 'origin' rejected the backport's push");
        Work.Snapshot().Should().Be(before);
        fixture.Remote.Snapshot().Should().Be(remoteBefore);
        File.Exists(Engine.EngineEnvironment.JournalPath(Work)).Should().BeFalse();
    }

    [Fact]
    public void The_json_document_has_every_line_and_the_steps()
    {
        var result = StewardRunner.Run(Work.Root, "backport", fixture.Harden, "--lines", "all", "--release", "--advisory", "CVE-2026-12345", "--dry-run", "--json");

        result.ExitCode.Should().Be(1, "a line fails in a dry run as in a run");
        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        root.GetProperty("verb").GetString().Should().Be("backport");
        root.GetProperty("dryRun").GetBoolean().Should().BeTrue();
        root.GetProperty("advisory").GetString().Should().Be("CVE-2026-12345");
        var lines = root.GetProperty("lines").EnumerateArray().ToList();
        lines.Select(l => (l.GetProperty("line").GetString(), l.GetProperty("status").GetString())).Should().Equal(("2.x", "released"), ("1.x", "failed"));
        lines[0].GetProperty("tag").GetString().Should().Be("v2.0.1");
        lines[0].GetProperty("created").GetBoolean().Should().BeTrue();
        lines[1].GetProperty("conflicts").EnumerateArray().Select(c => c.GetString()).Should().Equal("app.txt");
        root.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("role").GetString()).Should().Equal("updateref", "updateref", "push");
    }

    [Theory]
    [InlineData("all", "CVE-26-1", "--advisory 'CVE-26-1': not an advisory id")]
    [InlineData("7.x", "CVE-2026-12345", "--lines 7.x: no release line matches; lines with releases here: 2.x, 1.x")]
    [InlineData("1.4", "CVE-2026-12345", "--lines: '1.4' is not a release line; write lines as MAJOR.x (1.x)")]
    public void Bad_input_is_one_line_exit_2_and_changes_nothing(string lines, string advisory, string message)
    {
        var before = Work.Snapshot();

        var result = StewardRunner.Run(Work.Root, "backport", fixture.Fix, "--lines", lines, "--advisory", advisory, "--release");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: " + message);
        result.Error.TrimEnd('\n').Should().NotContain("\n", "it is one line");
        Work.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Unknown_and_merge_commits_a_dirty_tree_and_a_checked_out_line_branch_are_refused()
    {
        StewardRunner.Run(Work.Root, "backport", "nosuchcommit", "--lines", "all").Error
            .Should().Be("steward: error: backport: 'nosuchcommit' is not a commit here; name a commit (a sha, a branch or a tag) that git rev-parse knows\n");

        Work.Git("switch", "-q", "-c", "side", "v2.0.0");
        Work.WriteFile("side.txt", "side\n");
        Work.Commit("fix: side");
        Work.Git("switch", "-q", "main");
        Work.Git("merge", "-q", "--no-ff", "-m", "Merge side", "side");
        var merge = StewardRunner.Run(Work.Root, "backport", "HEAD", "--lines", "all");
        merge.ExitCode.Should().Be(2);
        merge.Error.Should().StartWith("steward: error: backport: 'HEAD' (").And.Contain("is a merge commit");

        Work.WriteFile("app.txt", "dirty\n");
        var dirty = StewardRunner.Run(Work.Root, "backport", fixture.Fix, "--lines", "all");
        dirty.ExitCode.Should().Be(1);
        dirty.Error.Should().Be("steward: error: backport: the work tree has uncommitted changes (app.txt); commit or stash them first\n");
        Work.Git("checkout", "-q", "--", "app.txt");

        var other = Path.Combine(Path.GetTempPath(), "steward-backport-wt-" + Guid.NewGuid().ToString("N")[..8]);
        Work.Git("worktree", "add", "-q", other, "release/1.x");
        try
        {
            var line = fixture.Sha("release/1.x");
            var checkedOut = StewardRunner.Run(Work.Root, "backport", fixture.Fix, "--lines", "all", "--release");
            checkedOut.ExitCode.Should().Be(1);
            checkedOut.Error.Should().StartWith("steward: error: backport: line branch release/1.x is checked out in a work tree of this repository");
            fixture.Sha("release/1.x").Should().Be(line);
            Work.Git("tag", "-l", "v2.0.1").Should().BeEmpty();
        }
        finally
        {
            Work.Git("worktree", "remove", "--force", other);
        }
    }

    [Fact]
    public void In_a_monorepo_the_component_picks_the_lines_and_the_files_released()
    {
        using var remote = TempGitRepository.Create(bare: true);
        using var repo = TempGitRepository.Create();
        repo.Git("remote", "add", "origin", remote.Root);
        repo.WriteFile("steward.yml", "components:\n  - name: api\n    path: services/api\n  - name: web\n    path: apps/web\n")
            .WriteFile("services/api/VERSION", "1.0.0\n").WriteFile("services/api/handler.txt", "v1\n").WriteFile("apps/web/VERSION", "0.3.0\n");
        repo.Commit("feat: first");
        repo.Tag("api-v1.0.0").Tag("web-v0.3.0");
        repo.WriteFile("services/api/VERSION", "2.0.0\n").WriteFile("services/api/handler.txt", "v2\n");
        repo.Commit("feat(api)!: new handler");
        repo.Tag("api-v2.0.0");
        repo.WriteFile("services/api/escape.txt", "escaped\n");
        var fix = repo.Commit("fix(api): escape input");
        repo.Git("push", "-q", "origin", "main", "--tags");

        var result = StewardRunner.Run(repo.Root, "backport", fix, "--component", "api", "--lines", "1.x", "--release", "--advisory", "CVE-2026-12345");

        result.ExitCode.Should().Be(0, result.Error);
        repo.Git("show", "release/1.x:services/api/VERSION").Should().Be("1.0.1\n");
        repo.Git("show", "release/1.x:apps/web/VERSION").Should().Be("0.3.0\n");
        repo.Git("rev-parse", "api-v1.0.1^{commit}").Should().Be(repo.Git("rev-parse", "release/1.x"));
        remote.Git("for-each-ref", "--format=%(refname)", "refs/tags/").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Should().BeEquivalentTo("refs/tags/api-v1.0.0", "refs/tags/api-v1.0.1", "refs/tags/api-v2.0.0", "refs/tags/web-v0.3.0");
        repo.Git("tag", "-l", "--format=%(contents)", "api-v1.0.1").Should().Contain("fixes CVE-2026-12345");
    }
}
