using Steward.Tests.Support;

namespace Steward.Tests.History;

/// <summary>Repositories whose release tags have no prefix (cocogitto: 5.1.0).</summary>
public sealed class UnprefixedTagTests
{
    private static TempGitRepository Create()
    {
        var repo = TempGitRepository.Create();
        repo.Commit("feat: first");
        repo.Tag("8.0.0");
        repo.Commit("fix: mend");
        repo.Tag("8.0.1");
        repo.Commit("feat: more");
        return repo;
    }

    [Fact]
    public void From_an_unprefixed_tag_the_hint_names_tag_prefix()
    {
        using var repo = Create();

        var result = StewardRunner.Run(repo.Root, "next", "--from", "8.0.1");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: --from 8.0.1: not a release tag with the prefix 'v' (vX.Y.Z); for tags without a prefix pass --tag-prefix '' (or set tagPrefix: '' in steward.yml)\n");
        StewardRunner.Run(repo.Root, "next", "--from", "8.0.1", "--tag-prefix", "").Out.Should().Be("8.1.0\n");
    }

    [Fact]
    public void Notes_and_changelog_take_tag_prefix()
    {
        using var repo = Create();

        var notes = StewardRunner.Run(repo.Root, "notes", "--version", "8.0.1", "--tag-prefix", "", "--template", "keepachangelog");
        var changelog = StewardRunner.Run(repo.Root, "changelog", "--regenerate", "--tag-prefix", "");

        notes.ExitCode.Should().Be(0, notes.Error);
        notes.Out.Should().StartWith("## 8.0.1 - ").And.Contain("- mend (");
        changelog.ExitCode.Should().Be(0, changelog.Error);
        changelog.Out.Should().Be("CHANGELOG.md: regenerated from 2 release tags\n");
        repo.ReadFile("CHANGELOG.md").Should().Contain("## 8.0.1 - ").And.Contain("## 8.0.0 - ");
    }
}
