using FluentAssertions;
using Steward.Tests.Forge;
using Xunit;

namespace Steward.Tests.PullRequests;

/// <summary>
/// pr.split: component: one release pull request per release unit (a group, or a component in none), each on its own
/// branch with a marker naming its unit; merging one unit's pull request and releasing tags only that unit's components.
/// </summary>
public sealed class MonorepoPullRequestSplitTests : IAsyncLifetime
{
    private FakeGitHub github = null!;
    private readonly List<PullRequestFixture> fixtures = [];

    public async Task InitializeAsync() => github = await FakeGitHub.StartAsync();

    public async Task DisposeAsync()
    {
        fixtures.ForEach(f => f.Dispose());
        await github.DisposeAsync();
    }

    [Fact]
    public void Two_units_get_two_pull_requests_on_their_own_branches_with_their_own_markers()
    {
        var fixture = Create("pr:\n  split: component\n");

        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("opened pull request #1").And.Contain("opened pull request #2");
        github.Pulls.Select(p => p.Head).Should().Equal("steward/release/main/api", "steward/release/main/chart");
        var api = github.Pulls[0];
        api.Title.Should().Be("chore(main): release api 1.3.0");
        api.Body.Should().Contain("## api 1.3.0").And.Contain("add an endpoint").And.NotContain("chart");
        api.Body.Should().MatchRegex("<!-- steward:release base=[0-9a-f]{40} unit=api version=api@1.3.0 head=[0-9a-f]{40} -->");
        var chart = github.Pulls[1];
        chart.Title.Should().Be("chore(main): release chart 3.0.1");
        chart.Body.Should().Contain("unit=chart version=chart@3.0.1");

        // Each branch's release commit has only its unit's files.
        fixture.RemoteFile("steward/release/main/api", "services/api/VERSION").Should().Be("1.3.0\n");
        fixture.RemoteFile("steward/release/main/api", "deploy/chart/VERSION").Should().Be("3.0.0\n");
        fixture.RemoteFile("steward/release/main/chart", "deploy/chart/VERSION").Should().Be("3.0.1\n");
        fixture.RemoteFile("steward/release/main/chart", "services/api/VERSION").Should().Be("1.2.0\n");
        fixture.Remote.Git("log", "-1", "--format=%s", "steward/release/main/api").Trim().Should().Be("chore(release): api 1.3.0");

        // A removed label strands neither: a rerun finds each by its branch and marker and changes nothing.
        github.Pulls.ForEach(p => p.Labels.Clear());
        var writes = github.Writes.Count();
        var again = fixture.Run("pr");
        again.ExitCode.Should().Be(0, again.Error);
        again.Out.Should().Contain("pull request #1 is up to date").And.Contain("pull request #2 is up to date");
        github.Pulls.Should().HaveCount(2);
        github.Writes.Count().Should().Be(writes);
    }

