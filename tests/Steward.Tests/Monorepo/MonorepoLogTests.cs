using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>`steward log` in a monorepo: each component's commits, then the commits that touch no component.</summary>
public sealed class MonorepoLogTests
{
    [Fact]
    public void Each_component_lists_its_own_commits_and_a_commit_touching_none_says_so()
    {
        using var repo = MonorepoRepository.Released();
        repo.WriteFile("services/api/a.py", "1\n").Commit("feat(api): add an endpoint");
        repo.WriteFile("docs/guide.md", "x\n").Commit("docs: a guide");

        var result = StewardRunner.Run(repo.Root, "log");

        result.ExitCode.Should().Be(0, result.Error);
        var text = MonorepoRepository.MaskShas(result.Out);
        text.Should().StartWith("api: 1 commit since api-v1.2.0; bump: minor\n");
        text.Should().Contain("web: 0 commits since web-v0.4.0; bump: none\n");
        text.Should().Contain("add an endpoint").And.NotContain("####### docs     ");

        // The README commit after the tags and the docs commit belong to no component.
        text.Should().Contain("no component: 2 commits touch no component's files (they release nothing)\n");
        text.Should().Contain("a guide").And.Contain("describe the repository");
    }

    [Fact]
    public void Component_restricts_the_log_and_json_names_the_commits_of_no_component()
    {
        using var repo = MonorepoRepository.Released();
        repo.WriteFile("services/api/a.py", "1\n").Commit("fix(api): mend");

        StewardRunner.Run(repo.Root, "log", "--component", "api").Out.Should().StartWith("api: 1 commit since api-v1.2.0; bump: patch\n").And.NotContain("no component");
        var json = StewardRunner.Run(repo.Root, "log", "--json");
        json.ExitCode.Should().Be(0);
        json.Out.Should().Contain("\"noComponent\": [").And.Contain("\"subject\": \"feat: describe the repository\"");
    }
}
