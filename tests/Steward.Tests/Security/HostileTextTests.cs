using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Steward.Tests.Security;

/// <summary>
/// Text from git goes through one sanitiser for where it is going: a subject never makes a heading in CHANGELOG.md, a
/// name never makes a link or an image in the notes, and control characters never reach a terminal raw (issue 14).
/// </summary>
public sealed class HostileTextTests : IDisposable
{
    private readonly HostileRepository repo = new();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void A_carriage_return_in_a_subject_never_becomes_a_release_heading_now_or_at_the_next_release()
    {
        repo.Contribute("feat: b\r## [1.2.0] - 2030-01-01\r- attacker entry");

        var first = repo.Run("release");

        first.ExitCode.Should().Be(0, first.Error);
        var changelog = repo.Work.ReadFile("CHANGELOG.md");
        changelog.Should().NotContain("\r");
        changelog.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Should().ContainSingle().Which.Should().StartWith("## 1.1.0");
        changelog.Should().Contain("- b ## \\[1.2.0\\] - 2030-01-01 - attacker entry");

        repo.Contribute("fix: the real 1.1.1");
        var second = repo.Run("release");

        second.ExitCode.Should().Be(0, second.Error);
        var headings = repo.Work.ReadFile("CHANGELOG.md").Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        headings.Should().HaveCount(2);
        headings[0].Should().StartWith("## 1.1.1");
        headings[1].Should().StartWith("## 1.1.0");
        repo.Work.ReadFile("CHANGELOG.md").Should().Contain("attacker entry", "the real 1.1.0 entry is kept");
    }

    [Fact]
    public void Author_co_author_and_mailmap_names_never_become_links_or_images_in_the_notes()
    {
        repo.Work.WriteFile(".mailmap", "![pixel](https://evil.example/track.png) <mapped@example.com>\n");
        repo.Contribute("fix: x", "[Security fix](https://evil.example)", "eve@example.com");
        repo.Contribute("fix: y\n\nCo-authored-by: <img src=https://evil.example/t.png> [Win](https://evil.example) <co@example.com>");
        repo.Contribute("fix: z", "Someone", "mapped@example.com");

        var result = repo.Run("notes");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("\\[Security fix\\]\\(https\\://evil.example\\)");
        var document = Markdown.Parse(result.Out, new MarkdownPipelineBuilder().UsePipeTables().Build());
        document.Descendants<LinkInline>().Should().BeEmpty("there is no forge, so Steward makes no link, and nobody else may:\n" + result.Out);
        document.Descendants<AutolinkInline>().Should().BeEmpty();
        document.Descendants<HtmlInline>().Should().BeEmpty();
        document.Descendants<HtmlBlock>().Should().BeEmpty();
    }

    [Fact]
    public void Control_characters_in_version_are_shown_escaped_never_sent_to_the_terminal()
    {
        repo.Work.WriteFile("VERSION", "1.0.0\u001b[2J\u001b]0;pwned\u0007\n");
        repo.Contribute("chore: version");
        var before = repo.State();

        var result = repo.Run("version");

        repo.ShouldBeRefused(result, before, "VERSION:1:");
        result.Error.Should().Contain("1.0.0\\x1b[2J\\x1b]0;pwned\\x07").And.NotContain("\u001b").And.NotContain("\u0007");
    }

    [Fact]
    public void Control_characters_in_subjects_are_escaped_in_the_log_and_the_plan_and_kept_out_of_the_changelog()
    {
        repo.Contribute("fix: beep\u001b]0;pwned\u0007 and \u202Egnp.exe");

        var log = repo.Run("log");
        var plan = repo.Run("release", "--dry-run");

        log.ExitCode.Should().Be(0, log.Error);
        log.Out.Should().Contain("beep\\x1b]0;pwned\\x07 and \\u202egnp.exe").And.NotContain("\u001b").And.NotContain("\u202E");
        plan.ExitCode.Should().Be(0, plan.Error);
        plan.Out.Should().NotContain("\u001b").And.NotContain("\u0007").And.NotContain("\u202E");
        var release = repo.Run("release");
        release.ExitCode.Should().Be(0, release.Error);
        repo.Work.ReadFile("CHANGELOG.md").Should().Contain("beep\\]0;pwned and gnp.exe").And.NotContain("\u001b");
        repo.Work.Git("tag", "-l", "--format=%(contents)", "v1.1.0").Should().NotContain("\u001b").And.NotContain("\u202E");
    }
}
