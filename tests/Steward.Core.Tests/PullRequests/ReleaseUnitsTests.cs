using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.PullRequests;

namespace Steward.Core.Tests.PullRequests;

/// <summary>A monorepo's release pull requests: the units of pr.split, their branches, titles and markers.</summary>
public sealed class ReleaseUnitsTests
{
    private const string Base = "1111111111111111111111111111111111111111";
    private const string Head = "2222222222222222222222222222222222222222";

    [Fact]
    public void A_marker_with_a_unit_and_several_components_round_trips_and_one_without_has_no_unit()
    {
        var marker = new ReleaseMarker(Base, ReleaseMarker.Versions([("api", "1.3.0"), ("web", "2.0.1")]), Head) { Unit = "platform" };

        marker.Render().Should().Be($"<!-- steward:release base={Base} unit=platform version=api@1.3.0,web@2.0.1 head={Head} -->");
        ReleaseMarker.Find("notes\n\n" + marker.Render() + "\n").Should().Be(marker);
        ReleaseMarker.Find(new ReleaseMarker(Base, "1.2.0", Head).Render())!.Unit.Should().BeNull();
    }

    [Fact]
    public void The_open_pull_request_whose_marker_names_the_unit_wins()
    {
        ForgePullRequest Pull(long number, string? unit) =>
            new(number, "t", new ReleaseMarker(Base, "api@1.3.0", Head) { Unit = unit }.Render(), "steward/release/main/api", "main", true, false, [], "u");

        ReleasePullRequests.FindOpen([Pull(1, "other"), Pull(2, "api")], "steward/release/main/api", "main", "api")!.Number.Should().Be(2);
    }

    [Theory]
    [InlineData("steward/release/{branch}", null, "steward/release/main")]
    [InlineData("steward/release/{branch}", "api", "steward/release/main/api")]
    [InlineData("release/{unit}/{branch}", "platform", "release/platform/main")]
    [InlineData("steward/release/{branch}/{unit}", null, "steward/release/main")]
    public void The_head_branch_of_a_unit_fills_or_appends_it(string template, string? unit, string expected) =>
        ReleasePullRequests.HeadBranch(template, "main", unit).Should().Be(expected);

    [Fact]
    public void A_title_list_stays_short_when_many_components_release()
    {
        ReleasePullRequests.ShortList(["api 1.3.0", "web 2.0.1", "chart 3.0.1"]).Should().Be("api 1.3.0, web 2.0.1, chart 3.0.1");
        ReleasePullRequests.ShortList(["a 1.0.0", "b 1.0.0", "c 1.0.0", "d 1.0.0", "e 1.0.0"]).Should().Be("a 1.0.0, b 1.0.0 and 3 more");
        ReleasePullRequests.Title("chore({branch}): release {unit} {version}", "main", "api 1.3.0", "api-v1.3.0", "platform").Should().Be("chore(main): release platform api 1.3.0");
    }

    [Fact]
    public void A_group_is_a_unit_a_component_in_none_its_own_and_a_bad_split_is_refused()
    {
        var config = new StewardConfig
        {
            Components = [new() { Name = "api" }, new() { Name = "web" }, new() { Name = "chart" }],
            Groups = [new() { Name = "platform", Mode = "linked", Components = ["api", "web"] }],
        };

        ReleaseUnits.UnitOf("web", config).Should().Be("platform");
        ReleaseUnits.UnitOf("chart", config).Should().Be("chart");
        ReleaseUnits.Split(new PullRequestConfig()).Should().BeFalse();
        ReleaseUnits.Split(new PullRequestConfig { Split = "component" }).Should().BeTrue();
        var refused = () => ReleaseUnits.Split(new PullRequestConfig { Split = "group" });
        refused.Should().Throw<StewardException>().WithMessage("steward.yml: pr.split: 'group' is not*");
    }

    [Fact]
    public void A_cascade_joins_a_dependent_to_its_dependency_named_after_the_dependency_unless_it_cascades_nothing()
    {
        var config = new StewardConfig
        {
            Components =
            [
                new() { Name = "api", DependsOn = ["core"] },
                new() { Name = "web", DependsOn = ["core"] },
                new() { Name = "core" },
                new() { Name = "docs", DependsOn = ["core"], Cascade = "none" },
                new() { Name = "chart" },
            ],
        };

        ReleaseUnits.UnitOf("api", config).Should().Be("core");
        ReleaseUnits.UnitOf("web", config).Should().Be("core", "web depends on core as api does: one unit of the three");
        ReleaseUnits.UnitOf("core", config).Should().Be("core");
        ReleaseUnits.UnitOf("docs", config).Should().Be("docs", "cascade: none writes no dependency version, so docs releases alone");
        ReleaseUnits.UnitOf("chart", config).Should().Be("chart");

        config.Groups = [new() { Name = "platform", Mode = "linked", Components = ["web", "chart"] }];
        ReleaseUnits.UnitOf("chart", config).Should().Be("platform", "chart is linked to web, which cascades from core");
        ReleaseUnits.UnitOf("api", config).Should().Be("platform");
    }
}
