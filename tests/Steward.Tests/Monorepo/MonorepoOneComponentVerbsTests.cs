using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>The verbs that work on one repository-wide component refuse a components key with one line that counts them right.</summary>
public sealed class MonorepoOneComponentVerbsTests
{
    [Fact]
    public void A_backport_is_refused_with_one_line_counting_one_component()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("api/VERSION", "1.0.0\n");
        repo.WriteFile("steward.yml", "components:\n  - name: api\n    path: api\n");
        repo.Commit("feat: api");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "backport", "HEAD", "--dry-run");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: steward.yml defines 1 component and this verb works on one repository-wide component;");
        result.Error.TrimEnd('\n').Should().NotContain("\n");
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_backport_in_a_monorepo_counts_its_components()
    {
        using var repos = new MonorepoReleaseRepository();

        var result = StewardRunner.Run(repos.Work.Root, "backport", "HEAD", "--dry-run");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: steward.yml defines 4 components and this verb works on one repository-wide component;");
    }
}
