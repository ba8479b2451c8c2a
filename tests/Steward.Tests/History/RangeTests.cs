using Steward.Tests.Support;
using static Steward.Tests.History.NextCommandTests;

namespace Steward.Tests.History;

public class RangeTests
{
    [Fact]
    public void A_shallow_clone_that_misses_the_last_release_is_reported_with_the_fix()
    {
        using var origin = Released("1.2.0");
        origin.Commit("fix: a");
        origin.Commit("feat: b");
        using var clone = TempGitRepository.Clone("file://" + origin.Root, "--depth", "2");
        var before = clone.Snapshot();

        var result = StewardRunner.Run(clone.Root, "next");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().MatchRegex("^steward: error: shallow clone: history stops at [0-9a-f]{7} before reaching a release tag \\(vX.Y.Z\\), so the commits since the last release are unknown; fetch the whole history with 'git fetch --unshallow --tags' \\(GitHub Actions: actions/checkout with 'fetch-depth: 0'\\)\n$");
        clone.Snapshot().Should().Be(before);

        clone.Git("fetch", "-q", "--unshallow", "--tags");
        Next(clone).Should().Be((0, "1.3.0\n"));
    }

    [Fact]
    public void A_shallow_clone_deep_enough_to_reach_the_release_works()
    {
        using var origin = Released("1.2.0");
        origin.Commit("fix: a");
        using var clone = TempGitRepository.Clone("file://" + origin.Root, "--depth", "5");

        Next(clone).Should().Be((0, "1.2.1\n"));
    }

    [Fact]
    public void From_a_release_tag_overrides_the_last_release()
    {
        using var repo = Released("1.0.0");
        repo.Commit("feat: a");
        repo.Tag("v1.1.0");
        repo.Commit("fix: b");

        Next(repo).Should().Be((0, "1.1.1\n"));
        Next(repo, "--from", "v1.0.0").Should().Be((0, "1.1.0\n"));
    }

