using Steward.Tests.Support;

namespace Steward.Tests.Version;

/// <summary>A repository with release tags and no VERSION continues from its last release, not from 0.1.0.</summary>
public sealed class MissingVersionAdviceTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("version")]
    public void The_advice_is_the_last_release_tags_version(string verb)
    {
        using var repo = TempGitRepository.Create();
        repo.Commit("feat: first");
        repo.Tag("v1.4.0");
        repo.Commit("fix: mend");
        repo.Tag("v1.4.1");
        repo.Commit("feat: next");
        repo.Tag("v1.5.0-rc.1");

        var result = StewardRunner.Run(repo.Root, verb);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"steward: error: VERSION: not found in {repo.Root}; the last release is v1.4.1: create it with 'steward version set 1.4.1'\n");
    }

    [Fact]
    public void Without_release_tags_the_advice_stays_0_1_0()
    {
        using var repo = TempGitRepository.Create();
        repo.Commit("chore: start");

        var result = StewardRunner.Run(repo.Root, "check");

        result.Error.Should().Be($"steward: error: VERSION: not found in {repo.Root}; create it with 'steward version set 0.1.0'\n");
    }
}
