using Steward.Tests.Support;

namespace Steward.Tests.History;

public class NextCommandTests
{
    [Fact]
    public void Without_a_release_tag_the_first_release_is_VERSION_as_written()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "1.4.0\n").Commit("chore: start");

        Next(repo).Should().Be((0, "1.4.0\n"));
    }

    [Fact]
    public void Without_a_release_tag_or_VERSION_the_first_release_is_0_1_0()
    {
        using var repo = TempGitRepository.Create();
        repo.Commit("docs: start");

        Next(repo).Should().Be((0, "0.1.0\n"));
    }

    [Theory]
    [InlineData("feat: add a thing", "1.3.0")]
    [InlineData("fix: mend a thing", "1.2.1")]
    [InlineData("perf: speed a thing up", "1.2.1")]
    [InlineData("feat!: drop a thing", "2.0.0")]
    [InlineData("fix(api)!: change a thing", "2.0.0")]
    [InlineData("refactor: rework\n\nBREAKING CHANGE: the config key moved", "2.0.0")]
    [InlineData("chore: x\n\nBREAKING-CHANGE: the synonym counts too", "2.0.0")]
    [InlineData("FEAT: upper-case types are the same type", "1.3.0")]
    public void The_commits_since_the_last_release_decide_the_bump(string message, string expected)
    {
        using var repo = Released("1.2.0");
        repo.Commit("docs: explain");
        repo.Commit(message);
        repo.Commit("chore: tidy");

        Next(repo).Should().Be((0, expected + "\n"));
    }

    [Fact]
    public void The_highest_bump_wins()
    {
        using var repo = Released("1.2.0");
        repo.Commit("fix: a");
        repo.Commit("feat: b");
        repo.Commit("fix: c");

        Next(repo).Should().Be((0, "1.3.0\n"));
    }

    [Fact]
    public void Nothing_releasable_says_so_and_exits_3()
    {
        using var repo = Released("1.2.0");
        repo.Commit("docs: explain");
        repo.Commit("Update README.md");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "next");

        result.ExitCode.Should().Be(3);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be("steward: nothing to release: 2 commits since v1.2.0, none releasable (feat, fix, perf or a breaking change)\n");
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void The_built_tool_exits_3_when_nothing_is_releasable()
    {
        using var repo = Released("1.2.0");
        repo.Commit("chore: tidy");

        var result = ProcessRunner.Run(repo.Root, null, "next");

        result.ExitCode.Should().Be(3);
        result.Error.Should().StartWith("steward: nothing to release: 1 commit since v1.2.0");
        repo.Commit("feat: add");
        ProcessRunner.Run(repo.Root, null, "next").Should().Be(new StewardResult(0, "1.3.0\n", string.Empty));
    }

    [Fact]
    public void A_release_at_HEAD_leaves_nothing_to_release()
    {
        using var repo = Released("1.2.0");

        var result = StewardRunner.Run(repo.Root, "next");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Be("steward: nothing to release: no commits since v1.2.0\n");
    }

    [Theory]
    [InlineData("", "feat!: break", "1.0.0")]
    [InlineData("", "feat: add", "0.4.0")]
    [InlineData("  bumpMinorPreMajor: true\n", "feat!: break", "0.4.0")]
    [InlineData("  bumpMinorPreMajor: true\n", "fix: mend", "0.3.1")]
    [InlineData("  bumpPatchForMinorPreMajor: true\n", "feat: add", "0.3.1")]
    [InlineData("  bumpPatchForMinorPreMajor: true\n", "feat!: break", "1.0.0")]
    [InlineData("  bumpMinorPreMajor: true\n  bumpPatchForMinorPreMajor: true\n", "feat!: break", "0.4.0")]
    [InlineData("  bumpMinorPreMajor: true\n  bumpPatchForMinorPreMajor: true\n", "feat: add", "0.3.1")]
    public void Below_1_0_0_the_same_rules_apply_unless_configured(string settings, string message, string expected)
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", settings.Length == 0 ? "tagPrefix: v\n" : "commits:\n" + settings).Commit("chore: config");
        repo.Tag("v0.3.0");
        repo.Commit(message);

        Next(repo).Should().Be((0, expected + "\n"));
    }

    [Fact]
    public void The_0_x_settings_do_nothing_from_1_0_0_on()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", "commits:\n  bumpMinorPreMajor: true\n  bumpPatchForMinorPreMajor: true\n").Commit("chore: config");
        repo.Tag("v1.0.0");
        repo.Commit("feat!: break");

        Next(repo).Should().Be((0, "2.0.0\n"));
    }

    [Fact]
    public void The_type_mapping_is_configurable()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", "commits:\n  types:\n    docs: patch\n    perf: none\n").Commit("chore: config");
        repo.Tag("v1.0.0");
        repo.Commit("docs: now releases");

        Next(repo).Should().Be((0, "1.0.1\n"));
        repo.Commit("perf: no longer does");
        Next(repo).Should().Be((0, "1.0.1\n"));
    }

    [Fact]
    public void A_bump_mapping_that_is_not_a_level_is_an_error_naming_the_key()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", "commits:\n  types:\n    docs: huge\n").Commit("chore: config");

        var result = StewardRunner.Run(repo.Root, "next");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: steward.yml: commits.types.docs: 'huge' is not a bump; use major, minor, patch or none\n");
    }

    [Fact]
    public void Merge_commits_are_skipped_and_the_merged_commits_count()
    {
        using var repo = Released("1.2.0");
        repo.Git("checkout", "-q", "-b", "topic");
        repo.Commit("fix: on the topic");
        repo.Git("checkout", "-q", "main");
        repo.Commit("docs: on main");
        repo.Git("merge", "-q", "--no-ff", "-m", "feat: a merge message that would bump minor", "topic");

        Next(repo).Should().Be((0, "1.2.1\n"));
    }

    [Fact]
    public void Merge_commits_count_when_configured()
    {
        using var repo = Released("1.2.0");
        repo.WriteFile("steward.yml", "commits:\n  includeMerges: true\n").Commit("chore: config");
        repo.Git("checkout", "-q", "-b", "topic");
        repo.Commit("fix: on the topic");
        repo.Git("checkout", "-q", "main");
        repo.Git("merge", "-q", "--no-ff", "-m", "feat: the merge message counts", "topic");

        Next(repo).Should().Be((0, "1.3.0\n"));
    }

    [Fact]
    public void Autosquash_commits_are_ignored()
    {
        using var repo = Released("1.2.0");
        repo.Commit("fix: a");
        repo.Commit("fixup! feat!: would be major");

        Next(repo).Should().Be((0, "1.2.1\n"));
    }

    [Fact]
    public void Non_version_tags_and_other_prefixes_are_ignored()
    {
        using var repo = Released("1.2.0");
        repo.Commit("feat: a");
        repo.Tag("latest").Tag("v9").Tag("api-v5.0.0").Tag("release-2024");

        Next(repo).Should().Be((0, "1.3.0\n"));
    }

    [Fact]
    public void The_tag_prefix_comes_from_steward_yml()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", "tagPrefix: api-v\n").Commit("chore: config");
        repo.Tag("api-v2.1.0").Tag("v7.0.0");
        repo.Commit("fix: a");

        Next(repo).Should().Be((0, "2.1.1\n"));
        StewardRunner.Run(repo.Root, "next", "--tag-prefix", "v").Out.Should().Be("7.0.1\n");
    }

    [Fact]
    public void Lightweight_tags_are_releases_too()
    {
        using var repo = TempGitRepository.Create();
        repo.Commit("feat: a");
        repo.Tag("v3.0.0", annotated: false);
        repo.Commit("feat: b");

        Next(repo).Should().Be((0, "3.1.0\n"));
    }

    [Fact]
    public void The_last_release_is_the_highest_version_reachable_from_HEAD()
    {
        using var repo = Released("1.0.0");
        repo.Git("checkout", "-q", "-b", "next-major");
        repo.Commit("feat!: b");
        repo.Tag("v2.0.0");
        repo.Git("checkout", "-q", "main");
        repo.Commit("fix: c");
        repo.Tag("v1.0.1");
        repo.Commit("fix: d");

        Next(repo).Should().Be((0, "1.0.2\n"));
    }

    [Fact]
    public void A_next_version_already_tagged_elsewhere_is_an_error()
    {
        using var repo = Released("1.0.0");
        repo.Git("checkout", "-q", "-b", "hotfix");
        repo.Commit("fix: on the hotfix line");
        repo.Tag("v1.0.1");
        repo.Git("checkout", "-q", "main");
        repo.Commit("fix: on main");

        var result = StewardRunner.Run(repo.Root, "next");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: the next version 1.0.1 is already tagged (v1.0.1 at ");
    }

    internal static TempGitRepository Released(string version)
    {
        var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", version + "\n").Commit("feat: the first release");
        repo.Tag("v" + version);
        return repo;
    }

    internal static (int ExitCode, string Out) Next(TempGitRepository repo, params string[] args)
    {
        var result = StewardRunner.Run(repo.Root, ["next", .. args]);
        return (result.ExitCode, result.ExitCode == 0 ? result.Out : result.Out + result.Error);
    }
}
