using FsCheck;
using FsCheck.Fluent;
using Steward.Core.Commits;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Commits;

public class NextVersionCalculatorTests
{
    private static readonly BumpPolicy Policy = new(new CommitsConfig());
    private static int shaCounter;

    [Theory]
    [InlineData("1.2.3", "fix: a", "1.2.4")]
    [InlineData("1.2.3", "feat: a", "1.3.0")]
    [InlineData("1.2.3", "feat!: a", "2.0.0")]
    [InlineData("0.2.3", "feat!: a", "1.0.0")]
    [InlineData("0.0.3", "fix: a", "0.0.4")]
    public void Bumps_the_last_release_by_the_commits(string last, string message, string expected)
    {
        var next = Calculate(Request(last, [message]));

        next.Version!.ToString().Should().Be(expected);
    }

    [Fact]
    public void A_retracted_version_is_never_the_next_one_and_cannot_be_forced()
    {
        var retracted = new[] { SemanticVersion.Parse("1.3.0"), SemanticVersion.Parse("1.3.1") };

        Calculate(Request("1.2.3", ["feat: a"]) with { Retracted = retracted }).Version!.ToString().Should().Be("1.3.2");
        Calculate(Request("1.2.3", ["feat: a"]) with { Retracted = retracted, Channel = "rc" }).Version!.ToString().Should().Be("1.3.2-rc.1");
        Calculate(Request("1.2.3", ["fix: a"]) with { Retracted = retracted }).Version!.ToString().Should().Be("1.2.4");
        var forced = () => Calculate(Request("1.2.3", ["feat: a"]) with { Retracted = retracted, ForcedVersion = SemanticVersion.Parse("1.3.0") });
        forced.Should().Throw<StewardException>().WithMessage("--as 1.3.0: 1.3.0 was retracted*");
    }

    [Fact]
    public void Nothing_releasable_has_no_version_and_a_reason()
    {
        var next = Calculate(Request("1.2.3", ["docs: a", "chore: b"]));

        next.IsNothingToRelease.Should().BeTrue();
        next.NothingReason.Should().Be("2 commits since v1.2.3, none releasable (feat, fix, perf or a breaking change)");
    }

    [Fact]
    public void Prerelease_numbers_continue_per_release_line_and_channel()
    {
        var tags = new[] { Tag("1.3.0-rc.1"), Tag("1.3.0-rc.7"), Tag("1.4.0-rc.9"), Tag("1.3.0-beta.3") };

        NextVersionCalculator.Prerelease(SemanticVersion.Parse("1.3.0"), "rc", tags, "v").ToString().Should().Be("1.3.0-rc.8");
        NextVersionCalculator.Prerelease(SemanticVersion.Parse("2.0.0"), "rc", tags, "v").ToString().Should().Be("2.0.0-rc.1");
        var backwards = () => NextVersionCalculator.Prerelease(SemanticVersion.Parse("1.3.0"), "beta", tags, "v");
        backwards.Should().Throw<StewardException>().Which.Kind.Should().Be(FailureKind.InvalidInput);
    }

    [Fact]
    public void A_forced_version_must_be_above_every_reachable_tag()
    {
        var request = Request("1.2.3", ["fix: a"]) with { ForcedVersion = SemanticVersion.Parse("1.2.3") };

        var act = () => Calculate(request);

        act.Should().Throw<StewardException>().WithMessage("--as 1.2.3: must be greater than the last release or prerelease, v1.2.3");
    }

    [Fact]
    public void The_next_version_is_always_above_the_last_release() =>
        Prop.ForAll<(byte, byte, byte), byte>((version, kind) =>
        {
            var last = $"{version.Item1}.{version.Item2}.{version.Item3}";
            var message = (kind % 3) switch { 0 => "feat!: x", 1 => "feat: x", _ => "fix: x" };
            var next = Calculate(Request(last, [message]));
            return SemanticVersion.ComparePrecedence(next.Version!, SemanticVersion.Parse(last)) > 0;
        }).QuickCheckThrowOnFailure();

    private static NextVersion Calculate(NextVersionRequest request) => NextVersionCalculator.Calculate(request, Policy, "v");

    private static NextVersionRequest Request(string last, string[] messages)
    {
        var commits = messages.Select(m => new HistoryCommit(
            new CommitRecord(Sha(), [Sha()], "A", "a@example.com", DateTimeOffset.UnixEpoch, m),
            ConventionalCommitParser.Parse(m))).ToList();
        var tag = Tag(last);
        return new NextVersionRequest(tag.Version, new SemanticVersion(0, 1, 0), BumpDecider.Decide(commits, Policy), [tag], [tag]);
    }

    private static VersionTag Tag(string version) =>
        new("v" + version, SemanticVersion.Parse(version), Sha(), DateTimeOffset.UnixEpoch, true);

    private static string Sha() => Interlocked.Increment(ref shaCounter).ToString("x40", System.Globalization.CultureInfo.InvariantCulture);
}
