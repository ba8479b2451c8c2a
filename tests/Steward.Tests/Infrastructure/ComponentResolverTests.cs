using Steward.Configuration;
using Steward.Core.Components;
using Steward.Tests.Support;

namespace Steward.Tests.Infrastructure;

public class ComponentResolverTests
{
    [Fact]
    public void A_repository_with_its_own_tag_prefix_and_changelog_file_is_one_root_component_with_them()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", "tagPrefix: release-\nchangelog:\n  file: docs/HISTORY.md\n  notesTemplate: keepachangelog\npropagate:\n  detect: false\n");

        var components = ComponentResolver.Resolve(ConfigLoader.Load(repo.Root));

        var component = components.Should().ContainSingle().Subject;
        component.Name.Should().Be(Component.RootName);
        component.Path.Should().BeEmpty();
        component.VersionFile.Should().Be("VERSION");
        component.TagPrefix.Should().Be("release-");
        component.ChangelogFile.Should().Be("docs/HISTORY.md");
        component.Changelog.NotesTemplate.Should().Be("keepachangelog");
        component.Propagate.Detect.Should().BeFalse();
    }

    [Fact]
    public void A_repository_without_steward_yml_is_one_root_component_with_every_default()
    {
        using var repo = TempGitRepository.Create();

        var component = ComponentResolver.Single(ConfigLoader.Load(repo.Root));

        component.Should().BeEquivalentTo(new { Name = "root", Path = string.Empty, VersionFile = "VERSION", TagPrefix = "v", ChangelogFile = "CHANGELOG.md" });
    }

    [Fact]
    public void The_version_tools_read_the_root_component_even_when_steward_yml_is_broken()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", "tagPrefx: x\n");

        ComponentResolver.SingleLeniently(repo.Root).VersionFile.Should().Be("VERSION");
        StewardRunner.Run(repo.Root, "version", "set", "1.2.3").ExitCode.Should().Be(0);
        File.ReadAllText(repo.FullPath("VERSION")).Should().Be("1.2.3\n");
    }
}
