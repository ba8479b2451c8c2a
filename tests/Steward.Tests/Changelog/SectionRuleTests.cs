using Steward.Tests.Support;

namespace Steward.Tests.Changelog;

/// <summary>
/// Which section a commit goes to (docs/changelog.md): a feat is a feature first; a deprecation note is also listed
/// under Deprecations; a section named after a scope does not repeat it.
/// </summary>
public sealed class SectionRuleTests
{
    [Fact]
    public void Features_come_first_and_a_deprecation_is_listed_under_Deprecations_as_well()
    {
        using var repo = TempGitRepository.Create();
        repo.Commit("feat: one");
        repo.Tag("v1.0.0");
        repo.Commit("fix(deps): bump x");
        repo.Commit("feat(deps): support react 19");
        repo.Commit("feat: new flag\n\nDeprecated: --old-flag");

        var next = StewardRunner.Run(repo.Root, "next");
        var notes = StewardRunner.Run(repo.Root, "notes");

        next.Out.Should().Be("1.1.0\n");
        notes.ExitCode.Should().Be(0, notes.Error);
        var sections = Sections(notes.Out);
        sections.Keys.Where(k => k != "Contributors").Should().Equal("Features", "Deprecations", "Dependencies");
        sections["Features"].Should().HaveCount(2);
        sections["Features"][0].Should().StartWith("- new flag (");
        sections["Features"][1].Should().StartWith("- **deps:** support react 19 (");
        sections["Deprecations"].Should().ContainSingle().Which.Should().StartWith("- new flag (");
        sections["Dependencies"].Should().ContainSingle().Which.Should().StartWith("- bump x (", "the Dependencies section does not repeat 'deps'");
    }

    [Fact]
    public void A_dependency_update_in_the_changelog_drops_the_deps_scope()
    {
        using var repo = TempGitRepository.Create();
        repo.Commit("feat: one");
        repo.Tag("v1.0.0");
        repo.Commit("fix(deps): bump x from 1 to 2");
        repo.Commit("chore(deps-dev): bump y from 3 to 4");

        var result = StewardRunner.Run(repo.Root, "changelog");

        result.ExitCode.Should().Be(0, result.Error);
        var changelog = repo.ReadFile("CHANGELOG.md");
        changelog.Should().Contain("### Dependencies").And.Contain("- bump x from 1 to 2 (").And.Contain("- bump y from 3 to 4 (")
            .And.NotContain("**deps");
    }

    private static Dictionary<string, List<string>> Sections(string notes)
    {
        var sections = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in notes.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = sections[line[3..]] = [];
            }
            else if (current is not null && line.StartsWith("- ", StringComparison.Ordinal))
            {
                current.Add(line);
            }
        }

        return sections;
    }
}
