using System.Text.Json;
using Steward.Tests.Support;
using static Steward.Tests.History.NextCommandTests;

namespace Steward.Tests.History;

public class LogLintHooksTests
{
    [Fact]
    public void Log_lists_the_commits_since_the_last_release_as_a_table()
    {
        using var repo = Released("1.2.0");
        repo.Commit("feat(parser): read footers (#12)");
        repo.Commit("Update README.md");
        repo.Commit("fix!: drop the old flag\n\nBREAKING CHANGE: --old is gone");
        repo.Commit("fixup! fix!: drop the old flag");
        repo.Commit("docs: explain");

        var result = StewardRunner.Run(repo.Root, "log");

        result.ExitCode.Should().Be(0);
        Golden.Assert("History/log-table.txt", MaskShas(result.Out));
    }

    [Fact]
    public void Log_json_carries_every_parsed_field()
    {
        using var repo = Released("1.2.0");
        var sha = repo.Commit("feat(parser)!: read footers (#12)\n\nBody text.\n\nRefs: #7\nBREAKING CHANGE: footers are data");

        var result = StewardRunner.Run(repo.Root, "log", "--json");

        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("from").GetString().Should().Be("v1.2.0");
        var commit = json.RootElement.GetProperty("commits")[0];
        commit.GetProperty("sha").GetString().Should().Be(sha);
        commit.GetProperty("type").GetString().Should().Be("feat");
        commit.GetProperty("scope").GetString().Should().Be("parser");
        commit.GetProperty("breaking").GetBoolean().Should().BeTrue();
        commit.GetProperty("pullRequest").GetString().Should().Be("12");
        commit.GetProperty("body").GetString().Should().Be("Body text.");
        commit.GetProperty("footers").GetArrayLength().Should().Be(2);
        commit.GetProperty("breakingNotes")[0].GetString().Should().Be("footers are data");
        commit.GetProperty("bump").GetString().Should().Be("major");
    }

    [Fact]
    public void Next_json_names_the_last_release_the_bump_and_the_deciding_commits()
    {
        using var repo = Released("1.2.0");
        repo.Commit("fix: a");
        repo.Commit("feat(api): b (#3)");
        repo.Commit("feat: c");

        var result = StewardRunner.Run(repo.Root, "next", "--json");

        result.ExitCode.Should().Be(0);
        Golden.Assert("History/next.json", MaskShas(result.Out));
    }

    [Fact]
    public void Next_json_says_when_nothing_is_releasable()
    {
        using var repo = Released("1.2.0");
        repo.Commit("docs: a");

        var result = StewardRunner.Run(repo.Root, "next", "--json");

        result.ExitCode.Should().Be(3);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("version").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("reason").GetString().Should().StartWith("1 commit since v1.2.0, none releasable");
    }

    [Fact]
    public void Lint_checks_a_message_file_as_a_commit_msg_hook_sees_it()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("good.txt", "feat: add x\n\n# Please enter the commit message.\n# ------------------------ >8 ------------------------\nnot: part of it\n");
        repo.WriteFile("bad.txt", "Feat:add x\nno blank line\n");

