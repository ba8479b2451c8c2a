using Steward.Core.Commits;
using Steward.Core.Configuration;

namespace Steward.Core.Tests.Commits;

public class CommitLinterTests
{
    private static readonly CommitLinter Default = new(new CommitLintConfig(), new BumpPolicy(new CommitsConfig()));

    [Theory]
    [InlineData("feat: add a thing")]
    [InlineData("fix(parser)!: change a thing\n\nWhy it changed.\n\nBREAKING CHANGE: what users do now\nRefs: #12")]
    [InlineData("revert: let us never again speak of the noodle incident\n\nRefs: 676104e, a215868")]
    [InlineData("chore(deps): bump x from 1 to 2 (#44)")]
    public void Good_messages_pass(string message) => Default.Lint(message).Should().BeEmpty();

    // message -> the rules it breaks, in order.
    public static TheoryData<string, string[]> BadMessages => new()
    {
        { "", ["header-format"] },
        { "Update README.md", ["header-format"] },
        { "feat:no space", ["header-format"] },
        { "feat : space before", ["header-format"] },
        { "feat: ", ["header-format"] },
        { "feat(): empty scope", ["header-format"] },
        { "Revert \"feat: x\"", ["header-format"] },
        { "feature: not a known type", ["type-enum"] },
        { "Feat: capitalised type", ["type-case"] },
        { "feat: " + new string('x', 120), ["header-max-length"] },
        { "feat: body straight after\nthe header", ["body-leading-blank"] },
        { "feat: lower case\n\nbreaking change: hides a major release", ["breaking-change-case"] },
        { "feat: lower case\n\nBreaking-Change: hides a major release", ["breaking-change-case"] },
        { "feat: in the body\n\nSome text\nBREAKING CHANGE: not a footer\nmore text", ["breaking-change-footer"] },
    };

    [Theory]
    [MemberData(nameof(BadMessages))]
    public void Bad_messages_name_the_rule_they_break(string message, string[] rules) =>
        Default.Lint(message).Select(v => v.Rule).Should().Equal(rules);

    [Fact]
    public void Each_violation_says_what_is_wrong_and_how_to_fix_it()
    {
        Default.Lint("feat:no space").Single().ToString()
            .Should().Be("header-format: 'feat:no space' has no space after the colon; write 'feat: no space'");
        Default.Lint("feature: x").Single().ToString()
            .Should().Be("type-enum: type 'feature' is not one of the allowed types; use one of build, chore, ci, docs, feat, fix, perf, refactor, revert, style, test (or add it under commits.lint.types in steward.yml)");
    }

    [Fact]
    public void Configured_types_scopes_and_length_apply()
    {
        var config = new CommitsConfig { Types = { ["deps"] = "patch" } };
        config.Lint.Scopes.Add("api");
        config.Lint.RequireScope = true;
        config.Lint.MaxHeaderLength = 20;
        var linter = new CommitLinter(config.Lint, new BumpPolicy(config));

        linter.Lint("deps(api): bump").Should().BeEmpty();
        linter.Lint("feat: x").Select(v => v.Rule).Should().Equal("scope-required");
        linter.Lint("feat(cli): x").Select(v => v.Rule).Should().Equal("scope-enum");
        linter.Lint("feat(api): a header that is too long").Select(v => v.Rule).Should().Equal("header-max-length");
    }

    [Theory]
    [InlineData("Merge branch 'topic'", true)]
    [InlineData("Merge pull request #1 from a/b", true)]
    [InlineData("fixup! feat: x", true)]
    [InlineData("Revert \"feat: x\"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.", true)]
    [InlineData("Revert \"feat: x\"", false)]
    [InlineData("feat: x", false)]
    public void Messages_git_writes_itself_are_exempt(string message, bool exempt) =>
        CommitLinter.IsExempt(message).Should().Be(exempt);
}
