using Steward.Tests.Support;

namespace Steward.Tests.Flow;

/// <summary>
/// The release and hotfix finishes make their tag message as steward release makes it: release.tagMessage filled in,
/// or the notes when it is not set.
/// </summary>
public sealed class FlowFinishTagMessageTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public FlowFinishTagMessageTests()
    {
        (remote, work) = FlowFixture.WithFeatureOnDevelop();
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Release_and_hotfix_finishes_tag_with_release_tagMessage()
    {
        work.WriteFile("steward.yml", work.ReadFile("steward.yml") + "release:\n  tagMessage: \"Release {{tag}} (after {{previousVersion}})\"\n");
        work.Commit("chore: tag messages of the hand-run process");
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);

        var release = StewardRunner.Run(work.Root, "flow", "release", "finish");

        release.ExitCode.Should().Be(0, release.Error);
        TagMessage("v1.1.0").Should().Be("Release v1.1.0 (after 1.0.0)");

        work.Git("switch", "-q", "main");
        StewardRunner.Run(work.Root, "flow", "hotfix", "start").ExitCode.Should().Be(0);
        work.WriteFile("app.txt", "fixed\nline 2\nline 3\n");
        work.Commit("fix: urgent");

        var hotfix = StewardRunner.Run(work.Root, "flow", "hotfix", "finish");

        hotfix.ExitCode.Should().Be(0, hotfix.Error);
        TagMessage("v1.1.1").Should().Be("Release v1.1.1 (after 1.1.0)");
    }

    [Fact]
    public void Without_release_tagMessage_the_tag_message_is_the_notes()
    {
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);

        var release = StewardRunner.Run(work.Root, "flow", "release", "finish");

        release.ExitCode.Should().Be(0, release.Error);
        TagMessage("v1.1.0").Should().Contain("- search").And.NotContain("Release v1.1.0");
    }

    private string TagMessage(string tag) => work.Git("tag", "--list", "--format=%(contents)", tag).TrimEnd('\n');
}
