using Steward.Tests.Support;

namespace Steward.Tests.Flow;

/// <summary>
/// A version retracted by <c>rollback --apply --retract-tag</c> is never released again, even when VERSION is set
/// back to it by hand (its tag is gone, so it looks "above the last release").
/// </summary>
public sealed class RetractedVersionReleaseTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public RetractedVersionReleaseTests()
    {
        (remote, work) = FlowFixture.WithBadRelease();
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Release_refuses_a_VERSION_set_back_to_a_retracted_version()
    {
        var rollback = StewardRunner.Run(work.Root, "rollback", "--apply", "--retract-tag", "--push", "--yes");
        rollback.ExitCode.Should().Be(0, rollback.Error);
        work.Git("tag", "--list", "v1.2.0").Should().BeEmpty();
        work.Git("switch", "-q", "main");
        work.ReadFile("CHANGELOG.md").Should().Contain("> 1.2.0 was retracted.");
        work.WriteFile("VERSION", "1.2.0\n");
        work.Commit("chore: set VERSION back by hand");
        var tags = work.Git("tag", "--list");
        var head = FlowFixture.Sha(work, "HEAD");

        var result = StewardRunner.Run(work.Root, "release");

        result.ExitCode.Should().Be(2, result.Out + result.Error);
        result.Error.Should().Be("steward: error: VERSION says 1.2.0, which was retracted (CHANGELOG.md records it) and is never released again; raise it with 'steward version set 1.2.1'\n");
        work.Git("tag", "--list").Should().Be(tags);
        FlowFixture.Sha(work, "HEAD").Should().Be(head);
    }

    [Fact]
    public void Hotfix_finish_refuses_a_VERSION_set_back_to_a_retracted_version()
    {
        var rollback = StewardRunner.Run(work.Root, "rollback", "--apply", "--retract-tag", "--push", "--yes");
        rollback.ExitCode.Should().Be(0, rollback.Error);
        work.Git("switch", "-q", "-c", "hotfix/v1.2.0", "main");
        work.WriteFile("VERSION", "1.2.0\n");
        work.Commit("fix: set VERSION back by hand");
        var refs = work.Git("for-each-ref");

        var result = StewardRunner.Run(work.Root, "flow", "hotfix", "finish");

        result.ExitCode.Should().Be(2, result.Out + result.Error);
        result.Error.Should().Be("steward: error: VERSION says 1.2.0, which was retracted (CHANGELOG.md records it) and is never released again; raise it with 'steward version set 1.2.1'\n");
        work.Git("for-each-ref").Should().Be(refs);
    }

    [Fact]
    public void Hotfix_start_skips_a_retracted_patch_whose_tag_is_gone()
    {
        var (otherRemote, patched) = FlowFixture.WithRemote();
        using var _ = otherRemote;
        using var __ = patched;
        patched.Commit("feat: good");
        patched.Tag("v1.1.0");
        patched.Commit("fix: bad");
        patched.Tag("v1.1.1");
        StewardRunner.Run(patched.Root, "rollback", "--apply", "--retract-tag", "--yes").ExitCode.Should().Be(0);
        patched.Git("switch", "-q", "main");
        patched.Git("branch", "-q", "-D", "hotfix/v1.1.2");
        patched.Git("tag", "--list", "v1.1.1").Should().BeEmpty("the retraction deleted the tag");

        var result = StewardRunner.Run(patched.Root, "flow", "hotfix", "start", "--from", "v1.1.0", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("version").GetString().Should().Be("1.1.2", "1.1.1 was retracted");
    }
}
