using FsCheck;
using FsCheck.Fluent;
using Steward.Core.Commits;

namespace Steward.Core.Tests.Commits;

public class ConventionalCommitParserTests
{
    private const string RacingExample = """
        fix: prevent racing of requests

        Introduce a request id and a reference to latest request. Dismiss
        incoming responses other than from latest request.

        Remove timeouts which were used to mitigate the racing issue but are
        obsolete now.

        Reviewed-by: Z
        Refs: #123
        """;

    // Every example of https://www.conventionalcommits.org/en/v1.0.0/ : message, type, scope, breaking, description.
    public static TheoryData<string, string, string?, bool, string> SpecExamples => new()
    {
        { "feat: allow provided config object to extend other configs\n\nBREAKING CHANGE: `extends` key in config file is now used for extending other config files", "feat", null, true, "allow provided config object to extend other configs" },
        { "feat!: send an email to the customer when a product is shipped", "feat", null, true, "send an email to the customer when a product is shipped" },
        { "feat(api)!: send an email to the customer when a product is shipped", "feat", "api", true, "send an email to the customer when a product is shipped" },
        { "chore!: drop support for Node 6\n\nBREAKING CHANGE: use JavaScript features not available in Node 6.", "chore", null, true, "drop support for Node 6" },
        { "docs: correct spelling of CHANGELOG", "docs", null, false, "correct spelling of CHANGELOG" },
        { "feat(lang): add Polish language", "feat", "lang", false, "add Polish language" },
        { RacingExample, "fix", null, false, "prevent racing of requests" },
        { "revert: let us never again speak of the noodle incident\n\nRefs: 676104e, a215868", "revert", null, false, "let us never again speak of the noodle incident" },
    };

    [Theory]
    [MemberData(nameof(SpecExamples))]
    public void Reads_every_example_of_the_spec(string text, string type, string? scope, bool breaking, string description)
    {
        var message = ConventionalCommitParser.Parse(text);

        message.IsConventional.Should().BeTrue();
        message.Type.Should().Be(type);
        message.Scope.Should().Be(scope);
        message.IsBreaking.Should().Be(breaking);
        message.Description.Should().Be(description);
        message.Subject.Should().Be(text.Split('\n')[0]);
    }

    [Fact]
    public void The_racing_example_has_a_two_paragraph_body_and_two_footers()
    {
        var message = ConventionalCommitParser.Parse(RacingExample);

        message.Body.Should().Be("Introduce a request id and a reference to latest request. Dismiss\nincoming responses other than from latest request.\n\nRemove timeouts which were used to mitigate the racing issue but are\nobsolete now.");
        message.Footers.Should().Equal(new CommitFooter("Reviewed-by", "Z"), new CommitFooter("Refs", "#123"));
    }

    [Fact]
    public void A_breaking_footer_is_the_breaking_note_and_the_bang_alone_uses_the_description()
    {
        ConventionalCommitParser.Parse("chore!: drop support for Node 6\n\nBREAKING CHANGE: use JavaScript features not available in Node 6.")
            .BreakingNotes.Should().Equal("use JavaScript features not available in Node 6.");
        ConventionalCommitParser.Parse("feat(api)!: send an email")
            .BreakingNotes.Should().Equal("send an email");
        ConventionalCommitParser.Parse("feat: x").BreakingNotes.Should().BeEmpty();
    }

    // Hard cases: text, conventional?, type, scope, breaking.
    public static TheoryData<string, bool, string?, string?, bool> HardCases => new()
    {
        { "feat:missing space", false, null, null, false },
        { "feat: ", false, null, null, false },
        { "feat :space before colon", false, null, null, false },
        { "feat(): empty scope", false, null, null, false },
        { "feat(scope: unclosed", false, null, null, false },
        { "feat(a)(b): two scopes", false, null, null, false },
        { "Update README.md", false, null, null, false },
        { "Merge branch 'topic' into main", false, null, null, false },
        { "Merge pull request #12 from dev/topic", false, null, null, false },
        { "fixup! feat: add x", false, null, null, false },
        { "squash! fix: y", false, null, null, false },
        { "Revert \"feat: add x\"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.", false, null, null, false },
        { "FEAT(Parser): upper-case type is the same type", true, "feat", "Parser", false },
        { "Fix!: capitalised type with bang", true, "fix", null, true },
        { "feat(deps-dev)!: scopes may hold dashes", true, "feat", "deps-dev", true },
        { "feat(api/v2): scopes may hold slashes", true, "feat", "api/v2", false },
        { "wip: unknown types still parse", true, "wip", null, false },
        { "feat: a: colon in the description", true, "feat", null, false },
        { "feat: lower-case footer is no breaking change\n\nbreaking change: not the token", true, "feat", null, false },
        { "feat: capitalised footer is no breaking change\n\nBreaking Change: not the token", true, "feat", null, false },
        { "fix: hyphenated synonym\n\nBREAKING-CHANGE: the synonym counts", true, "fix", null, true },
        { "fix: footer straight after the header\nBREAKING CHANGE: still a footer", true, "fix", null, true },
        { "fix: breaking inside the body is text\n\nThe body says\nBREAKING CHANGE: here, not in a footer\nand goes on.", true, "fix", null, false },
        { "feat: crlf line endings\r\n\r\nBREAKING CHANGE: read too\r\n", true, "feat", null, true },
        { "  feat: surrounding space  \n", true, "feat", null, false },
        { "", false, null, null, false },
        { "\n\n", false, null, null, false },
    };

