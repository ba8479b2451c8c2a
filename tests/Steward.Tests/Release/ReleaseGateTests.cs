using Steward.Tests.Support;

namespace Steward.Tests.Release;

/// <summary>Every preflight check and gate stops the release with one line and leaves everything as it was.</summary>
public sealed class ReleaseGateTests : IDisposable
{
    private readonly ReleaseRepository project = new();

    private TempGitRepository Work => project.Work;

    public void Dispose() => project.Dispose();

    [Fact]
    public void A_dirty_tree_is_refused_unless_allowed()
    {
        Work.WriteFile("src/app/core.py", "x = 99\n");
        var before = Work.Snapshot();

        var refused = project.Release();

        refused.ExitCode.Should().Be(2);
        refused.Error.Should().Be("steward: error: the work tree has uncommitted changes (src/app/core.py); commit or stash them (only a hand-edited VERSION may be uncommitted), or pass --allow-dirty\n");
        Work.Snapshot().Should().Be(before);

        var allowed = project.Release("--allow-dirty");
        allowed.ExitCode.Should().Be(0, allowed.Error);
        Work.ReadFile("src/app/core.py").Should().Be("x = 99\n");
        Work.Git("show", "--stat", "--format=", "HEAD").Should().NotContain("core.py", "unrelated changes stay out of the release commit");
    }

