using System.Text.Json;
using Steward.Tests.Support;

namespace Steward.Tests.Freeze;

/// <summary>
/// steward freeze status as a required check: exit 0 when not frozen, 4 when frozen, the windows that say so (as text,
/// JSON and a GitHub Actions output), at the fixed clock's time (2026-11-21T10:00Z) or the one --at names.
/// </summary>
public sealed class FreezeStatusTests : IDisposable
{
    private const string Windows = "windows:\n"
        + "  - start: 2026-11-20\n    end: 2026-11-30T00:00:00Z\n    reason: Black Friday\n    branches: [main]\n"
        + "  - start: 2026-12-20\n    end: 2027-01-03\n    reason: end of year\n";

    private readonly TempGitRepository repo = TempGitRepository.Create();

    public FreezeStatusTests()
    {
        repo.WriteFile("VERSION", "1.0.0\n").WriteFile(".steward/freeze.yml", Windows).Commit("feat: first");
    }

    public void Dispose() => repo.Dispose();

    private StewardResult Status(params string[] args) => StewardRunner.Run(repo.Root, ["freeze", "status", .. args]);

    [Fact]
    public void Frozen_exits_4_and_names_the_open_window()
    {
        var result = Status();

        result.ExitCode.Should().Be(4);
        result.Error.Should().BeEmpty();
        result.Out.Should().Be("frozen on 'main' at 2026-11-21T10:00:00Z\n"
            + "  frozen by .steward/freeze.yml:2: 2026-11-20T00:00:00Z until 2026-11-30T00:00:00Z: Black Friday\n"
            + "  next: .steward/freeze.yml:6: 2026-12-20T00:00:00Z until 2027-01-04T00:00:00Z: end of year\n");
    }

    [Fact]
    public void Another_branch_or_another_time_is_not_frozen_and_exits_0()
    {
        var develop = Status("--branch", "develop");
        develop.ExitCode.Should().Be(0, develop.Error);
        develop.Out.Should().StartWith("not frozen on 'develop' at 2026-11-21T10:00:00Z\n");

        Status("--at", "2026-12-05").ExitCode.Should().Be(0);
        Status("--at", "2027-01-03T23:00:00+00:00").ExitCode.Should().Be(4, "a date as the end freezes that whole day");
    }

    [Fact]
    public void Json_lists_the_open_and_the_upcoming_windows()
    {
        var result = Status("--json");

        result.ExitCode.Should().Be(4);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        root.GetProperty("frozen").GetBoolean().Should().BeTrue();
        root.GetProperty("at").GetString().Should().Be("2026-11-21T10:00:00Z");
        root.GetProperty("branch").GetString().Should().Be("main");
        root.GetProperty("component").GetString().Should().Be("root");
        var active = root.GetProperty("active").EnumerateArray().Single();
        active.GetProperty("source").GetString().Should().Be(".steward/freeze.yml");
        active.GetProperty("line").GetInt32().Should().Be(2);
        active.GetProperty("end").GetString().Should().Be("2026-11-30T00:00:00Z");
        active.GetProperty("reason").GetString().Should().Be("Black Friday");
        active.GetProperty("branches").EnumerateArray().Select(b => b.GetString()).Should().Equal("main");
        root.GetProperty("upcoming").EnumerateArray().Single().GetProperty("reason").GetString().Should().Be("end of year");
    }

    [Fact]
    public void Under_GitHub_Actions_the_answer_is_a_step_output()
    {
        var output = repo.FullPath(".git/github-output");
        File.WriteAllText(output, string.Empty);
        var environment = TestEnvironment.Create(new Dictionary<string, string?> { ["GITHUB_OUTPUT"] = output, ["STEWARD_FREEZE"] = "1" });

        var result = StewardRunner.Run(repo.Root, null, environment, "freeze", "status", "--branch", "develop");

        result.ExitCode.Should().Be(4);
        result.Out.Should().Contain("frozen by STEWARD_FREEZE: now until removed: STEWARD_FREEZE is set");
        File.ReadAllText(output).Should().Be("frozen=true\n");
    }

    [Fact]
    public void A_bad_time_or_a_malformed_file_is_exit_2()
    {
        var bad = Status("--at", "next friday");
        bad.ExitCode.Should().Be(2);
        bad.Error.Should().Be("steward: error: --at 'next friday' is not a date or a time with its offset; write 2026-12-20 or 2026-12-20T18:00:00Z\n");

        repo.WriteFile(".steward/freeze.yml", "windows:\n  - reason: x\n    start: soon\n");
        var malformed = Status();
        malformed.ExitCode.Should().Be(2);
        malformed.Error.Should().Be("steward: error: .steward/freeze.yml:3: key 'start': 'soon' is not a date or a time with its offset; write 2026-12-20 or 2026-12-20T18:00:00Z\n");
    }
}
