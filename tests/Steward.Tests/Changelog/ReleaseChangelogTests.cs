using Steward.Changelog;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Versioning;
using Steward.Git;
using Steward.Tests.Support;

namespace Steward.Tests.Changelog;

/// <summary>The API a release uses: the changelog edit and the notes, planned without writing anything.</summary>
public class ReleaseChangelogTests
{
    [Fact]
    public void Prepare_plans_the_changelog_edit_and_the_notes_without_writing()
    {
        using var repo = ChangelogRepository.Create();
        var before = repo.Snapshot();
        var repository = Repository.Require(repo.Root, repo.Environment);

        var component = Component.Root(new StewardConfig());
        var range = new ReleaseRangeReader(repository.Git).Read(component.TagPrefix);
        var prepared = ReleaseChangelog.Prepare(
            repo.Root, repository, component, range, SemanticVersion.Parse("2.0.0"), new DateOnly(2026, 11, 21), existing: null, force: false);

        repo.Snapshot().Should().Be(before);
        prepared.Release.Info.TagName.Should().Be("v2.0.0");
        prepared.Plan.RelativePath.Should().Be("CHANGELOG.md");
        prepared.Plan.Diff.Should().StartWith("diff --git a/CHANGELOG.md b/CHANGELOG.md\nnew file mode 100644\n");
        prepared.Notes.Should().Be(StewardRunner.Run(repo.Root, "notes").Out);
        StewardRunner.Run(repo.Root, "changelog").ExitCode.Should().Be(0);
        File.ReadAllBytes(repo.FullPath("CHANGELOG.md")).Should().Equal(prepared.Plan.Edit!.NewContent);
    }
}