    [Fact]
    public void Only_release_branches_release()
    {
        Work.Git("switch", "-q", "-c", "feature/x");
        var result = project.Release();
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: branch 'feature/x' is not a release branch (main, master, release/*, hotfix/*, support/*); switch to one, or add it under release.branches in steward.yml\n");
    }

    [Fact]
    public void A_branch_behind_its_upstream_is_refused()
    {
        using (var other = TempGitRepository.Clone(project.Remote.Root))
        {
            other.Commit("fix: elsewhere");
            other.Git("push", "-q", "origin", "main");
        }

        var before = Work.Snapshot();
        var result = project.Release();

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: branch 'main' is 1 commit behind origin/main; pull first (git pull --rebase), then release\n");
        Work.Git("status", "--porcelain").Should().BeEmpty();
        Work.Git("tag", "-l").Should().Be("v1.0.0\n");
        _ = before;
    }

    [Fact]
    public void A_tag_already_on_the_remote_is_refused()
    {
        using (var other = TempGitRepository.Clone(project.Remote.Root))
        {
            other.Tag("v1.1.0", annotated: false);
            other.Git("push", "-q", "origin", "v1.1.0");
        }

        var result = project.Release("--no-fetch");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: tag v1.1.0 already exists on 'origin'; fetch it (git fetch --tags) and release the next version\n");
    }

    [Fact]
    public void Version_drift_is_refused()
    {
        Work.WriteFile("src/app/__init__.py", "__version__ = \"0.9.0\"\n");
        Work.Commit("chore: tamper");
        var before = Work.Snapshot();

        var result = project.Release();

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: version drift: src/app/__init__.py:1: found 0.9.0, expected 1.0.0");
        Work.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_failing_gate_stops_the_release_naming_gate_and_exit_code()
    {
        Work.WriteFile("steward.yml", "release:\n  gates:\n    - name: tests\n      command: [sh, -c, 'echo running tests; exit 4']\n");
        Work.Commit("ci: gates");
        var before = Work.Snapshot();

        var result = project.Release();

        result.ExitCode.Should().Be(1);
        result.Out.Should().Contain("  [tests] running tests");
        result.Error.Should().StartWith("steward: error: gate 'tests' failed (exit code 4); nothing was changed; its output is in ");
        Work.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_gate_that_runs_too_long_is_stopped()
    {
        Work.WriteFile("steward.yml", "release:\n  gates:\n    - name: slow\n      command: [sleep, '300']\n      timeout: 1s\n");
        Work.Commit("ci: slow gate");

        var result = project.Release();

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: gate 'slow' failed (timed out after 1s)");
    }

    [Fact]
    public void Passing_gates_let_the_release_through()
    {
        Work.WriteFile("steward.yml", "release:\n  gates:\n    - name: ok\n      command: [git, --version]\n");
        Work.Commit("ci: gate");
        var result = project.Release();
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("gate 'ok': passed");
    }

    [Fact]
    public void An_interrupted_release_is_named_and_abort_puts_everything_back()
    {
        var before = Work.Snapshot();
        var journal = new Steward.Git.WorkTreeReader(new Steward.Git.GitRunner(Work.Root, Work.Environment)).GitPath("steward/release.json");

        // A release killed after its commit: the commit exists, the tag does not, the journal remains.
        var release = project.Release();
        release.ExitCode.Should().Be(0);
        Work.Git("tag", "-d", "v1.1.0");
        File.WriteAllText(journal, $$"""
            { "Version": "1.1.0", "Tag": "v1.1.0", "Branch": "main", "OriginalHead": "{{Work.Git("rev-parse", "HEAD~1").Trim()}}",
              "OriginalIndexTree": "{{Work.Git("rev-parse", "HEAD~1^{tree}").Trim()}}", "CommitMessage": "chore(release): 1.1.0",
              "OriginalFiles": { "VERSION": "{{Convert.ToBase64String("1.0.0\n"u8.ToArray())}}" } }
            """);

        var rerun = project.Release();
        rerun.ExitCode.Should().Be(1);
        rerun.Error.Should().Contain("a release of v1.1.0 was interrupted").And.Contain("steward release --abort");

        var abort = project.Release("--abort");
        abort.ExitCode.Should().Be(0, abort.Error);
        Work.Git("rev-parse", "HEAD").Should().Be(before.Split('\n')[4] + "\n", "HEAD is back on the last commit before the release");
        Work.ReadFile("VERSION").Should().Be("1.0.0\n");
        File.Exists(journal).Should().BeFalse();
    }

    [Fact]
    public void A_shallow_clone_that_misses_the_last_release_is_reported_with_the_fix()
    {
        using var shallow = TempGitRepository.Clone("file://" + project.Remote.Root, "--depth", "1");
        var before = shallow.Snapshot();

        var result = StewardRunner.Run(shallow.Root, "release", "--dry-run");

        result.ExitCode.Should().NotBe(0);
        result.Error.Should().Contain("shallow").And.Contain("git fetch --unshallow");
        shallow.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Under_github_actions_a_failure_is_an_error_annotation_and_released_false()
    {
        Work.WriteFile("steward.yml", "release:\n  gates:\n    - name: tests\n      command: [sh, -c, 'exit 4']\n");
        Work.Commit("ci: gates");
        var outputFile = Work.Root + ".gh-output";
        var env = TestEnvironment.Create(new Dictionary<string, string?> { ["GITHUB_OUTPUT"] = outputFile, ["GITHUB_ACTIONS"] = "true" });
        try
        {
            var result = StewardRunner.Run(Work.Root, null, env, "release");

            result.ExitCode.Should().Be(1);
            result.Out.Should().Contain("::error title=steward release::gate 'tests' failed (exit code 4)");
            File.ReadAllText(outputFile).Should().Be("released=false\n");
        }
        finally
        {
            File.Delete(outputFile);
        }
    }

    [Fact]
    public void A_failing_after_release_hook_is_reported_but_the_release_stands()
    {
        Work.WriteFile("steward.yml", "release:\n  hooks:\n    afterRelease:\n      - name: announce\n        command: [sh, -c, 'echo \"$STEWARD_TAG after $STEWARD_PREVIOUS_VERSION\"; exit 2']\n");
        Work.Commit("ci: announce");
        var outputFile = Work.Root + ".gh-output";
        var env = TestEnvironment.Create(new Dictionary<string, string?> { ["GITHUB_OUTPUT"] = outputFile });
        try
        {
            var result = StewardRunner.Run(Work.Root, null, env, "release");

            result.ExitCode.Should().Be(1);
            result.Out.Should().Contain("[announce] v1.1.0 after 1.0.0");
            result.Error.Should().Be("steward: error: released, but after-release hook 'announce' failed (exit code 2)\n");
            Work.Git("tag", "-l", "v1.1.0").Should().Be("v1.1.0\n");
            File.ReadAllText(outputFile).Should().Contain("released=true").And.NotContain("released=false");
        }
        finally
        {
            File.Delete(outputFile);
        }
    }
}
