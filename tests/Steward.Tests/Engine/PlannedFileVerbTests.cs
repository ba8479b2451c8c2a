using Steward.Tests.Propagate;
using Steward.Tests.Support;

namespace Steward.Tests.Engine;

/// <summary>
/// init, hooks install and flow init on the engine: --dry-run prints the steps and changes nothing, and a failure puts
/// everything back, leaving no journal.
/// </summary>
public sealed class PlannedFileVerbTests
{
    /// <summary>The test environment points core.hooksPath at /dev/null; the hook tests need git's own hooks directory.</summary>
    private static readonly Dictionary<string, string?> HooksEnabled = new() { ["GIT_CONFIG_COUNT"] = "3" };

    [Fact]
    public void Init_dry_run_prints_the_write_and_the_file_and_changes_nothing()
    {
        using var repo = SampleProject.Create();
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "init", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("steps:\n  write steward.yml\n").And.Contain("+++ b/steward.yml").And.EndWith("dry run: nothing was changed\n");
        repo.Snapshot().Should().Be(before);
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeFalse();
    }

    [Fact]
    public void Init_refuses_a_directory_where_steward_yml_goes_before_any_change()
    {
        using var repo = SampleProject.Create();
        Directory.CreateDirectory(repo.FullPath("steward.yml"));
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "init", "--force");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: steward.yml: is a directory (or a submodule), not a file; Steward writes the version there, so move it away or configure another path\n");
        repo.Snapshot().Should().Be(before);
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeFalse();
    }

    [Fact]
    public void Hooks_install_dry_run_names_the_hook_and_writes_nothing()
    {
        using var repo = TempGitRepository.Create(extraEnvironment: HooksEnabled);
        repo.Commit("chore: start");

        var text = StewardRunner.Run(repo.Root, null, repo.Environment, "hooks", "install", "--dry-run");
        var json = StewardRunner.Run(repo.Root, null, repo.Environment, "hooks", "install", "--dry-run", "--json");

        text.Should().Be(new StewardResult(0, "steps:\n  write .git/hooks/commit-msg (executable)\ndry run: nothing was changed\n", string.Empty));
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        var step = document.RootElement.GetProperty("steps")[0];
        step.GetProperty("kind").GetString().Should().Be("git-hook");
        step.GetProperty("path").GetString().Should().Be(".git/hooks/commit-msg");
        step.GetProperty("content").GetString().Should().Contain("steward lint --message-file");
        File.Exists(repo.FullPath(".git/hooks/commit-msg")).Should().BeFalse();
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeFalse();
    }

    [Fact]
    public void Hooks_install_that_cannot_write_the_hook_leaves_everything_as_it_was()
    {
        using var repo = TempGitRepository.Create(extraEnvironment: HooksEnabled);
        repo.Commit("chore: start");
        Directory.CreateDirectory(repo.FullPath(".git/hooks/commit-msg"));

        var result = StewardRunner.Run(repo.Root, null, repo.Environment, "hooks", "install");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: could not write .git/hooks/commit-msg (").And.EndWith("); it is as it was\n");
        result.Error.Count(c => c == '\n').Should().Be(1);
        Directory.Exists(repo.FullPath(".git/hooks/commit-msg")).Should().BeTrue();
        Directory.EnumerateFileSystemEntries(repo.FullPath(".git/hooks/commit-msg")).Should().BeEmpty();
        Directory.EnumerateFileSystemEntries(repo.FullPath(".git/hooks"), "*steward*").Should().BeEmpty("no temp file is left behind");
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeFalse();
    }

    [Fact]
    public void Flow_init_dry_run_prints_its_steps_and_changes_nothing()
    {
        using var repo = TempGitRepository.Create();
        repo.Git("checkout", "-q", "-b", "main");
        repo.Commit("feat: start");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "flow", "init", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("steps:\n  write steward.yml\n  git add -- steward.yml\n"
            + "  git commit --quiet --cleanup=whitespace -m 'chore(flow): add the flow section to steward.yml' -- steward.yml\n"
            + "  git branch --no-track -- develop main\n");
        repo.Snapshot().Should().Be(before);
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeFalse();
    }
}
