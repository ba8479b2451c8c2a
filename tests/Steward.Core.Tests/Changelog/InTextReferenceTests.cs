using Steward.Core.Changelog;
using Steward.Core.Changelog.Links;
using Steward.Core.Changelog.Rendering;
using Steward.Core.Configuration;
using static Steward.Core.Tests.Changelog.Commits;

namespace Steward.Core.Tests.Changelog;

/// <summary>
/// <c>#123</c> and <c>@user</c> written in a description are linked where they stand: a forge links them in comments
/// and release bodies, but not in a CHANGELOG.md in the repository.
/// </summary>
public class InTextReferenceTests
{
    private static readonly ReleaseInfo Info = new("1.0.0", "v1.0.0", new DateOnly(2026, 11, 21), null, null);

    private static readonly ChangelogTemplate Lines =
        new("lines.hbs", "{{#each nonEmptySections}}{{#each entries}}{{description}} / {{refs}}\n{{/each}}{{/each}}", IsBuiltIn: false);

    private static string Render(string remote, string description)
    {
        var links = ForgeLinks.Resolve(remote.Length == 0 ? null : remote, new ChangelogLinksConfig());
        var release = ReleaseBuilder.Build(Info, [Make("fix", description)], ChangelogOptions.Default, links);
        return CompiledTemplate.Compile(Lines).Render(release).TrimEnd('\n');
    }

    [Theory]
    [InlineData("crash on empty input, see #45, thanks @octocat.",
        "crash on empty input, see [#45](https://github.com/acme/rocket/issues/45), thanks [@octocat](https://github.com/octocat). / ")]
    [InlineData("#45 is fixed (#41)",
        "[#45](https://github.com/acme/rocket/issues/45) is fixed / [#41](https://github.com/acme/rocket/pull/41)")]
    [InlineData("keep `#9` and `@me`, a@b.com, a/#3, &#39;, @types/node, x#4 and \\#5",
        "keep `#9` and `@me`, a@b.com, a/#3, &#39;, @types/node, x#4 and \\#5 / ")]
    [InlineData("no link of the contributor's, [see #7](https://example.org/#7), and no reference inside one",
        "no link of the contributor's, \\[see #7\\](https://example.org/#7), and no reference inside one / ")]
    public void GitHub_links_issue_numbers_and_handles_in_the_description(string description, string expected) =>
        Render("git@github.com:acme/rocket.git", description).Should().Be(expected);

    [Fact]
    public void GitLab_links_merge_requests_and_issues_by_their_sigils() =>
        Render("https://gitlab.com/g/p.git", "follow-up to !12 for #3 by @jane")
            .Should().Be("follow-up to [!12](https://gitlab.com/g/p/-/merge_requests/12) for [#3](https://gitlab.com/g/p/-/issues/3) by [@jane](https://gitlab.com/jane) / ");

    [Fact]
    public void A_forge_without_user_pages_links_numbers_only() =>
        Render("git@bitbucket.org:team/repo.git", "see #5, thanks @someone")
            .Should().Be("see [#5](https://bitbucket.org/team/repo/issues/5), thanks @someone / ");

    [Fact]
    public void Without_a_known_remote_nothing_is_linked() =>
        Render(string.Empty, "see #45, thanks @octocat").Should().Be("see #45, thanks @octocat / ");

    [Fact]
    public void In_text_references_are_kept_apart_from_the_listed_ones()
    {
        var links = ForgeLinks.Resolve("https://github.com/acme/rocket", new ChangelogLinksConfig());

        var entry = ReleaseBuilder.Build(Info, [Make("fix", "see #45 (#41)")], ChangelogOptions.Default, links).Sections.SelectMany(s => s.Entries).Single();

        entry.Description.Should().Be("see #45", "the description stays as written; links are added when rendering");
        entry.References.Should().Equal(
            new EntryReference(ReferenceKind.PullRequest, "#41", "https://github.com/acme/rocket/pull/41"),
            new EntryReference(ReferenceKind.Issue, "#45", "https://github.com/acme/rocket/issues/45", InText: true));
    }
}