    [Theory]
    [MemberData(nameof(HardCases))]
    public void Reads_the_hard_cases(string text, bool conventional, string? type, string? scope, bool breaking)
    {
        var message = ConventionalCommitParser.Parse(text);

        message.IsConventional.Should().Be(conventional);
        message.Type.Should().Be(type);
        message.Scope.Should().Be(scope);
        message.IsBreaking.Should().Be(breaking);
    }

    [Fact]
    public void A_message_that_is_not_conventional_keeps_its_subject_as_description()
    {
        var message = ConventionalCommitParser.Parse("Update README.md\n\nSigned-off-by: A <a@example.com>");

        message.Description.Should().Be("Update README.md");
        message.Subject.Should().Be("Update README.md");
        message.Footers.Should().Equal(new CommitFooter("Signed-off-by", "A <a@example.com>"));
    }

    [Fact]
    public void Footer_values_run_over_lines_until_the_next_token()
    {
        var message = ConventionalCommitParser.Parse("fix: x\n\nBREAKING CHANGE: first line\n  second line\nRefs: #1\nCloses #42");

        message.Footers.Should().Equal(
            new CommitFooter("BREAKING CHANGE", "first line\n  second line"),
            new CommitFooter("Refs", "#1"),
            new CommitFooter("Closes", "42"));
        message.BreakingNotes.Should().Equal("first line\n  second line");
    }

    [Fact]
    public void A_breaking_change_explained_in_several_paragraphs_keeps_them_all()
    {
        var message = ConventionalCommitParser.Parse("feat: x\n\nSome body.\n\nBREAKING CHANGE: the config moved.\n\nMove config.yml to steward.yml.");

        message.Body.Should().Be("Some body.");
        message.BreakingNotes.Should().Equal("the config moved.\n\nMove config.yml to steward.yml.");
    }

    [Fact]
    public void A_body_paragraph_that_looks_like_a_footer_stays_body_when_text_follows()
    {
        var message = ConventionalCommitParser.Parse("fix: x\n\nNote: this is prose.\n\nMore prose here.\n\nRefs: #7");

        message.Body.Should().Be("Note: this is prose.\n\nMore prose here.");
        message.Footers.Should().Equal(new CommitFooter("Refs", "#7"));
    }

    [Fact]
    public void A_body_without_the_blank_line_is_kept()
    {
        ConventionalCommitParser.Parse("fix: x\nbody right away").Body.Should().Be("body right away");
    }

    [Theory]
    [InlineData("feat(api): add endpoint (#123)", "123")]
    [InlineData("Add endpoint (#9)", "9")]
    [InlineData("feat: add endpoint (#12a)", null)]
    [InlineData("feat: see #123 for more", null)]
    public void Squash_merge_subjects_keep_the_pull_request_reference(string text, string? pullRequest)
    {
        var message = ConventionalCommitParser.Parse(text);

        message.PullRequest.Should().Be(pullRequest);
        message.Description.Should().EndWith(text[^4..]);
    }

    [Theory]
    [InlineData("fixup! feat: x", true)]
    [InlineData("squash! feat: x", true)]
    [InlineData("amend! feat: x", true)]
    [InlineData("feat: fixup! inside", false)]
    public void Autosquash_commits_are_recognised(string text, bool autosquash) =>
        ConventionalCommitParser.Parse(text).IsAutosquash.Should().Be(autosquash);

    [Fact]
    public void Reverts_name_the_commits_they_revert()
    {
        ConventionalCommitParser.Parse("Revert \"feat: x\"\n\nThis reverts commit 0123456789ABCDEF0123456789abcdef01234567.")
            .RevertedShas.Should().Equal("0123456789abcdef0123456789abcdef01234567");
        ConventionalCommitParser.Parse("revert: let us never again speak of the noodle incident\n\nRefs: 676104e, a215868")
            .RevertedShas.Should().Equal("676104e", "a215868");
        ConventionalCommitParser.Parse("fix: x\n\nRefs: 676104e").RevertedShas.Should().BeEmpty();
    }

    [Fact]
    public void Any_text_parses_without_throwing_and_keeps_its_first_line() =>
        Prop.ForAll<string>(text =>
        {
            var message = ConventionalCommitParser.Parse(text ?? string.Empty);
            return message.Subject == (text ?? string.Empty).Split('\n')[0].TrimEnd('\r').Trim()
                || string.IsNullOrWhiteSpace(text);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_header_built_from_parts_reads_back_as_those_parts() =>
        Prop.ForAll<NonEmptyString, bool, bool>((words, withScope, bang) =>
        {
            var description = words.Get.Replace('\n', ' ').Replace('\r', ' ').Trim();
            if (description.Length == 0)
            {
                return true;
            }

            var scope = withScope ? "core" : null;
            var header = $"feat{(scope is null ? string.Empty : $"({scope})")}{(bang ? "!" : string.Empty)}: {description}";
            var parsed = ConventionalCommitParser.ParseHeader(header);
            return parsed is { } p && p.Type == "feat" && p.Scope == scope && p.Breaking == bang && p.Description == description;
        }).QuickCheckThrowOnFailure();
}
