using Steward.Core.Changelog;
using Steward.Core.Changelog.Links;
using Steward.Core.Commits;
using Steward.Core.Configuration;
using static Steward.Core.Tests.Changelog.Commits;

namespace Steward.Core.Tests.Changelog;

/// <summary>One release with every kind of commit the changelog treats differently, newest first as git log gives them.</summary>
internal static class Scenario
{
    public static readonly ReleaseInfo Info = new("1.4.0", "v1.4.0", new DateOnly(2026, 11, 21), "1.3.2", "v1.3.2");

    public static IReadOnlyList<HistoryCommit> Commits { get; } =
    [
        Make("feat", "add dark mode (#41)", scope: "ui", author: "Grace Hopper", email: "1234+grace@users.noreply.github.com"),
        Make("feat", "stream the export", breaking: true, scope: "api",
            footers: [Footer("BREAKING CHANGE", "export() now returns an async stream.\nCall ToListAsync() where a list is needed.")],
            breakingNotes: ["export() now returns an async stream.\nCall ToListAsync() where a list is needed."]),
        Make("fix", "drop the <b>broken</b> | pipe handling", footers: [Footer("Closes", "#17"), Footer("Co-authored-by", "Grace Hopper <1234+grace@users.noreply.github.com>")]),
        Make("fix", "# keep headings out", scope: "parser", author: "Alan Turing", email: "alan@example.com"),
        Make("perf", "cache parsed templates"),
        Make("fix", "escape shell arguments", footers: [Footer("Refs", "CVE-2026-1234")]),
        Make("security", "rotate the signing key"),
        Make("feat", "add the v2 endpoint", footers: [Footer("Deprecated", "the v1 endpoint goes away in 2.0")]),
        Make("deprecate", "the --legacy flag"),
        Make("chore", "bump yaml from 1.0.0 to 1.1.0", scope: "deps", author: "dependabot[bot]", email: "49699333+dependabot[bot]@users.noreply.github.com"),
        Make(null, "Bump markdig from 0.40.0 to 1.6.0", author: "renovate[bot]", email: "bot@renovateapp.com"),
        Make("deps", "update handlebars to 2.4.3"),
        Make("docs", "explain templates"),
        Make("revert", "add the flaky retry"),
        Make("refactor", "split the renderer", author: "Margaret Hamilton", email: "margaret@example.com"),
        Make("chore", "tidy up"),
        Make("ci", "cache nuget"),
        Make("test", "more golden files"),
        Make("build", "pin the SDK"),
        Make("style", "format"),
        Make(null, "Merge branch 'main' into topic", parents: 2, author: "Merger", email: "merge@example.com"),
        Make(null, "fixup! add dark mode", author: "Fixer", email: "fixer@example.com"),
        Make(null, "Update the README by hand"),
        Make("feat", "add a hidden experiment", sha: "feedface00000000000000000000000000000000"),
        Make("feat", "add an option (#40)", author: "Ada L.", email: "ada.old@example.com"),
    ];

    /// <summary>What .mailmap would say: Ada's old address and short name map to her current identity.</summary>
    public static IReadOnlyDictionary<Identity, Identity> Mailmap(IReadOnlyCollection<Identity> identities) =>
        identities.Where(i => i.Email == "ada.old@example.com")
            .ToDictionary(i => i, _ => new Identity("Ada Lovelace", "ada@example.com"));

    public static ChangelogOptions Options { get; } = ChangelogOptions.From(new ChangelogConfig { SkipCommits = ["feedface"] });

    public static Release Build(ForgeLinks? links) => ReleaseBuilder.Build(Info, Commits, Options, links, Mailmap);

    public static ForgeLinks GitHub => ForgeLinks.Resolve("git@github.com:acme/rocket.git", new ChangelogLinksConfig())!;
}
