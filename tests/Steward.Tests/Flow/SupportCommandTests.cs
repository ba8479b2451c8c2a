using Steward.Tests.Support;

namespace Steward.Tests.Flow;

public sealed class SupportCommandTests : IDisposable
{
    private readonly TempGitRepository repo = Scripted();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void Table_lists_each_major_with_status_dates_and_end_dates()
    {
        var result = StewardRunner.Run(repo.Root, "support");

        result.ExitCode.Should().Be(0, result.Error);
        Golden.Assert("Flow/support-table.txt", result.Out);
        result.Out.Should().Contain("3.x   full").And.Contain("2.x   security").And.Contain("2027-06-01");
    }

    [Fact]
    public void Json_carries_the_same_lines_and_the_day_asked_about()
    {
        var result = StewardRunner.Run(repo.Root, "support", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        Golden.Assert("Flow/support.json.txt", result.Out);
    }

    [Theory]
    [InlineData("3.0.1", 0)]
    [InlineData("v2.1.0", 0)]
    [InlineData("1.4.2", 1)]
    [InlineData("0.9.0", 1)]
    [InlineData("7.0.0", 1)]
    [InlineData("banana", 2)]
    public void Check_exits_zero_only_for_a_supported_line(string version, int expected)
    {
        var result = StewardRunner.Run(repo.Root, "support", "--check", version);

        result.ExitCode.Should().Be(expected, result.Out + result.Error);
        if (expected != 0)
        {
            result.Error.Should().StartWith("steward: error: ").And.EndWith("\n");
            result.Error.TrimEnd('\n').Should().NotContain("\n");
        }
    }

    [Fact]
    public void Check_of_an_end_of_life_line_names_it_and_the_supported_lines()
    {
        var result = StewardRunner.Run(repo.Root, "support", "--check", "1.4.2");

        Golden.Assert("Flow/support-check-eol.txt", result.Error);
    }

    [Fact]
    public void The_policy_comes_from_steward_yml()
    {
        repo.WriteFile("steward.yml", "flow:\n  support:\n    fullMajors: 2\n    securityMonths: 24\n");

        var result = StewardRunner.Run(repo.Root, "support", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("\"line\": \"2.x\",\n      \"major\": 2,\n      \"status\": \"full\"");
        result.Out.Should().Contain("\"line\": \"1.x\",\n      \"major\": 1,\n      \"status\": \"security\"");
    }

    [Fact]
    public void A_repository_without_releases_says_so()
    {
        using var empty = TempGitRepository.Create();
        empty.Commit("feat: start");

        var result = StewardRunner.Run(empty.Root, "support");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Be("No releases yet: no tag vX.Y.Z.\n");
    }

    [Fact]
    public void Works_in_a_bare_repository()
    {
        using var bare = TempGitRepository.Create(bare: true);
        repo.Git("push", "-q", bare.Root, "main", "--tags");

        var result = StewardRunner.Run(bare.Root, "support");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be(StewardRunner.Run(repo.Root, "support").Out);
    }

    // Releases over four years; today is 2026-11-21 (StewardRunner's clock).
    private static TempGitRepository Scripted()
    {
        var r = TempGitRepository.Create();
        void Release(string tag, string date)
        {
            FlowFixture.CommitAt(r, "feat: work for " + tag, date);
            FlowFixture.TagAt(r, tag, date);
        }

        Release("v0.1.0", "2023-03-01");
        Release("v0.9.0", "2023-10-01");
        Release("v1.0.0", "2024-01-10");
        Release("v1.4.2", "2025-06-01");
        Release("v2.0.0", "2025-03-15");
        Release("v2.3.0", "2026-01-10");
        Release("v3.0.0", "2026-06-01");
        Release("v3.0.1", "2026-08-01");
        Release("v3.1.0-rc.1", "2026-11-01");
        r.Tag("latest", annotated: false);
        return r;
    }
}
