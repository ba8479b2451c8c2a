using Steward.Git;
using Steward.Tests.Engine;
using Steward.Tests.Support;
using static Steward.Tests.History.NextCommandTests;

namespace Steward.Tests.History;

/// <summary>
/// `next`, `log` and `changelog` start the walk since the last release while git still finds the repository and lists
/// the tags: the walk waits on its input for the revisions, so a run waits for one git in line after the tag list, not
/// for a git to start. Whatever happens to that early walk, the answers are the ones a walk started late gives: fed,
/// it reads exactly the range; not needed, it reads nothing and goes away.
/// </summary>
public sealed class RangeWalkAheadTests : IDisposable
{
    private readonly GitRecorder recorder = new();

    public void Dispose() => recorder.Dispose();

    [Fact]
    public void The_walk_started_ahead_is_fed_HEAD_and_the_last_release()
    {
        using var repo = Released("1.2.0");
        repo.Commit("fix: a");
        var head = repo.Commit("feat: b");
        var release = repo.Git("rev-parse", "v1.2.0^{commit}").Trim();

        var result = ProcessRunner.RunWith(repo.Root, recorder.Environment, null, "next");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("1.3.0\n");
        recorder.All().Where(a => a[1] == "log").Should().ContainSingle().Which.Should().Contain("--stdin");
        recorder.WalkInputs().Should().ContainSingle().Which.Should().Equal(head, "^" + release);
    }

    [Fact]
    public void Without_a_release_the_walk_started_ahead_is_stopped_unfed_and_the_whole_history_is_read()
    {
        using var repo = TempGitRepository.Create();
        repo.Commit("feat: a");
        repo.Commit("fix: b");

        var result = ProcessRunner.RunWith(repo.Root, recorder.Environment, null, "log", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("feat: a").And.Contain("fix: b");
        recorder.All().Count(a => a[1] == "log").Should().Be(2, "the walk started ahead, and the walk over the whole history");
        recorder.WalkInputs().Should().ContainSingle().Which.Should().BeEmpty("nothing was given to the walk nobody needed");
    }

    [Fact]
    public void A_range_walk_given_no_revisions_walks_nothing_rather_than_HEAD()
    {
        using var repo = TempGitRepository.Create();
        repo.Commit("feat: a");
        var git = new GitRunner(repo.Root, repo.Environment);

        git.ReadRecords('\0', HistoryReader.RangeWalk, string.Empty).Should().BeEmpty();
        git.ReadRecords('\0', HistoryReader.RangeWalk, repo.Git("rev-parse", "HEAD").Trim() + "\n").Should().NotBeEmpty("fed a revision, it walks it");
    }

    [Fact]
    public void A_walk_started_ahead_and_dropped_is_not_taken_by_a_later_walk()
    {
        using var repo = TempGitRepository.Create();
        var head = repo.Commit("feat: a");
        var trace = Path.Combine(repo.Root, ".git", "trace.log");
        var git = new GitRunner(repo.Root, new Dictionary<string, string?>(repo.Environment) { ["GIT_TRACE"] = trace });
        git.Prestart(HistoryReader.RangeWalk);
        git.DropPrestart(HistoryReader.RangeWalk);
        var records = git.ReadRecords('\0', HistoryReader.RangeWalk, head + "\n").ToList();

        records.Should().Contain(r => r.Contains(head, StringComparison.Ordinal));
        File.ReadAllLines(trace).Count(l => l.Contains("built-in: git log", StringComparison.Ordinal))
            .Should().Be(2, "the dropped walk ended, and the later one started a git of its own");
    }
}
