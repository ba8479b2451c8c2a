using Steward.Core.Changelog;
using Steward.Core.Configuration;
using static Steward.Core.Tests.Changelog.Commits;

namespace Steward.Core.Tests.Changelog;

public class ReleaseBuilderTests
{
    private static readonly ReleaseInfo Info = new("1.0.0", "v1.0.0", new DateOnly(2026, 11, 21), null, null);

    private static List<string> Descriptions(Release release, string key) =>
        release.Sections.Single(s => s.Key == key).Entries.Select(e => e.Description).ToList();

    [Fact]
    public void Every_kind_of_commit_lands_in_its_section()
    {
        var release = Scenario.Build(null);

        Descriptions(release, SectionKeys.Breaking).Should().Equal("stream the export");
        Descriptions(release, SectionKeys.Security).Should().Equal("escape shell arguments", "rotate the signing key");
        // A feat is a feature first; its deprecation note lists it under Deprecations as well.
        Descriptions(release, SectionKeys.Features).Should().Equal("add dark mode", "add the v2 endpoint", "add an option");
        Descriptions(release, SectionKeys.Fixes).Should().Equal("drop the <b>broken</b> | pipe handling", "# keep headings out");
        Descriptions(release, SectionKeys.Performance).Should().Equal("cache parsed templates");
        Descriptions(release, SectionKeys.Deprecations).Should().Equal("add the v2 endpoint", "the --legacy flag");
        Descriptions(release, SectionKeys.Dependencies).Should().Equal(
            "bump yaml from 1.0.0 to 1.1.0", "Bump markdig from 0.40.0 to 1.6.0", "update handlebars to 2.4.3");
        Descriptions(release, SectionKeys.Documentation).Should().Equal("explain templates");
        Descriptions(release, SectionKeys.Reverts).Should().Equal("add the flaky retry");
    }

    [Fact]
    public void A_section_named_after_a_scope_does_not_repeat_it()
    {
        var release = Scenario.Build(null);

        release.Sections.Single(s => s.Key == SectionKeys.Dependencies).Entries.Should().OnlyContain(e => e.Scope == null);
        release.Sections.Single(s => s.Key == SectionKeys.Features).Entries[0].Scope.Should().Be("ui");
    }

    [Fact]
    public void Sections_come_in_the_fixed_order_with_breaking_changes_first() =>
        Scenario.Build(null).Sections.Select(s => s.Title).Should().Equal(
            "Breaking Changes", "Security", "Features", "Enhancements", "Bug Fixes", "Performance", "Deprecations",
            "Dependencies", "Documentation", "Reverts");

    [Fact]
    public void Hidden_types_skipped_commits_merges_fixups_and_other_commits_are_not_listed()
    {
        var all = Scenario.Build(null).Sections.SelectMany(s => s.Entries).Select(e => e.Description).ToList();

        all.Should().NotContain(["split the renderer", "tidy up", "cache nuget", "more golden files", "pin the SDK", "format",
            "Merge branch 'main' into topic", "fixup! add dark mode", "Update the README by hand", "add a hidden experiment"]);
    }

    [Fact]
    public void Breaking_changes_carry_their_migration_text()
    {
        var entry = Scenario.Build(null).BreakingChanges.Should().ContainSingle().Subject;

        entry.Scope.Should().Be("api");
        entry.BreakingNotes.Should().Equal("export() now returns an async stream.\nCall ToListAsync() where a list is needed.");
    }

    [Fact]
    public void A_bang_without_a_footer_has_no_notes_beyond_its_description()
    {
        var commit = Make("feat", "remove v1", breaking: true, breakingNotes: ["remove v1"]);

        var release = ReleaseBuilder.Build(Info, [commit], ChangelogOptions.Default, null);

        release.BreakingChanges.Should().ContainSingle().Which.BreakingNotes.Should().BeEmpty();
    }

    [Fact]
    public void Contributors_are_distinct_after_mailmap_with_coauthors_and_without_bots()
    {
        var release = Scenario.Build(Scenario.GitHub);

        release.Contributors.Select(p => p.Name).Should().Equal("Ada Lovelace", "Alan Turing", "Grace Hopper", "Margaret Hamilton");
        release.Contributors.Single(p => p.Name == "Grace Hopper").Handle.Should().Be("grace");
        release.Contributors.Single(p => p.Name == "Grace Hopper").ProfileUrl.Should().Be("https://github.com/grace");
    }

