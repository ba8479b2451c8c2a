using Steward.Tests.Release;
using Steward.Tests.Support;

namespace Steward.Tests.Freeze;

/// <summary>
/// steward release during a freeze: refused with exit 4 and nothing written (here or on the remote), from
/// .steward/freeze.yml, release.freeze or STEWARD_FREEZE, at the fixed clock's time (2026-11-21T10:00Z); released
/// outside a window or a window's scope; overridden with the committer and the reason in the commit and the tag.
/// </summary>
public sealed class FreezeReleaseTests : IDisposable
{
    private const string Open = "windows:\n  - start: 2026-11-20\n    end: 2026-11-30T00:00:00Z\n    reason: Black Friday\n";

    private readonly ReleaseRepository project = new();

    private TempGitRepository Work => project.Work;

    public void Dispose() => project.Dispose();

    private StewardResult Release(IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        StewardRunner.Run(Work.Root, null, TestEnvironment.Create(environment), ["release", .. args]);

    [Fact]
    public void A_window_in_the_freeze_file_refuses_the_release_with_exit_4_and_changes_nothing()
    {
        Work.WriteFile(".steward/freeze.yml", Open).Commit("chore: freeze for Black Friday");
        var before = Work.Snapshot();
        var remoteBefore = project.Remote.Snapshot();

        var result = project.Release("--push");

        result.ExitCode.Should().Be(4);
        result.Error.Should().Be("steward: frozen: release on 'main' refused until 2026-11-30T00:00:00Z by .steward/freeze.yml:2: Black Friday; "
            + "nothing was changed (rerun after the freeze, or with --override-freeze --reason TEXT)\n");
        Work.Snapshot().Should().Be(before);
        project.Remote.Snapshot().Should().Be(remoteBefore);
    }

    [Fact]
    public void The_dry_run_is_refused_too_so_a_scheduled_job_sees_the_freeze_first()
    {
        Work.WriteFile(".steward/freeze.yml", Open).Commit("chore: freeze");

        project.Release("--dry-run").ExitCode.Should().Be(4);
    }

    [Fact]
    public void Windows_in_the_past_or_the_future_and_windows_of_other_branches_let_the_release_through()
    {
        Work.WriteFile(".steward/freeze.yml",
            "windows:\n  - start: 2026-10-01\n    end: 2026-10-31\n    reason: last month\n"
            + "  - start: 2026-12-20\n    reason: end of year\n"
            + "  - reason: develop only\n    branches: ['release/*', develop]\n"
            + "  - reason: another component\n    components: [web]\n").Commit("chore: freezes");

        var result = project.Release();

        result.ExitCode.Should().Be(0, result.Error);
        Work.Git("tag", "--list", "v1.1.0").Should().Be("v1.1.0\n");
    }

    [Fact]
    public void STEWARD_FREEZE_stops_releases_without_a_commit()
    {
        var before = Work.Snapshot();

        var result = Release(new Dictionary<string, string?> { ["STEWARD_FREEZE"] = "incident 42" });

        result.ExitCode.Should().Be(4);
        result.Error.Should().StartWith("steward: frozen: release on 'main' refused until the window is removed by STEWARD_FREEZE: incident 42;");
        Work.Snapshot().Should().Be(before);
        Release(new Dictionary<string, string?> { ["STEWARD_FREEZE"] = "false" }).ExitCode.Should().Be(0);
    }

    [Fact]
    public void Release_freeze_in_steward_yml_is_a_freeze_too()
    {
        Work.WriteFile("steward.yml", "release:\n  push: false\n  freeze:\n    - end: 2026-11-22\n      reason: migration\n      branches: [main]\n")
            .Commit("chore: freeze in the config");

        var result = project.Release();

        result.ExitCode.Should().Be(4);
        result.Error.Should().Contain("until 2026-11-23T00:00:00Z by steward.yml:4: migration;");
    }

    [Fact]
    public void An_override_releases_and_records_who_and_why_in_the_commit_and_the_tag()
    {
        Work.WriteFile(".steward/freeze.yml", Open).Commit("chore: freeze");

        var result = project.Release("--override-freeze", "--reason", "security fix for CVE-2026-0001", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("freeze: .steward/freeze.yml:2 (Black Friday) overridden by Test Committer <committer@example.com>: security fix for CVE-2026-0001");
        const string trailers = "Freeze-Override: security fix for CVE-2026-0001\nFreeze-Override-By: Test Committer <committer@example.com>";
        Work.Git("log", "-1", "--format=%B").Should().Be($"chore(release): 1.1.0\n\n{trailers}\n\n");
        Work.Git("tag", "--list", "--format=%(contents)", "v1.1.0").TrimEnd('\n').Should().EndWith("\n\n" + trailers);
        project.Remote.Git("tag", "--list", "v1.1.0").Should().Be("v1.1.0\n");
        Work.Git("log", "-1", "--format=%(trailers:key=Freeze-Override-By,valueonly)").Trim().Should().Be("Test Committer <committer@example.com>");
    }

    [Fact]
    public void An_override_when_nothing_is_frozen_records_nothing()
    {
        var result = project.Release("--override-freeze", "--reason", "just in case");

        result.ExitCode.Should().Be(0, result.Error);
        Work.Git("log", "-1", "--format=%B").Should().Be("chore(release): 1.1.0\n\n");
    }

    [Theory]
    [InlineData(new[] { "--override-freeze" }, "steward: error: --override-freeze needs --reason TEXT: the release commit and tag record who overrode the freeze and why\n")]
    [InlineData(new[] { "--reason", "x" }, "steward: error: --reason is the reason for --override-freeze; give both, or neither\n")]
    public void Override_and_reason_go_together(string[] args, string error)
    {
        var result = project.Release(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(error);
    }

    [Theory]
    [InlineData("windows:\n  - start: 2026-11-20\n    ned: 2026-11-30\n    reason: x\n", ".steward/freeze.yml:3: unknown key 'ned' in a freeze window; did you mean 'end'?")]
    [InlineData("windows:\n  - start: 2026-11-20\n    end: 2026-11-30T10:00\n    reason: x\n", ".steward/freeze.yml:3: key 'end': '2026-11-30T10:00' is not a date or a time with its offset; write 2026-12-20 or 2026-12-20T18:00:00Z")]
    [InlineData("windows:\n  - start: 2026-11-20\n    end: 2026-11-30\n", ".steward/freeze.yml:2: key 'reason' is missing or empty; a freeze window says why releases stop")]
    [InlineData("windows:\n  - start: 2026-11-20\n    end: 2026-11-10\n    reason: x\n", ".steward/freeze.yml:3: key 'end' is not after 'start'; the window would never be open")]
    [InlineData("windows:\n  start: 2026-11-20\n", ".steward/freeze.yml:2: key 'windows' must be a list of windows, each with start, end, reason and optionally branches and components (see docs/freeze.md)")]
    [InlineData("windows:\n  - reason: x\n    branches: {main: 1}\n", ".steward/freeze.yml:3: key 'branches' must be a list of names, e.g. [main, 'release/*']")]
    [InlineData("freeze:\n  - reason: x\n", ".steward/freeze.yml:1: unknown key 'freeze'; a freeze file has one key, 'windows', a list of windows (see docs/freeze.md)")]
    public void A_malformed_freeze_file_is_one_line_naming_the_file_line_and_key_and_exit_2(string yaml, string error)
    {
        Work.WriteFile(".steward/freeze.yml", yaml).Commit("chore: freeze");
        var before = Work.Snapshot();

        var result = project.Release();

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"steward: error: {error}\n");
        Work.Snapshot().Should().Be(before);
    }
}
