using Steward.Core.Freeze;

namespace Steward.Core.Tests.Freeze;

/// <summary>The freeze decision over windows and a time the caller passes: times, scopes, the environment switch.</summary>
public sealed class FreezeRulesTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 24, 12, 0, 0, TimeSpan.Zero);

    private static FreezeWindow Window(string? start, string? end, string[]? branches = null, string[]? components = null) =>
        new(".steward/freeze.yml", 2, start is null ? null : FreezeTime.Parse(start, end: false), end is null ? null : FreezeTime.Parse(end, end: true),
            "holidays", branches ?? [], components ?? []);

    [Theory]
    [InlineData("2026-12-20", false, "2026-12-20T00:00:00Z")]
    [InlineData("2026-12-20", true, "2026-12-21T00:00:00Z")]
    [InlineData("2026-12-20T18:00:00Z", true, "2026-12-20T18:00:00Z")]
    [InlineData("2026-12-20T18:00+01:00", false, "2026-12-20T17:00:00Z")]
    [InlineData("2026-12-20 18:00:00Z", false, "2026-12-20T18:00:00Z")]
    public void Times_are_dates_in_UTC_or_times_with_an_offset(string text, bool end, string expected)
    {
        FreezeTime.Format(FreezeTime.Parse(text, end)!.Value).Should().Be(expected);
    }

    [Theory]
    [InlineData("2026-12-20T18:00:00")]
    [InlineData("2026-13-01")]
    [InlineData("24.12.2026")]
    [InlineData("tomorrow")]
    [InlineData("")]
    public void A_time_without_an_offset_or_not_a_date_is_refused(string text)
    {
        FreezeTime.Parse(text, end: false).Should().BeNull();
    }

    [Fact]
    public void A_window_is_open_from_its_start_until_before_its_end()
    {
        var window = Window("2026-12-24T12:00:00Z", "2026-12-24T13:00:00Z");

        window.IsOpenAt(Noon).Should().BeTrue();
        window.IsOpenAt(Noon.AddTicks(-1)).Should().BeFalse();
        window.IsOpenAt(Noon.AddHours(1)).Should().BeFalse();
        Window(null, null).IsOpenAt(Noon).Should().BeTrue("a window without times lasts until it is removed");
    }

    [Fact]
    public void A_date_as_end_freezes_that_whole_day()
    {
        var window = Window("2026-12-20", "2026-12-24");

        window.IsOpenAt(new DateTimeOffset(2026, 12, 24, 23, 59, 59, TimeSpan.Zero)).Should().BeTrue();
        window.IsOpenAt(new DateTimeOffset(2026, 12, 25, 0, 0, 0, TimeSpan.Zero)).Should().BeFalse();
    }

    [Fact]
    public void Branch_and_component_scopes_limit_a_window_and_an_unknown_branch_counts_as_covered()
    {
        var window = Window(null, null, ["main", "release/*"], ["api"]);

        window.Covers("main", "api").Should().BeTrue();
        window.Covers("release/2.0", "api").Should().BeTrue();
        window.Covers("develop", "api").Should().BeFalse();
        window.Covers("main", "web").Should().BeFalse();
        window.Covers(null, "api").Should().BeTrue();
    }

    [Fact]
    public void Evaluate_lists_the_open_windows_and_the_upcoming_ones_earliest_first()
    {
        var past = Window("2026-12-01", "2026-12-02");
        var open = Window("2026-12-20", "2027-01-04");
        var later = Window("2027-03-01", "2027-03-02");
        var sooner = Window("2027-02-01", "2027-02-02");
        var elsewhere = Window("2026-12-20", "2027-01-04", ["develop"]);

        var status = FreezeRules.Evaluate([past, open, later, sooner, elsewhere], Noon, "main", "root");

        status.Frozen.Should().BeTrue();
        status.Active.Should().Equal(open);
        status.Upcoming.Should().Equal(sooner, later);
        FreezeRules.Evaluate([past, later], Noon, "main", "root").Frozen.Should().BeFalse();
    }

    [Fact]
    public void The_longest_open_window_is_the_one_a_refusal_names()
    {
        var shorter = Window(null, "2026-12-25");
        var longer = Window(null, "2027-01-04");
        FreezeRules.Evaluate([shorter, longer], Noon, "main", null).Longest.Should().Be(longer);
        var endless = Window(null, null);
        FreezeRules.Evaluate([shorter, endless, longer], Noon, "main", null).Longest.Should().Be(endless);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("0", null)]
    [InlineData("false", null)]
    [InlineData("OFF", null)]
    [InlineData("1", "STEWARD_FREEZE is set")]
    [InlineData("true", "STEWARD_FREEZE is set")]
    [InlineData("incident 42: payments down", "incident 42: payments down")]
    [InlineData("two\nlines\u001b[31m", "two lines[31m")]
    public void STEWARD_FREEZE_freezes_everything_with_its_value_as_the_reason(string? value, string? reason)
    {
        var window = FreezeVariable.Window(value);

        window?.Reason.Should().Be(reason);
        (window is null).Should().Be(reason is null);
        if (window is not null)
        {
            window.IsOpenAt(Noon).Should().BeTrue();
            window.Covers("any/branch", "any").Should().BeTrue();
            window.Location.Should().Be("STEWARD_FREEZE");
        }
    }

    [Fact]
    public void An_override_appends_who_and_why_as_trailers_on_one_line_each()
    {
        var made = new FreezeOverride("Ann <ann@example.com>", "CVE-2026-1234\nfix", []);

        made.AppendTo("chore(release): 1.2.0\n").Should().Be(
            "chore(release): 1.2.0\n\nFreeze-Override: CVE-2026-1234 fix\nFreeze-Override-By: Ann <ann@example.com>\n");
    }
}
