using System.Text.Json;
using Steward.Tests.Flow;
using Steward.Tests.Support;

namespace Steward.Tests.History;

/// <summary>
/// Every verb that asks for the next version gets the one answer (one decision, in UseCases/NextVersionDecider):
/// `next`, the changelog entry, the notes and the release agree, a retracted version included.
/// </summary>
public sealed class NextVersionAgreementTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public NextVersionAgreementTests()
    {
        (remote, work) = FlowFixture.WithBadRelease();
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Next_changelog_notes_and_release_give_the_same_version_above_a_retracted_one()
    {
        var rollback = StewardRunner.Run(work.Root, "rollback", "--apply", "--retract-tag", "--push", "--yes");
        rollback.ExitCode.Should().Be(0, rollback.Error);
        work.Git("switch", "-q", "main");
        work.WriteFile("app.txt", "fixed\n");
        work.Commit("fix: undo the bad change");

        var next = StewardRunner.Run(work.Root, "next");
        next.ExitCode.Should().Be(0, next.Error);
        var version = next.Out.Trim();
        version.Should().NotBe("1.2.0", "1.2.0 was retracted");

        Version(StewardRunner.Run(work.Root, "changelog", "--dry-run", "--json")).Should().Be(version);
        Version(StewardRunner.Run(work.Root, "notes", "--json")).Should().Be(version);
        Version(StewardRunner.Run(work.Root, "release", "--dry-run", "--json")).Should().Be(version);
    }

    private static string? Version(StewardResult result)
    {
        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Out);
        return document.RootElement.GetProperty("version").GetString();
    }
}