    [Fact]
    public void Mailmap_is_asked_once_with_every_identity()
    {
        var calls = new List<IReadOnlyCollection<Identity>>();

        ReleaseBuilder.Build(Scenario.Info, Scenario.Commits, Scenario.Options, null, ids =>
        {
            calls.Add(ids);
            return new Dictionary<Identity, Identity>();
        });

        calls.Should().ContainSingle().Which.Should().Contain(new Identity("Ada L.", "ada.old@example.com"))
            .And.Contain(new Identity("Grace Hopper", "1234+grace@users.noreply.github.com"));
    }

    [Fact]
    public void References_are_taken_from_the_subject_and_footers_with_links()
    {
        var release = Scenario.Build(Scenario.GitHub);
        var features = release.Sections.Single(s => s.Key == SectionKeys.Features).Entries;
        var fix = release.Sections.Single(s => s.Key == SectionKeys.Fixes).Entries[0];
        var security = release.Sections.Single(s => s.Key == SectionKeys.Security).Entries[0];

        features[0].References.Should().Equal(new EntryReference(ReferenceKind.PullRequest, "#41", "https://github.com/acme/rocket/pull/41"));
        fix.References.Should().Equal(new EntryReference(ReferenceKind.Issue, "#17", "https://github.com/acme/rocket/issues/17"));
        security.References.Should().Equal(new EntryReference(ReferenceKind.Advisory, "CVE-2026-1234", "https://www.cve.org/CVERecord?id=CVE-2026-1234"));
        fix.CommitUrl.Should().Be($"https://github.com/acme/rocket/commit/{fix.Sha}");
        fix.ShortSha.Should().Be(fix.Sha[..7]);
        release.CompareUrl.Should().Be("https://github.com/acme/rocket/compare/v1.3.2...v1.4.0");
    }

    [Fact]
    public void Without_links_nothing_is_linked()
    {
        var release = Scenario.Build(null);

        release.CompareUrl.Should().BeNull();
        release.Sections.SelectMany(s => s.Entries).Should().OnlyContain(e => e.CommitUrl == null && e.References.All(r => r.Url == null || r.Kind == ReferenceKind.Advisory));
    }

    [Fact]
    public void Configuration_changes_titles_order_types_hidden_types_scope_and_filters()
    {
        var options = ChangelogOptions.From(new ChangelogConfig
        {
            Titles = { ["features"] = "Added", ["internal"] = "Internal" },
            Order = ["features", "internal", "fixes"],
            Types = { ["refactor"] = "internal" },
            HiddenTypes = ["fix"],
            ShowScope = false,
            Exclude = ["^feat: add an? option"],
        });
        var commits = new[]
        {
            Make("feat", "add x", scope: "core"),
            Make("feat", "add an option"),
            Make("refactor", "split y"),
            Make("fix", "repair z"),
        };

        var release = ReleaseBuilder.Build(Info, commits, options, null);

        release.Sections.Select(s => (s.Title, string.Join(",", s.Entries.Select(e => e.Description))))
            .Should().Equal(("Added", "add x"), ("Internal", "split y"), ("Bug Fixes", string.Empty));
        release.Sections[0].Entries[0].Scope.Should().BeNull();
    }

    [Fact]
    public void A_breaking_change_falls_back_to_its_type_section_when_breaking_changes_are_not_shown()
    {
        var options = ChangelogOptions.From(new ChangelogConfig { Order = ["fixes"] });

        var release = ReleaseBuilder.Build(Info, [Make("fix", "reject empty names", breaking: true)], options, null);

        release.Sections.Single().Entries.Single().IsBreaking.Should().BeTrue();
        release.BreakingChanges.Should().BeEmpty();
    }

    [Fact]
    public void A_section_in_the_order_without_a_title_is_an_error()
    {
        var act = () => ChangelogOptions.From(new ChangelogConfig { Order = ["features", "misc"] });

        act.Should().Throw<Core.Errors.StewardException>().Which.Message.Should().Contain("'misc' has no title");
    }

