using Steward.Core.PullRequests;

namespace Steward.Core.Tests.PullRequests;

/// <summary>The release pull request's marker and trailer, and how the pull request is found and reconciled.</summary>
public sealed class ReleasePullRequestsTests
{
    private const string Base = "1111111111111111111111111111111111111111";
    private const string Head = "2222222222222222222222222222222222222222";

    [Fact]
    public void The_marker_round_trips_through_a_body_and_the_last_one_counts()
    {
        var marker = new ReleaseMarker(Base, "1.2.0", Head);
        var body = ReleasePullRequests.Body("## Features\n\n- a\n", new ReleaseMarker(Head, "1.1.0", Base)) + "\n" + marker.Render();

        ReleaseMarker.Find(body).Should().Be(marker);
        ReleaseMarker.Find("a body a human rewrote").Should().BeNull();
        ReleaseMarker.Find(null).Should().BeNull();
    }

    [Fact]
    public void The_base_is_read_from_the_trailer_or_else_from_a_marker_in_a_squash_message()
    {
        ReleaseBaseTrailer.Find(ReleaseBaseTrailer.AppendTo("chore(release): 1.2.0\n", Base)).Should().Be(Base);
        ReleaseBaseTrailer.Find($"chore(main): release 1.2.0 (#4)\n\nnotes\n\n{new ReleaseMarker(Base, "1.2.0", Head).Render()}\n").Should().Be(Base);
        ReleaseBaseTrailer.Find("feat: Steward-Base: is mentioned in a sentence").Should().BeNull();
    }

    [Fact]
    public void The_open_pull_request_of_the_head_is_found_without_labels_and_the_one_with_a_marker_wins()
    {
        var marked = Pull(7, open: true, body: new ReleaseMarker(Base, "1.2.0", Head).Render(), labels: []);
        var unmarked = Pull(9, open: true, body: "rewritten", labels: ["release: pending"]);
        var closed = Pull(3, open: false, body: marked.Body, labels: []);

        ReleasePullRequests.FindOpen([unmarked, closed, marked], "steward/release/main", "main").Should().Be(marked);
        ReleasePullRequests.FindOpen([unmarked, closed], "steward/release/main", "main").Should().Be(unmarked);
        ReleasePullRequests.FindOpen([closed], "steward/release/main", "main").Should().BeNull();
    }

    [Fact]
    public void The_merged_pull_request_of_a_version_is_found_by_its_marker()
    {
        var merged = Pull(5, open: false, body: new ReleaseMarker(Base, "1.2.0", Head).Render(), labels: []) with { Merged = true };
        var older = Pull(2, open: false, body: new ReleaseMarker(Base, "1.1.0", Head).Render(), labels: []) with { Merged = true };

        ReleasePullRequests.FindMerged([older, merged], "steward/release/main", "1.2.0").Should().Be(merged);
        ReleasePullRequests.FindMerged([older], "steward/release/main", "1.2.0").Should().BeNull();
    }

    [Fact]
    public void A_pull_request_is_created_when_missing_updated_when_it_differs_and_left_alone_otherwise()
    {
        var wanted = new WantedPullRequest("steward/release/main", "main", "chore(main): release 1.2.0", "notes\n\n<!-- m -->\n");
        var same = Pull(1, open: true, body: "notes\r\n\r\n<!-- m -->", labels: []) with { Title = wanted.Title };

        ReleasePullRequests.Decide(null, wanted).Should().Be(PullRequestAction.Create);
        ReleasePullRequests.Decide(same, wanted).Should().Be(PullRequestAction.None);
        ReleasePullRequests.Decide(same with { Title = "old" }, wanted).Should().Be(PullRequestAction.Update);
        ReleasePullRequests.Decide(same with { Body = "other" }, wanted).Should().Be(PullRequestAction.Update);
    }

    [Fact]
    public void Title_and_branch_templates_are_filled_in()
    {
        ReleasePullRequests.Title("chore({branch}): release {version} ({tag})", "main", "1.2.0", "v1.2.0").Should().Be("chore(main): release 1.2.0 (v1.2.0)");
        ReleasePullRequests.HeadBranch("steward/release/{branch}", "release/1.x").Should().Be("steward/release/release/1.x");
    }

    private static ForgePullRequest Pull(long number, bool open, string body, IReadOnlyList<string> labels) =>
        new(number, "chore(main): release 1.2.0", body, "steward/release/main", "main", open, Merged: false, labels, $"https://github.com/acme/demo/pull/{number}");
}
