using System.Text.Json;
using Steward.Tests.Support;

namespace Steward.Tests.Flow;

/// <summary>--json on the flow verbs that report a result and on sync: one document on standard output, progress on standard error.</summary>
public sealed class FlowJsonTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public FlowJsonTests()
    {
        (remote, work) = FlowFixture.WithFeatureOnDevelop();
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Release_start_and_finish_report_one_document_each()
    {
        var start = StewardRunner.Run(work.Root, "flow", "release", "start", "--json");

        start.ExitCode.Should().Be(0, start.Error);
        using (var json = JsonDocument.Parse(start.Out))
        {
            var root = json.RootElement;
            root.GetProperty("kind").GetString().Should().Be("release");
            root.GetProperty("branch").GetString().Should().Be("release/v1.1.0");
            root.GetProperty("from").GetString().Should().Be("develop");
            root.GetProperty("version").GetString().Should().Be("1.1.0");
            root.GetProperty("committed").EnumerateArray().Select(e => e.GetString()).Should().Equal("VERSION");
        }

        var before = work.Snapshot();
        var dryRun = StewardRunner.Run(work.Root, "flow", "release", "finish", "--dry-run", "--json");
        dryRun.ExitCode.Should().Be(0, dryRun.Error);
        work.Snapshot().Should().Be(before);
        using (var json = JsonDocument.Parse(dryRun.Out))
        {
            json.RootElement.GetProperty("dryRun").GetBoolean().Should().BeTrue();
            var merge = json.RootElement.GetProperty("steps").EnumerateArray().First(s => s.TryGetProperty("role", out var role) && role.GetString() == "merge");
            merge.GetProperty("argv").EnumerateArray().Select(e => e.GetString()).Should()
                .Equal("git", "merge", "--quiet", "--no-ff", "-m", "Merge branch 'release/v1.1.0' into main", "--", "release/v1.1.0");
        }

        var finish = StewardRunner.Run(work.Root, "flow", "release", "finish", "--push", "--json");

        finish.ExitCode.Should().Be(0, finish.Error);
        finish.Error.Should().Contain("Tagged v1.1.0 on main");
        using (var json = JsonDocument.Parse(finish.Out))
        {
            var root = json.RootElement;
            root.GetProperty("command").GetString().Should().Be("release finish");
            root.GetProperty("tag").GetString().Should().Be("v1.1.0");
            root.GetProperty("dryRun").GetBoolean().Should().BeFalse();
            root.GetProperty("pushed").GetBoolean().Should().BeTrue();
            root.GetProperty("notes").GetString().Should().Contain("search");
        }

        remote.Git("rev-parse", "v1.1.0").Should().Be(work.Git("rev-parse", "v1.1.0"));
    }

    [Fact]
    public void Sync_reports_every_branch_and_its_outcome()
    {
        work.Git("switch", "-q", "main");
        work.WriteFile("steward.yml", work.ReadFile("steward.yml") + "  sync:\n    - branch: cloud\n");
        var main = work.Commit("chore: cloud follows main");
        work.Git("branch", "cloud", "v1.0.0");

        var result = StewardRunner.Run(work.Root, "sync", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var cloud = json.RootElement.GetProperty("branches")[0];
        cloud.GetProperty("branch").GetString().Should().Be("cloud");
        cloud.GetProperty("from").GetString().Should().Be("main");
        cloud.GetProperty("outcome").GetString().Should().Be("fast-forwarded");
        cloud.GetProperty("after").GetString().Should().Be(main);
        cloud.GetProperty("pushed").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Feature_start_and_finish_report_one_document_each()
    {
        var start = StewardRunner.Run(work.Root, "flow", "feature", "start", "login", "--json");

        start.ExitCode.Should().Be(0, start.Error);
        using (var json = JsonDocument.Parse(start.Out))
        {
            json.RootElement.GetProperty("branch").GetString().Should().Be("feature/login");
            json.RootElement.GetProperty("develop").GetString().Should().Be("develop");
        }

        work.Commit("feat: login");
        var finish = StewardRunner.Run(work.Root, "flow", "feature", "finish", "--json");

        finish.ExitCode.Should().Be(0, finish.Error);
        finish.Error.Should().Contain("Merged feature/login into develop");
        using var done = JsonDocument.Parse(finish.Out);
        done.RootElement.GetProperty("command").GetString().Should().Be("feature finish");
        done.RootElement.GetProperty("steps").EnumerateArray().Select(e => string.Join(' ', e.GetProperty("argv").EnumerateArray().Select(a => a.GetString()))).Should().Equal(
            "git switch --quiet -- develop",
            "git merge --quiet --no-ff -m Merge branch 'feature/login' into develop -- feature/login",
            "git update-ref -m steward -d -- refs/heads/feature/login");
        work.Git("branch", "--list", "feature/*").Should().BeEmpty();
    }
}
