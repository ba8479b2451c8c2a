using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Components;

public class ComponentTests
{
    [Fact]
    public void The_root_component_of_a_default_configuration_is_the_repository_as_before_components()
    {
        var root = Component.Root(new StewardConfig());

        root.Name.Should().Be("root");
        root.IsRoot.Should().BeTrue();
        root.VersionFile.Should().Be("VERSION");
        root.TagPrefix.Should().Be("v");
        root.ChangelogFile.Should().Be("CHANGELOG.md");
        root.Propagate.Detect.Should().BeTrue();
        root.TagOf(SemanticVersion.Parse("1.2.3")).Should().Be("v1.2.3");
    }

    [Fact]
    public void The_root_component_takes_the_root_keys_of_the_configuration()
    {
        var config = new StewardConfig
        {
            TagPrefix = "release-",
            Changelog = new ChangelogConfig { File = "docs/HISTORY.md" },
            Propagate = new PropagateConfig { Detect = false },
        };

        var root = Component.Root(config);

        root.TagPrefix.Should().Be("release-");
        root.ChangelogFile.Should().Be("docs/HISTORY.md");
        root.Propagate.Detect.Should().BeFalse();
        root.TagOf(SemanticVersion.Parse("2.0.0-rc.1")).Should().Be("release-2.0.0-rc.1");
    }

    [Fact]
    public void A_component_in_a_folder_keeps_its_files_in_that_folder()
    {
        var api = Component.Root(new StewardConfig()) with { Name = "api", Path = "services/api", TagPrefix = "api-v" };

        api.IsRoot.Should().BeFalse();
        api.VersionFile.Should().Be("services/api/VERSION");
        api.At("pyproject.toml").Should().Be("services/api/pyproject.toml");
        api.TagOf(SemanticVersion.Parse("1.3.0")).Should().Be("api-v1.3.0");
    }
}