        StewardRunner.Run(repo.Root, "lint", "--message-file", "good.txt").Should().Be(new StewardResult(0, string.Empty, string.Empty));
        var bad = StewardRunner.Run(repo.Root, "lint", "--message-file", "bad.txt");
        bad.ExitCode.Should().Be(1);
        bad.Out.Should().Be("bad.txt: header-format: 'Feat:add x' has no space after the colon; write 'Feat: add x'\n"
            + "bad.txt: body-leading-blank: line 2 is not blank; leave one blank line between the header and the body\n");
    }

    [Fact]
    public void Lint_checks_a_range_and_skips_merges_reverts_and_fixups()
    {
        using var repo = TempGitRepository.Create();
        var base_ = repo.Commit("chore: start");
        repo.Git("checkout", "-q", "-b", "topic");
        repo.WriteFile("a.txt", "a").Commit("feat: good");
        var bad = repo.Commit("added stuff");
        repo.Commit("fixup! feat: good");
        repo.Git("revert", "--no-edit", "HEAD~2");
        repo.Git("checkout", "-q", "main");
        repo.Git("merge", "-q", "--no-ff", "-m", "Merge branch 'topic'", "topic");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "lint", "--from", base_, "--to", "HEAD");

        result.ExitCode.Should().Be(1);
        result.Out.Should().Be($"{bad[..7]}: header-format: 'added stuff' has no type; start with a type and ': ', e.g. 'fix(parser): handle empty input'\n"
            + "1 problem in 1 of 2 commits; reword them with 'git rebase -i' before merging\n");
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Lint_in_GitHub_Actions_writes_error_annotations()
    {
        using var repo = Released("1.0.0");
        var bad = repo.Commit("added stuff");

        var result = StewardRunner.Run(repo.Root, null, TestEnvironment.Create(new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" }), "lint");

        result.ExitCode.Should().Be(1);
        result.Out.Should().StartWith($"::error title=Commit message {bad[..7]} (header-format)::{bad[..7]}: header-format: 'added stuff' has no type;");
    }

    [Fact]
    public void Lint_passes_a_clean_range()
    {
        using var repo = Released("1.0.0");
        repo.Commit("fix: a");

        StewardRunner.Run(repo.Root, "lint").Should().Be(new StewardResult(0, "1 commit checked: no problems\n", string.Empty));
    }

    [Fact]
    public void Lint_of_a_missing_file_is_one_line_naming_it()
    {
        using var repo = TempGitRepository.Create();

        var result = StewardRunner.Run(repo.Root, "lint", "--message-file", "nope.txt");

        result.ExitCode.Should().Be(2);
        Golden.Assert("History/lint-missing-file.txt", result.Error);
    }

    [Fact]
    public void Hooks_install_writes_an_executable_commit_msg_hook_and_updates_its_own()
    {
        using var repo = TempGitRepository.Create(extraEnvironment: HooksEnabled());
        repo.Commit("chore: start");

        var first = StewardRunner.Run(repo.Root, null, repo.Environment, "hooks", "install");
        var again = StewardRunner.Run(repo.Root, null, repo.Environment, "hooks", "install");

        first.Should().Be(new StewardResult(0, "Installed the commit-msg hook: .git/hooks/commit-msg\n", string.Empty));
        again.Should().Be(new StewardResult(0, "Updated Steward's commit-msg hook: .git/hooks/commit-msg\n", string.Empty));
        var hook = repo.FullPath(".git/hooks/commit-msg");
        Golden.Assert("History/commit-msg-hook.sh", File.ReadAllText(hook));
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(hook).Should().HaveFlag(UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void The_installed_hook_rejects_a_bad_message_when_steward_is_on_the_path()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var repo = TempGitRepository.Create(extraEnvironment: HooksEnabled());
        StewardRunner.Run(repo.Root, null, repo.Environment, "hooks", "install").ExitCode.Should().Be(0);

        // A 'steward' on PATH that runs the built tool, as an installed .NET tool would.
        var bin = Directory.CreateDirectory(Path.Combine(repo.Root, ".git", "test-bin")).FullName;
        var shim = Path.Combine(bin, "steward");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet \"{Path.Combine(AppContext.BaseDirectory, "steward.dll")}\" \"$@\"\n");
        File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var env = new Dictionary<string, string?>(repo.Environment) { ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH") };

        var rejected = () => repo.GitWith(env, "commit", "-q", "--allow-empty", "-m", "bad message");
        rejected.Should().Throw<InvalidOperationException>().WithMessage("*header-format*");
        repo.GitWith(env, "commit", "-q", "--allow-empty", "-m", "feat: good message");
    }

    [Fact]
    public void Hooks_install_leaves_a_foreign_hook_alone_and_says_so()
    {
        using var repo = TempGitRepository.Create(extraEnvironment: HooksEnabled());
        repo.WriteFile(".git/hooks/commit-msg", "#!/bin/sh\necho mine\n");

        var result = StewardRunner.Run(repo.Root, null, repo.Environment, "hooks", "install");

        result.ExitCode.Should().Be(1);
        Golden.Assert("History/hooks-foreign.txt", result.Error);
        repo.ReadFile(".git/hooks/commit-msg").Should().Be("#!/bin/sh\necho mine\n");
    }

    [Theory]
    [InlineData("next")]
    [InlineData("log")]
    [InlineData("lint")]
    [InlineData("hooks", "install")]
    public void Help_is_complete(params string[] verb)
    {
        var result = StewardRunner.Run(Path.GetTempPath(), [.. verb, "--help"]);

        result.ExitCode.Should().Be(0);
        Golden.Assert($"History/help-{string.Join('-', verb)}.txt", result.Out);
    }

    /// <summary>The test environment points core.hooksPath at /dev/null so no hook runs; these tests need hooks.</summary>
    private static Dictionary<string, string?> HooksEnabled() => new() { ["GIT_CONFIG_COUNT"] = "3" };

    private static string MaskShas(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "\\b[0-9a-f]{7,40}\\b", m => new string('#', m.Length));
}
