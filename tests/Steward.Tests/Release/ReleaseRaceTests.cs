using Steward.Tests.Support;

namespace Steward.Tests.Release;

/// <summary>Two CI jobs releasing against one remote at once: exactly one wins, the other leaves nothing behind.</summary>
public sealed class ReleaseRaceTests : IDisposable
{
    private readonly ReleaseRepository project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task Exactly_one_of_two_concurrent_releases_wins()
    {
        using var second = TempGitRepository.Clone(project.Remote.Root);
        // Two jobs never make the same commit: a second apart, their release commits (and tags) differ. Were they byte
        // for byte the same, the remote would hold each job's release and both would rightly report it released.
        var later = TestEnvironment.Create(new Dictionary<string, string?>
        {
            ["GIT_COMMITTER_DATE"] = "2026-11-21T10:00:01Z",
            ["GIT_AUTHOR_DATE"] = "2026-11-21T10:00:01Z",
        });
        var runs = await Task.WhenAll(
            Task.Run(() => StewardRunner.Run(project.Work.Root, "release", "--push")),
            Task.Run(() => StewardRunner.Run(second.Root, null, later, "release", "--push")));

        var report = string.Join("\n---\n", runs.Select(r => $"exit {r.ExitCode}\n{r.Out}\n{r.Error}")) + "\nremote tags: " + project.Remote.Git("tag", "-l") + "\nremote log: " + project.Remote.Git("log", "--oneline", "main");
        runs.Count(r => r.ExitCode == 0).Should().Be(1, report);
        var loser = runs.Single(r => r.ExitCode != 0);
        loser.ExitCode.Should().Be(1);
        project.Remote.Git("tag", "-l").Should().Be("v1.0.0\nv1.1.0\n");
        project.Remote.Git("rev-list", "--count", "main").Trim().Should().Be("4", "one release commit on top of the three");

        // The loser may have fetched the winner's tag (its preflight fetches, then finds the branch behind): a v1.1.0 in the
        // losing clone is that one, never a tag of its own making.
        var losingClone = runs[0].ExitCode == 0 ? second : project.Work;
        var winners = project.Remote.Git("rev-parse", "v1.1.0^{commit}").Trim();
        if (losingClone.Git("tag", "-l", "v1.1.0").Trim().Length > 0)
        {
            losingClone.Git("rev-parse", "v1.1.0^{commit}").Trim().Should().Be(winners, "the loser leaves no tag of its own behind");
        }

        losingClone.Git("status", "--porcelain").Should().BeEmpty();
        losingClone.Git("log", "-1", "--format=%s").Should().Be("fix: correct x\n");
    }
}