    [Theory]
    [InlineData("order", "changelog.order lists 'features' twice")]
    [InlineData("order-null", "changelog.order has an empty item")]
    [InlineData("types-null", "changelog.types.feat has an empty item")]
    [InlineData("titles-empty", "changelog.titles.features is empty")]
    [InlineData("hidden-null", "changelog.hiddenTypes has an empty item")]
    [InlineData("exclude-null", "changelog.exclude has an empty item")]
    [InlineData("skip-null", "changelog.skipCommits has an empty item")]
    [InlineData("file-empty", "changelog.file is empty")]
    public void Empty_or_repeated_values_are_errors_naming_the_key(string mistake, string message)
    {
        // YAML reads "- " and "key: ~" as null: each must be a one-line error, not a crash while rendering.
        var config = mistake switch
        {
            "order" => new ChangelogConfig { Order = ["features", "fixes", "features"] },
            "order-null" => new ChangelogConfig { Order = ["features", null!] },
            "types-null" => new ChangelogConfig { Types = { ["feat"] = null! } },
            "titles-empty" => new ChangelogConfig { Titles = { ["features"] = " " } },
            "hidden-null" => new ChangelogConfig { HiddenTypes = [null!] },
            "exclude-null" => new ChangelogConfig { Exclude = [null!] },
            "skip-null" => new ChangelogConfig { SkipCommits = [null!] },
            _ => new ChangelogConfig { File = string.Empty },
        };

        var act = () => ChangelogOptions.From(config);

        var error = act.Should().Throw<Core.Errors.StewardException>().Which;
        error.Kind.Should().Be(Core.Errors.FailureKind.InvalidInput);
        error.Message.Should().StartWith("steward.yml: " + message).And.NotContain("\n");
    }

    [Fact]
    public void Hidden_types_are_matched_whatever_their_case()
    {
        var options = ChangelogOptions.From(new ChangelogConfig { HiddenTypes = ["FEAT"] });

        var release = ReleaseBuilder.Build(Info, [Make("feat", "add x"), Make("Feat", "add y")], options, null);

        release.HasEntries.Should().BeFalse();
    }

    [Fact]
    public void A_bad_regex_or_sha_is_an_error_naming_the_key()
    {
        ((Action)(() => ChangelogOptions.From(new ChangelogConfig { Exclude = ["(unclosed"] })))
            .Should().Throw<Core.Errors.StewardException>().Which.Message.Should().Contain("changelog.exclude '(unclosed'");
        ((Action)(() => ChangelogOptions.From(new ChangelogConfig { SkipCommits = ["xyz"] })))
            .Should().Throw<Core.Errors.StewardException>().Which.Message.Should().Contain("changelog.skipCommits 'xyz'");
    }

    [Fact]
    public void GitLab_squash_references_point_at_issues_and_merge_requests()
    {
        var links = Core.Changelog.Links.ForgeLinks.Resolve("https://gitlab.com/g/p.git", new ChangelogLinksConfig());
        var release = ReleaseBuilder.Build(Info, [Make("fix", "a (#3)"), Make("fix", "b (!4)")], ChangelogOptions.Default, links);

        release.Sections.Single(s => s.Key == "fixes").Entries.SelectMany(e => e.References).Select(r => r.Url)
            .Should().Equal("https://gitlab.com/g/p/-/issues/3", "https://gitlab.com/g/p/-/merge_requests/4");
    }

    [Fact]
    public void Azure_merged_pr_subjects_keep_the_pull_request()
    {
        var links = Core.Changelog.Links.ForgeLinks.Resolve("https://dev.azure.com/o/p/_git/r", new ChangelogLinksConfig());
        var release = ReleaseBuilder.Build(Info, [Make(null, "Merged PR 12: fix: the thing")], ChangelogOptions.From(new ChangelogConfig { Order = ["other"] }), links);

        var entry = release.Sections[0].Entries.Should().ContainSingle().Subject;
        entry.Description.Should().Be("fix: the thing");
        entry.References.Single().Url.Should().Be("https://dev.azure.com/o/p/_git/r/pullrequest/12");
    }
}