    [Fact]
    public void From_any_commit_needs_the_version_released_there()
    {
        using var repo = TempGitRepository.Create();
        var base_ = repo.Commit("chore: imported from another system at 4.2.0");
        repo.Commit("feat: a");

        Next(repo, "--from", base_, "--from-version", "4.2.0").Should().Be((0, "4.3.0\n"));
        var result = StewardRunner.Run(repo.Root, "next", "--from", base_);
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"steward: error: --from {base_}: not a release tag (vX.Y.Z); name a release tag, or give the version released there with --from-version V\n");
    }

    [Fact]
    public void To_answers_what_the_release_at_a_revision_should_have_been()
    {
        using var repo = Released("1.0.0");
        repo.Commit("fix: a");
        repo.Tag("v1.0.1");
        repo.Commit("feat: b");
        repo.Tag("v1.1.0");
        repo.Commit("feat!: c");

        Next(repo, "--to", "v1.0.1").Should().Be((0, "1.0.1\n"));
        Next(repo, "--to", "v1.1.0").Should().Be((0, "1.1.0\n"));
        Next(repo, "--to", "HEAD").Should().Be((0, "2.0.0\n"));
    }

    [Theory]
    [InlineData("--to", "no-such-ref", "steward: error: --to no-such-ref: no such commit, branch or tag in this repository; check the name (git tag, git branch -a) or fetch it first\n")]
    [InlineData("--from", "v9.9.9", "steward: error: --from v9.9.9: no such commit, branch or tag in this repository; check the name (git tag, git branch -a) or fetch it first\n")]
    [InlineData("--to", "--all", "steward: error: --to '--all': not a revision; name a tag, branch or commit\n")]
    [InlineData("--from-version", "1.0.0", "steward: error: --from-version needs --from REF: the commit where that version was released\n")]
    public void A_bad_revision_is_one_line_naming_it(string option, string value, string expected)
    {
        using var repo = Released("1.0.0");
        repo.Commit("fix: a");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "next", option + "=" + value);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(expected);
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void An_empty_repository_says_to_commit_first()
    {
        using var repo = TempGitRepository.Create();

        var result = StewardRunner.Run(repo.Root, "next");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: HEAD: the repository has no commits yet; commit first, then ask for the next version\n");
    }

    [Fact]
    public void Next_works_in_a_bare_repository()
    {
        using var origin = Released("1.2.0");
        origin.Commit("feat: a");
        using var bare = TempGitRepository.Clone(origin.Root, "--bare");

        Next(bare).Should().Be((0, "1.3.0\n"));
        StewardRunner.Run(bare.Root, "log").ExitCode.Should().Be(0);
    }

    [Fact]
    public void A_bare_repository_without_tags_reads_VERSION_from_the_commit()
    {
        using var origin = TempGitRepository.Create();
        origin.WriteFile("VERSION", "2.5.0\n").Commit("feat: a");
        using var bare = TempGitRepository.Clone(origin.Root, "--bare");

        Next(bare).Should().Be((0, "2.5.0\n"));
    }

    [Fact]
    public void Bump_and_as_force_the_result_and_say_so()
    {
        using var repo = Released("1.2.0");
        repo.Commit("fix: a");

        var bump = StewardRunner.Run(repo.Root, "next", "--bump", "major");
        bump.Should().Be(new StewardResult(0, "2.0.0\n", "steward: --bump forces a major bump (the commits ask for patch)\n"));

        var forced = StewardRunner.Run(repo.Root, "next", "--as", "1.5.0");
        forced.Should().Be(new StewardResult(0, "1.5.0\n", "steward: --as forces 1.5.0 (the commits ask for patch)\n"));

        var lower = StewardRunner.Run(repo.Root, "next", "--as", "1.1.0");
        lower.ExitCode.Should().Be(2);
        lower.Error.Should().Be("steward: error: --as 1.1.0: must be greater than the last release or prerelease, v1.2.0\n");

        var both = StewardRunner.Run(repo.Root, "next", "--as", "2.0.0", "--pre", "rc");
        both.Should().Be(new StewardResult(2, string.Empty, "steward: error: --as gives the whole version, prerelease included (e.g. --as 2.0.0-rc.1); drop --pre\n"));

        var bad = StewardRunner.Run(repo.Root, "next", "--as", "one");
        bad.ExitCode.Should().Be(2);
        bad.Error.Should().StartWith("steward: error: --as one: ");
    }

    [Fact]
    public void Bump_forces_a_release_even_when_the_commits_ask_for_none()
    {
        using var repo = Released("1.2.0");
        repo.Commit("docs: a");

        Next(repo, "--bump", "patch").Should().Be((0, "1.2.1\n"));
    }

    [Fact]
    public void A_bare_repository_reads_steward_yml_from_HEAD()
    {
        using var origin = TempGitRepository.Create();
        origin.WriteFile("steward.yml", "tagPrefix: api-v\n").Commit("chore: config");
        origin.Tag("api-v3.0.0").Tag("v9.0.0");
        origin.Commit("fix: a");
        using var bare = TempGitRepository.Clone(origin.Root, "--bare");

        Next(bare).Should().Be((0, "3.0.1\n"));
    }

    [Fact]
    public void Lint_applies_the_configured_scopes()
    {
        using var repo = Released("1.0.0");
        repo.WriteFile("steward.yml", "commits:\n  lint:\n    scopes: [api, cli]\n    requireScope: true\n").Commit("chore(cli): config");
        var bad = repo.Commit("fix(core): a");

        var result = StewardRunner.Run(repo.Root, "lint");

        result.ExitCode.Should().Be(1);
        result.Out.Should().Be($"{bad[..7]}: scope-enum: scope 'core' is not one of the allowed scopes; use one of api, cli\n1 problem in 1 of 2 commits; reword them with 'git rebase -i' before merging\n");
    }

    [Theory]
    [InlineData("next")]
    [InlineData("log")]
    [InlineData("lint")]
    [InlineData("hooks", "install")]
    public void Outside_a_repository_the_history_verbs_say_where_to_run(params string[] verb)
    {
        var directory = Directory.CreateTempSubdirectory("steward-test-").FullName;
        try
        {
            var result = StewardRunner.Run(directory, verb);

            result.ExitCode.Should().Be(2);
            result.Error.Replace(directory, "DIR", StringComparison.Ordinal).Should().StartWith("steward: error: DIR is not inside a git repository; run Steward in one");
            result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
