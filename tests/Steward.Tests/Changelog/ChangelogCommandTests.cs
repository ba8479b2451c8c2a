using System.Text;
using Steward.Tests.Support;

namespace Steward.Tests.Changelog;

public class ChangelogCommandTests
{
    [Fact]
    public void Creates_the_changelog_with_a_header_and_the_next_version()
    {
        using var repo = ChangelogRepository.Create();

        var result = StewardRunner.Run(repo.Root, "changelog");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("CHANGELOG.md: added 2.0.0\n");
        Golden.Assert("Changelog/changelog-created.md", repo.ReadFile("CHANGELOG.md"));
        repo.ReadFile("CHANGELOG.md").Should().NotContain(ChangelogRepository.Token).And.NotContain("ci-bot");
    }

    [Fact]
    public void Running_twice_changes_nothing_the_second_time()
    {
        using var repo = ChangelogRepository.Create();
        StewardRunner.Run(repo.Root, "changelog").ExitCode.Should().Be(0);
        var before = repo.Snapshot();

        var second = StewardRunner.Run(repo.Root, "changelog");

        second.ExitCode.Should().Be(0, second.Error);
        second.Out.Should().Be("CHANGELOG.md: already up to date for 2.0.0\n");
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Splices_into_a_hand_written_changelog_keeping_it_byte_for_byte()
    {
        using var repo = ChangelogRepository.Create();
        var handWritten = "\uFEFF# Rocket changes\r\n\r\nWritten by hand, *kept*  as is.\r\n\r\n## [Unreleased]\r\n\r\n## [1.0.0] - 2024-03-01\r\n### Added\r\n- retry  \r\n\r\n## 0.9.0\r\n\r\nFirst.";
        repo.WriteBytes("CHANGELOG.md", Encoding.UTF8.GetBytes(handWritten));

        var result = StewardRunner.Run(repo.Root, "changelog");

        result.ExitCode.Should().Be(0, result.Error);
        var bytes = File.ReadAllBytes(repo.FullPath("CHANGELOG.md"));
        var text = Encoding.UTF8.GetString(bytes);
        var at = handWritten.IndexOf("## [1.0.0]", StringComparison.Ordinal);
        text.Should().StartWith(handWritten[..at]).And.EndWith(handWritten[at..]);
        text[at..^(handWritten.Length - at)].Should().StartWith("## [2.0.0](https://github.com/acme/rocket/compare/v1.0.0...v2.0.0) - 2026-11-21\r\n");
        text[at..^(handWritten.Length - at)].Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n");
    }

    [Fact]
    public void A_hand_edited_entry_is_replaced_only_with_force()
    {
        using var repo = ChangelogRepository.Create();
        StewardRunner.Run(repo.Root, "changelog").ExitCode.Should().Be(0);
        var generated = repo.ReadFile("CHANGELOG.md");
        repo.WriteFile("CHANGELOG.md", generated.Replace("cache parsed templates", "cache parsed templates (much faster)", StringComparison.Ordinal));
        var before = repo.Snapshot();

        var refused = StewardRunner.Run(repo.Root, "changelog");

        refused.ExitCode.Should().Be(1);
        Golden.Assert("Changelog/error-hand-edited.txt", refused.Error);
        repo.Snapshot().Should().Be(before);

        var forced = StewardRunner.Run(repo.Root, "changelog", "--force");

        forced.ExitCode.Should().Be(0, forced.Error);
        repo.ReadFile("CHANGELOG.md").Should().Be(generated);
    }

    [Fact]
    public void Dry_run_prints_a_diff_git_can_apply_and_writes_nothing()
    {
        using var repo = ChangelogRepository.Create();
        repo.WriteFile("CHANGELOG.md", "# Changelog\n\n## 1.0.0\n\nOld.\n");
        repo.Commit("docs: a changelog by hand", "Ada Lovelace", "ada@example.com");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "changelog", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        repo.Snapshot().Should().Be(before);
        result.Out.Should().StartWith("diff --git a/CHANGELOG.md b/CHANGELOG.md\n");
        repo.WriteFile("change.diff", result.Out);
        repo.Git("apply", "--check", "change.diff");
        repo.Git("apply", "change.diff");
        File.Delete(repo.FullPath("change.diff"));
        StewardRunner.Run(repo.Root, "changelog").Out.Should().Be("CHANGELOG.md: already up to date for 2.0.0\n");
    }

    [Fact]
    public void An_explicit_version_is_used_as_given()
    {
        using var repo = ChangelogRepository.Create();

        var result = StewardRunner.Run(repo.Root, "changelog", "--version", "1.1.0-rc.1");

        result.ExitCode.Should().Be(0, result.Error);
        repo.ReadFile("CHANGELOG.md").Should().Contain("## [1.1.0-rc.1](https://github.com/acme/rocket/compare/v1.0.0...v1.1.0-rc.1) - 2026-11-21\n");
    }

    [Fact]
    public void Regenerate_rebuilds_every_release_from_the_tags_keeping_the_preamble()
    {
        using var repo = ChangelogRepository.Create();
        ChangelogRepository.TagAt(repo, "v2.0.0", "2024-04-01T12:00:00Z");
        repo.WriteFile("CHANGELOG.md", "# Our history\n\nKept.\n\n## 0.0.1\n\nA release that never was.\n");

        var result = StewardRunner.Run(repo.Root, "changelog", "--regenerate");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("CHANGELOG.md: regenerated from 3 release tags\n");
        Golden.Assert("Changelog/changelog-regenerated.md", repo.ReadFile("CHANGELOG.md"));
        StewardRunner.Run(repo.Root, "changelog", "--regenerate").Out.Should().Be("CHANGELOG.md: already matches the release tags\n");
    }

    [Fact]
    public void Regenerate_with_dry_run_prints_the_diff_and_writes_nothing()
    {
        using var repo = ChangelogRepository.Create();
        repo.WriteFile("CHANGELOG.md", "# Our history\n\n## 0.0.1\n\nGone.\n");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "changelog", "--regenerate", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("diff --git a/CHANGELOG.md b/CHANGELOG.md\n").And.Contain("\n-Gone.\n").And.Contain("\n+## [1.0.0](");
        repo.Snapshot().Should().Be(before);
        Directory.EnumerateFiles(repo.Root, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void Regenerate_without_release_tags_is_an_error()
    {
        using var repo = TempGitRepository.Create();
        repo.Commit("feat: one", "Ada Lovelace", "ada@example.com");
        repo.Tag("latest");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "changelog", "--regenerate");

        result.ExitCode.Should().Be(2);
        Golden.Assert("Changelog/error-regenerate-no-tags.txt", result.Error);
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Without_a_remote_there_are_no_links()
    {
        using var repo = ChangelogRepository.Create(remote: string.Empty);

        var result = StewardRunner.Run(repo.Root, "changelog");

        result.ExitCode.Should().Be(0, result.Error);
        repo.ReadFile("CHANGELOG.md").Should().NotContain("acme").And.NotContain("/commit/").And.Contain("## 2.0.0 - 2026-11-21\n");
    }

    [Fact]
    public void A_section_without_a_title_in_the_configuration_is_an_error()
    {
        using var repo = ChangelogRepository.Create();
        repo.WriteFile("steward.yml", "changelog:\n  order: [features, misc]\n");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "changelog");

        result.ExitCode.Should().Be(2);
        Golden.Assert("Changelog/error-config-section.txt", result.Error);
        repo.Snapshot().Should().Be(before);
    }

    [Theory]
    [InlineData("changelog:\n", "steward.yml:1: this key has no value")]
    [InlineData("changelog:\n  links:\n", "steward.yml:2: this key has no value")]
    [InlineData("changelog:\n  titles:\n    features: ~\n", "steward.yml: changelog.titles.features is empty")]
    [InlineData("changelog:\n  types:\n    feat:\n", "steward.yml: changelog.types.feat has an empty item")]
    [InlineData("changelog:\n  order: [features, features]\n", "steward.yml: changelog.order lists 'features' twice")]
    [InlineData("changelog:\n  skipCommits:\n    -\n", "steward.yml: changelog.skipCommits has an empty item")]
    [InlineData("changelog:\n  titles: [a]\n", "steward.yml:2:")]
    public void A_malformed_changelog_section_is_a_one_line_error_and_changes_nothing(string yaml, string message)
    {
        using var repo = ChangelogRepository.Create();
        repo.WriteFile("steward.yml", yaml);
        var before = repo.Snapshot();

        foreach (var args in new[] { new[] { "changelog" }, ["notes"] })
        {
            var result = StewardRunner.Run(repo.Root, args);

            result.ExitCode.Should().Be(2, result.Error);
            result.Error.Should().StartWith("steward: error: " + message);
            result.Error.TrimEnd('\n').Should().NotContain("\n");
            repo.Snapshot().Should().Be(before);
        }
    }

    [Fact]
    public void Configuration_is_applied()
    {
        using var repo = ChangelogRepository.Create(remote: "git@gitlab.com:acme/rocket.git");
        repo.WriteFile("steward.yml", "changelog:\n  titles:\n    features: Added\n    other: Internal\n  types:\n    refactor: other\n  order: [features, other, documentation]\n  exclude: ['^docs']\n  showScope: false\n");

        var result = StewardRunner.Run(repo.Root, "changelog", "--version", "1.1.0");

        result.ExitCode.Should().Be(0, result.Error);
        Golden.Assert("Changelog/changelog-configured.md", repo.ReadFile("CHANGELOG.md"));
    }

    [Fact]
    public void Nothing_to_release_exits_3_and_writes_nothing()
    {
        using var repo = TempGitRepository.Create();
        repo.Commit("feat: one", "Ada Lovelace", "ada@example.com");
        ChangelogRepository.TagAt(repo, "v1.0.0", "2024-03-01T12:00:00Z");
        repo.Commit("chore: tidy", "Ada Lovelace", "ada@example.com");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "changelog");

        result.ExitCode.Should().Be(3);
        Golden.Assert("Changelog/error-nothing-to-release.txt", result.Error);
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_changelog_that_is_not_utf8_is_an_error_and_stays_as_it_was()
    {
        using var repo = ChangelogRepository.Create();
        repo.WriteBytes("CHANGELOG.md", [0x23, 0x20, 0xC3, 0x28, 0x0A]);
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "changelog");

        result.ExitCode.Should().Be(2);
        Golden.Assert("Changelog/error-not-utf8.txt", result.Error);
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_template_with_a_syntax_error_is_reported_with_its_file_and_line()
    {
        using var repo = ChangelogRepository.Create();
        repo.WriteFile("templates/changelog.hbs", "## {{version}}\n\n{{#each sections}}\n### {{title}\n{{/each}}\n");
        repo.WriteFile("steward.yml", "changelog:\n  template: templates/changelog.hbs\n");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "changelog");

        result.ExitCode.Should().Be(2);
        Golden.Assert("Changelog/error-template-syntax.txt", result.Error);
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void An_unknown_template_name_is_an_error()
    {
        using var repo = ChangelogRepository.Create();

        var result = StewardRunner.Run(repo.Root, "changelog", "--template", "keep-a-changelog");

        result.ExitCode.Should().Be(2);
        Golden.Assert("Changelog/error-unknown-template.txt", result.Error);
        File.Exists(repo.FullPath("CHANGELOG.md")).Should().BeFalse();
    }

    [Fact]
    public void A_version_that_is_not_one_is_an_error()
    {
        using var repo = ChangelogRepository.Create();

        var result = StewardRunner.Run(repo.Root, "changelog", "--version", "banana");

        result.ExitCode.Should().Be(2);
        Golden.Assert("Changelog/error-bad-version.txt", result.Error);
    }

    [Fact]
    public void Help_is_complete()
    {
        var result = StewardRunner.Run(Path.GetTempPath(), "changelog", "--help");

        result.ExitCode.Should().Be(0);
        Golden.Assert("Changelog/help-changelog.txt", result.Out);
    }
}
