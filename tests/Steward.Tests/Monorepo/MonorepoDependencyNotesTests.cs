using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>A component released because a dependency released lists that dependency and its new version, not "No notable changes.".</summary>
public sealed class MonorepoDependencyNotesTests
{
    private const string Config = """
        components:
          - name: web
            path: apps/web
            dependsOn: [core]
          - name: core
            path: libs/core

        """;

    [Fact]
    public void Notes_list_the_dependency_a_cascade_only_release_comes_from()
    {
        using var repo = Repository();

        var notes = StewardRunner.Run(repo.Root, "notes", "--component", "web");

        notes.ExitCode.Should().Be(0, notes.Error);
        notes.Out.Should().Be("## Dependencies\n\n- **core:** updated to 2.1.1\n");
        var core = StewardRunner.Run(repo.Root, "notes", "--component", "core");
        core.Out.Should().Contain("mend the parser").And.NotContain("Dependencies");
    }

    [Fact]
    public void Release_writes_the_dependency_into_the_dependent_s_changelog_and_tag_message()
    {
        using var repo = Repository();

        var release = StewardRunner.Run(repo.Root, "release");

        release.ExitCode.Should().Be(0, release.Error);
        var changelog = repo.ReadFile("apps/web/CHANGELOG.md");
        changelog.Should().Contain("## 0.4.1 - ").And.Contain("\n\n### Dependencies\n\n- **core:** updated to 2.1.1\n").And.NotContain("No notable changes");
        repo.ReadFile("libs/core/CHANGELOG.md").Should().NotContain("Dependencies");
        repo.Git("tag", "-l", "--format=%(contents)", "web-v0.4.1").Should().Contain("- **core:** updated to 2.1.1").And.NotContain("No notable changes");
    }

    [Fact]
    public void Changelog_adds_the_dependency_section_to_the_dependent()
    {
        using var repo = Repository();

        var result = StewardRunner.Run(repo.Root, "changelog", "--component", "web");

        result.ExitCode.Should().Be(0, result.Error);
        repo.ReadFile("apps/web/CHANGELOG.md").Should().Contain("### Dependencies\n\n- **core:** updated to 2.1.1\n").And.NotContain("No notable changes");
    }

    private static TempGitRepository Repository() =>
        RepositoryTemplates.Copy("monorepo-dependency-notes", () =>
        {
            var repo = TempGitRepository.Create();
            repo.WriteFile("steward.yml", Config)
                .WriteFile("apps/web/VERSION", "0.4.0\n")
                .WriteFile("libs/core/VERSION", "2.1.0\n");
            repo.Commit("chore: start");
            repo.Tag("web-v0.4.0").Tag("core-v2.1.0");
            repo.WriteFile("libs/core/a.cs", "1\n").Commit("fix(core): mend the parser");
            return [repo];
        })[0];
}
