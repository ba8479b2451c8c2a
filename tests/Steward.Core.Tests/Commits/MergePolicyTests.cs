using Steward.Core.Changelog;
using Steward.Core.Changelog.Links;
using Steward.Core.Commits;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Commits;

/// <summary>
/// <c>commits.merges</c> over one history: main has a docs commit, then pull request #15 (two commits, one a feat)
/// merged by GitHub, then a fix straight on main. Newest first, as git log lists it.
/// </summary>
public class MergePolicyTests
{
    private static readonly string Base = Sha('0');
    private static readonly string Docs = Sha('1');
    private static readonly string Client = Sha('2');
    private static readonly string Typo = Sha('3');
    private static readonly string Merge = Sha('4');
    private static readonly string Fix = Sha('5');

    private static readonly IReadOnlyList<HistoryCommit> History =
    [
        Commit(Fix, [Merge], "fix: straight on main", "Cy"),
        Commit(Merge, [Docs, Typo], "Merge pull request #15 from z/azure\n\nfeat: add Azure blob storage", "Merger"),
        Commit(Typo, [Client], "fix: typo in the client", "Ada"),
        Commit(Client, [Base], "feat: add the client", "Ada"),
        Commit(Docs, [Base], "docs: explain", "Bo"),
    ];

    [Fact]
    public void Branch_commits_by_default_list_the_branch_and_skip_the_merge()
    {
        var decision = BumpDecider.Decide(History, Policy(null));

        Roles(decision).Should().Equal(CommitRole.Counted, CommitRole.Merge, CommitRole.Counted, CommitRole.Counted, CommitRole.Counted);
        Entries(null).Should().Equal("add the client", "straight on main", "typo in the client");
    }

    [Fact]
    public void Pr_title_lists_the_title_once_and_not_the_branch_again()
    {
        var decision = BumpDecider.Decide(History, Policy("pr-title"));

        Roles(decision).Should().Equal(
            CommitRole.Counted, CommitRole.Counted, CommitRole.ListedByPullRequest, CommitRole.ListedByPullRequest, CommitRole.Counted);
        decision.Level.Should().Be(BumpLevel.Minor);
        decision.Deciding.Select(c => c.Commit.Commit.Sha).Should().Equal(Merge);
        Entries("pr-title").Should().Equal("add Azure blob storage", "straight on main");
    }

    [Fact]
    public void Pr_title_links_the_pull_request_and_credits_the_branch_authors_not_the_merger()
    {
        var release = Build("pr-title");

        var entry = release.Sections.Single(s => s.Key == SectionKeys.Features).Entries.Single();
        entry.References.Should().ContainSingle(r => r.Text == "#15" && r.Url == "https://github.com/z/steward/pull/15");
        entry.Authors.Select(a => a.Name).Should().Equal("Ada");
        release.Contributors.Select(p => p.Name).Should().Equal("Ada", "Bo", "Cy");
    }

    [Fact]
    public void Both_lists_the_title_and_the_branch()
    {
        Roles(BumpDecider.Decide(History, Policy("both"))).Should().AllBeEquivalentTo(CommitRole.Counted);
        Entries("both").Should().Equal("add Azure blob storage", "add the client", "straight on main", "typo in the client");
    }

    [Fact]
    public void A_branch_forked_from_an_earlier_merged_branch_keeps_that_branch_out_of_its_own()
    {
        // #15 merged plainly (a git merge, not a forge's), then #16 forked from #15's branch and merged by GitHub.
        var second = Sha('6');
        var secondMerge = Sha('7');
        IReadOnlyList<HistoryCommit> history =
        [
            Commit(secondMerge, [Merge, second], "Merge pull request #16 from z/more\n\nfeat: more storage", "Merger"),
            Commit(second, [Typo], "feat: on top of the first branch", "Di"),
            Commit(Merge, [Docs, Typo], "Merge branch 'z/azure'", "Merger"),
            .. History.Skip(2),
        ];

        var listed = PullRequestBranches.ListedByTitle(history, MergePolicy.PrTitle);

        listed.Should().BeEquivalentTo(new Dictionary<string, string> { [second] = secondMerge });
    }

    [Fact]
    public void A_part_of_the_history_keeps_what_the_whole_history_said()
    {
        // A component's share: the merge and one branch commit, without the commits that join them.
        var marked = PullRequestBranches.Mark(History, MergePolicy.PrTitle);
        IReadOnlyList<HistoryCommit> share = [marked[1], marked[3]];

        PullRequestBranches.ListedByTitle(share, MergePolicy.PrTitle).Should().BeEquivalentTo(new Dictionary<string, string> { [Client] = Merge });
        PullRequestBranches.ListedByTitle([History[1], History[3]], MergePolicy.PrTitle).Should().BeEmpty("unmarked, the share cannot tell");
        Roles(BumpDecider.Decide(share, Policy("pr-title"))).Should().Equal(CommitRole.Counted, CommitRole.ListedByPullRequest);
    }

    [Fact]
    public void An_unknown_policy_names_the_key_and_the_choices()
    {
        var act = () => Policy("squash");

        act.Should().Throw<StewardException>().WithMessage("steward.yml: commits.merges: 'squash' is not a merge policy; use branch-commits, pr-title or both*");
    }

    private static Release Build(string? merges) =>
        ReleaseBuilder.Build(
            new ReleaseInfo("1.1.0", "v1.1.0", new DateOnly(2026, 12, 6), "1.0.0", "v1.0.0"),
            History,
            ChangelogOptions.From(new ChangelogConfig(), MergePolicies.Parse(merges)),
            ForgeLinks.Resolve("https://github.com/z/steward.git", new ChangelogLinksConfig()));

    private static List<string> Entries(string? merges) =>
        Build(merges).Sections.Where(s => s.Key is SectionKeys.Features or SectionKeys.Fixes)
            .SelectMany(s => s.Entries).Select(e => e.Description).ToList();

    private static BumpPolicy Policy(string? merges) => new(new CommitsConfig { Merges = merges });

    private static List<CommitRole> Roles(BumpDecision decision) => decision.Commits.Select(c => c.Role).ToList();

    private static string Sha(char c) => new(c, 40);

    private static HistoryCommit Commit(string sha, string[] parents, string message, string author) =>
        HistoryCommit.Read(new CommitRecord(sha, parents, author, author.ToLowerInvariant() + "@example.com", DateTimeOffset.UnixEpoch, message));
}