    [Fact]
    public void Merging_one_units_pull_request_then_releasing_tags_only_its_components()
    {
        var fixture = Create("pr:\n  split: component\n");
        fixture.Run("pr").ExitCode.Should().Be(0);
        var merge = ForgeMergeButton.Merge(fixture, github, github.Pulls[0]);

        var result = fixture.Run("release", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Work.Git("rev-parse", "HEAD").Trim().Should().Be(merge, "the release makes no commit of its own");
        fixture.Remote.Git("rev-parse", "api-v1.3.0^{commit}").Trim().Should().Be(merge);
        fixture.Remote.Git("tag", "--list", "chart-v3.0.1").Should().BeEmpty("the chart's pull request is not merged");
        github.Pulls[0].Labels.Should().Equal("release: tagged");
        github.Pulls[1].Labels.Should().Equal("release: pending");

        // The chart's pull request is still its own: the next run rebuilds it on the new base.
        var next = fixture.Run("pr");
        next.ExitCode.Should().Be(0, next.Error);
        next.Out.Should().Contain("updated pull request #2");
        fixture.Remote.Git("rev-parse", "steward/release/main/chart^").Trim().Should().Be(merge);
    }

    [Fact]
    public void A_group_is_one_unit_named_after_it_and_pr_branch_may_place_the_unit()
    {
        var fixture = Create("groups:\n  - name: platform\n    mode: linked\n    components: [api, web]\npr:\n  split: component\n  branch: release/{unit}/{branch}\n  title: \"chore: release {unit} ({version})\"\n");

        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(0, result.Error);
        github.Pulls.Select(p => p.Head).Should().Equal("release/platform/main", "release/chart/main");
        var platform = github.Pulls[0];
        platform.Title.Should().Be("chore: release platform (api 1.3.0, web 0.4.1)");
        platform.Body.Should().Contain("## api 1.3.0").And.Contain("## web 0.4.1").And.Contain("unit=platform version=api@1.3.0,web@0.4.1");
        fixture.RemoteFile("release/platform/main", "apps/web/VERSION").Should().Be("0.4.1\n");
    }

    [Fact]
    public void A_forge_failure_in_the_first_unit_stops_the_run_continue_finishes_it_and_a_rerun_opens_the_rest()
    {
        var fixture = Create("pr:\n  split: component\n");
        github.Inject(new FakeGitHubFault("POST", "/pulls", 502));

        var failed = fixture.Run("pr");

        failed.ExitCode.Should().Be(1);
        failed.Error.Should().Contain("pushed 'steward/release/main/api', but the release pull request was not opened or updated").And.Contain("steward pr --continue");
        fixture.Remote.Git("for-each-ref", "--format=%(refname)", "refs/heads/steward").Trim().Should().Be("refs/heads/steward/release/main/api", "the run stopped before the chart's unit");
        github.Pulls.Should().BeEmpty();

        var resumed = fixture.Run("pr", "--continue");

        resumed.ExitCode.Should().Be(0, resumed.Error);
        resumed.Out.Should().Contain("opened pull request #1: ");
        github.Pulls.Should().ContainSingle().Which.Head.Should().Be("steward/release/main/api");

        var rerun = fixture.Run("pr");

        rerun.ExitCode.Should().Be(0, rerun.Error);
        rerun.Out.Should().Contain("pull request #1 is up to date").And.Contain("opened pull request #2");
        github.Pulls.Select(p => p.Head).Should().Equal("steward/release/main/api", "steward/release/main/chart");
        File.Exists(Path.Combine(fixture.Work.Root, ".git", "steward", "journal.json")).Should().BeFalse();
    }

    [Fact]
    public void A_dry_run_as_json_is_an_array_of_one_plan_per_pull_request_and_writes_nothing()
    {
        var fixture = Create("pr:\n  split: component\n");

        var result = fixture.Run("pr", "--dry-run", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        var plans = document.RootElement.EnumerateArray().ToList();
        plans.Select(p => p.GetProperty("branch").GetString()).Should().Equal("steward/release/main/api", "steward/release/main/chart");
        plans.Select(p => p.GetProperty("version").GetString()).Should().Equal("api 1.3.0", "chart 3.0.1");
        plans.Should().OnlyContain(p => p.GetProperty("verb").GetString() == "pr" && p.GetProperty("pullRequest").GetProperty("action").GetString() == "create");
        fixture.Remote.Git("for-each-ref", "refs/heads/steward").Should().BeEmpty();
        github.Pulls.Should().BeEmpty();
    }

    [Theory]
    [InlineData("components")]
    [InlineData("yes")]
    public void A_bad_pr_split_is_one_line_naming_it_exit_2_and_nothing_written(string value)
    {
        var fixture = Create($"pr:\n  split: {value}\n");
        var main = fixture.RemoteSha("main");

        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(2);
        result.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("steward: error: steward.yml: pr.split: '" + value + "'");
        fixture.Remote.Git("for-each-ref", "refs/heads/steward").Should().BeEmpty();
        fixture.RemoteSha("main").Should().Be(main);
        github.Pulls.Should().BeEmpty();
        File.Exists(Path.Combine(fixture.Work.Root, ".git", "steward", "journal.json")).Should().BeFalse();
    }

    [Fact]
    public void A_cascade_keeps_a_dependent_in_the_pull_request_of_what_it_depends_on()
    {
        var fixture = Create("pr:\n  split: component\n");
        var config = fixture.Work.ReadFile("steward.yml");
        fixture.Work.WriteFile("steward.yml", config.Replace("path: services/api\n", "path: services/api\n    dependsOn: [core]\n", StringComparison.Ordinal));
        fixture.Work.WriteFile("libs/core/lib.txt", "mended\n");
        fixture.Work.Commit("fix(core): mend the library");
        fixture.Work.Git("push", "-q", "origin", "main");

        var result = fixture.Run("pr");

        // api cascades from core: a pull request of api alone, merged first, would release it against a core not
        // released yet, so the two are one unit, named after the dependency.
        result.ExitCode.Should().Be(0, result.Error);
        github.Pulls.Select(p => p.Head).Should().BeEquivalentTo(["steward/release/main/core", "steward/release/main/chart"]);
        var core = github.Pulls.Single(p => p.Head == "steward/release/main/core");
        core.Body.Should().Contain("## api 1.3.0").And.Contain("## core 2.1.1").And.NotContain("## chart");
        core.Body.Should().MatchRegex("unit=core version=api@1.3.0,core@2.1.1 ");
        fixture.RemoteFile("steward/release/main/core", "libs/core/VERSION").Should().Be("2.1.1\n");
        fixture.RemoteFile("steward/release/main/core", "services/api/VERSION").Should().Be("1.3.0\n");
        fixture.RemoteFile("steward/release/main/chart", "libs/core/VERSION").Should().Be("2.1.0\n");
    }

    private PullRequestFixture Create(string extraConfig)
    {
        var fixture = PullRequestFixture.Monorepo(github.Url, extraConfig);
        fixtures.Add(fixture);
        return fixture;
    }
}
