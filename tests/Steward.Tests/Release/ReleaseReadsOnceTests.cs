using Steward.Tests.Engine;
using Steward.Tests.Support;

namespace Steward.Tests.Release;

/// <summary>
/// One `steward release` reads the release range once: the version decision, the changelog and the notes are all made
/// over that one reading of the history (a second walk would be as slow again on a long history, and could disagree).
/// </summary>
public sealed class ReleaseReadsOnceTests : IDisposable
{
    private readonly ReleaseRepository project = new();
    private readonly GitRecorder recorder = new();

    public void Dispose()
    {
        recorder.Dispose();
        project.Dispose();
    }

    [Fact]
    public void A_release_walks_the_history_since_the_last_release_once()
    {
        var result = ProcessRunner.RunWith(project.Work.Root, recorder.Environment, null, "release");

        result.ExitCode.Should().Be(0, result.Error);
        project.Work.Git("tag", "--list", "v1.1.0").Trim().Should().Be("v1.1.0");
        var walks = recorder.All().Where(HistoryWalk).ToList();
        walks.Should().ContainSingle("the range since v1.0.0 is read once, for the version and for the changelog alike");
        var v100 = project.Work.Git("rev-parse", "v1.0.0^{commit}").Trim();
        var revisions = walks[0].Contains("--stdin") ? recorder.WalkInputs().Should().ContainSingle().Subject : walks[0];
        revisions.Should().Contain("^" + v100, "the walk stops at the last release");
        recorder.All().Count(a => a[1] == "for-each-ref" && a.Contains("refs/tags/")).Should().Be(1, "the release tags are listed once");
        recorder.All().Count(a => a[1] == "cat-file" && a[^1].EndsWith(":CHANGELOG.md", StringComparison.Ordinal))
            .Should().Be(1, "the committed changelog (its retractions) is read once");
        recorder.All().Count(a => a[1] == "cat-file" && a[^1].EndsWith(":VERSION", StringComparison.Ordinal))
            .Should().Be(1, "the committed VERSION (the drift check's reference) is read once");
    }

    [Fact]
    public void A_dry_run_reads_as_the_release_does()
    {
        var result = ProcessRunner.RunWith(project.Work.Root, recorder.Environment, null, "release", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        recorder.All().Where(HistoryWalk).Should().ContainSingle();
    }

    /// <summary>A walk over commits (rev-list --count, the preflight's "behind upstream?" check, counts without reading them).</summary>
    private static bool HistoryWalk(IReadOnlyList<string> argv) => argv[1] == "log" || (argv[1] == "rev-list" && !argv.Contains("--count"));
}
