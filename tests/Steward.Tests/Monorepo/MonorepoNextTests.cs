using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>`steward next` in a monorepo: one line per component that would release, from one history walk.</summary>
public sealed class MonorepoNextTests
{
    [Fact]
    public void Each_component_is_decided_by_the_commits_that_touch_its_files()
    {
        using var repo = MonorepoRepository.Released();
        repo.WriteFile("services/api/main.py", "print()\n").Commit("feat(api): add an endpoint");
        repo.WriteFile("deploy/chart/values.yaml", "a: 1\n").Commit("fix(chart): mend the values");

        var result = MonorepoRepository.Next(repo);

        result.Should().Be(new StewardResult(0, "api 1.3.0\nchart 3.0.1\n", string.Empty));
    }

    [Fact]
    public void A_commit_touching_two_components_releases_both()
    {
        using var repo = MonorepoRepository.Released();
        repo.WriteFile("services/api/a.py", "1\n").WriteFile("apps/web/a.js", "1\n").Commit("feat: one change across two components");

        MonorepoRepository.Next(repo).Out.Should().Be("api 1.3.0\nweb 0.5.0\n");
    }

    [Fact]
    public void Several_components_tags_on_one_commit_are_each_their_own_components_last_release()
    {
        // All four tags sit on the first commit; each component counts only its own commits since its own tag.
        using var repo = MonorepoRepository.Released();
        repo.WriteFile("libs/core/a.cs", "1\n").Commit("fix: core");
        repo.Tag("core-v2.1.1");
        repo.WriteFile("libs/core/b.cs", "1\n").Commit("feat: core again");

        MonorepoRepository.Next(repo).Out.Should().Be("core 2.2.0\n");
    }

    [Fact]
    public void A_tag_of_a_tree_or_blob_is_no_components_release()
    {
        using var repo = MonorepoRepository.Released();
        repo.WriteFile("services/api/main.py", "print()\n").Commit("feat(api): add an endpoint");
        var tree = repo.Git("rev-parse", "HEAD^{tree}").Trim();
        var blob = repo.Git("rev-parse", "HEAD:services/api/main.py").Trim();
        repo.Tag("api-v9.0.0", tree).Tag("api-v8.0.0", tree, annotated: false).Tag("api-v7.0.0", blob);

        MonorepoRepository.Next(repo).Out.Should().Be("api 1.3.0\n");
    }

    [Fact]
    public void A_commit_touching_no_component_releases_nothing_and_exits_3()
    {
        using var repo = MonorepoRepository.Released();
        repo.WriteFile("docs/guide.md", "x\n").Commit("feat: a guide outside every component");
        var before = repo.Snapshot();

        var result = MonorepoRepository.Next(repo);

        result.ExitCode.Should().Be(3);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be("steward: nothing to release: none of the 4 components has releasable commits since its last release\n");
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Release_As_forces_the_named_components_version()
    {
        using var repo = MonorepoRepository.Released();
        repo.WriteFile("services/api/a.py", "1\n").Commit("fix(api): a fix\n\nRelease-As: api@2.0.0");

        MonorepoRepository.Next(repo, "--explain").Out.Should().Contain("api 2.0.0\n  Release-As: api@2.0.0 in a commit since its last release\n");
    }

    [Fact]
    public void Release_As_that_is_no_version_is_refused_naming_the_commit()
    {
        using var repo = MonorepoRepository.Released();
        var sha = repo.Commit("chore: plan\n\nRelease-As: api@two");

        var result = MonorepoRepository.Next(repo);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"steward: error: commit {sha[..7]}: Release-As 'api@two' is not a version; write Release-As: NAME@X.Y.Z (or X.Y.Z in a one-component repository)\n");
    }

    [Fact]
    public void Component_restricts_the_answer_to_the_named_components()
    {
        using var repo = MonorepoRepository.Released();
        repo.WriteFile("services/api/a.py", "1\n").WriteFile("apps/web/a.js", "1\n").Commit("fix: both");

        MonorepoRepository.Next(repo, "--component", "web").Out.Should().Be("web 0.4.1\n");
        MonorepoRepository.Next(repo, "--component", "chart").ExitCode.Should().Be(3);
    }

    [Fact]
    public void An_unknown_component_is_refused_with_the_known_ones()
    {
        using var repo = MonorepoRepository.Released();

        var result = MonorepoRepository.Next(repo, "--component", "nope");

        result.Should().Be(new StewardResult(2, string.Empty, "steward: error: --component 'nope' is no component of steward.yml; use one of api, web, chart, core\n"));
    }

    [Fact]
    public void A_fixed_group_gives_every_member_the_highest_bump_and_one_version()
    {
        using var repo = MonorepoRepository.Released("""
            groups:
              - name: platform
                mode: fixed
                components: [api, chart]

            """);
        repo.WriteFile("services/api/a.py", "1\n").Commit("feat(api): new");

        var result = MonorepoRepository.Next(repo, "--explain");

        // chart's 3.0.0 is the higher base: with api's minor, both become 3.1.0.
        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("api 3.1.0\n").And.Contain("chart 3.1.0\n  its commits: no commits since chart-v3.0.0\n")
            .And.Contain("  fixed group platform: the highest bump of its members is minor (api release)\n");
    }

    [Fact]
    public void A_linked_group_releases_every_member_each_with_its_own_version()
    {
        using var repo = MonorepoRepository.Released("""
            groups:
              - name: front
                mode: linked
                components: [api, web]

            """);
        repo.WriteFile("services/api/a.py", "1\n").Commit("feat(api): new");

        MonorepoRepository.Next(repo).Out.Should().Be("api 1.3.0\nweb 0.4.1\n");
    }

    [Theory]
    [InlineData("", "api 1.2.1\ncore 3.0.0\n")]
    [InlineData("    cascade: minor\n", "api 1.3.0\ncore 3.0.0\n")]
    [InlineData("    cascade: none\n", "core 3.0.0\n")]
    public void A_dependencys_release_cascades_to_its_dependents_never_as_a_major(string cascade, string expected)
    {
        using var repo = MonorepoRepository.Released();
        repo.WriteFile("steward.yml", MonorepoRepository.Components.Replace("    path: services/api\n", "    path: services/api\n    dependsOn: [core]\n" + cascade, StringComparison.Ordinal));
        repo.WriteFile("libs/core/a.cs", "1\n").Commit("feat(core)!: a breaking change");

        MonorepoRepository.Next(repo).Out.Should().Be(expected);
    }

    [Fact]
    public void The_cascade_is_explained()
    {
        using var repo = MonorepoRepository.Released();
        repo.WriteFile("steward.yml", MonorepoRepository.Components.Replace("    path: services/api\n", "    path: services/api\n    dependsOn: [core]\n", StringComparison.Ordinal));
        repo.WriteFile("libs/core/a.cs", "1\n").Commit("fix(core): mend");

        MonorepoRepository.Next(repo, "--explain", "--component", "api").Out.Should().Be(
            "api 1.2.1\n  its commits: no commits since api-v1.2.0\n"
            + "  cascade: it depends on core, which releases (cascade: patch)\n");
    }

    [Fact]
    public void Json_lists_each_releasing_component()
    {
        using var repo = MonorepoRepository.Released();
        repo.WriteFile("services/api/main.py", "print()\n").Commit("feat(api): add an endpoint");
        repo.WriteFile("deploy/chart/values.yaml", "a: 1\n").Commit("fix(chart): mend the values");

        var result = MonorepoRepository.Next(repo, "--json");

        result.ExitCode.Should().Be(0);
        Golden.Assert("Monorepo/next.json", MonorepoRepository.MaskShas(result.Out));
    }

    [Fact]
    public void Without_a_components_key_next_answers_for_the_one_root_component_as_before()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "1.0.0\n").Commit("chore: start");
        repo.Tag("v1.0.0");
        repo.WriteFile("services/api/a.py", "1\n").Commit("feat: new");

        MonorepoRepository.Next(repo).Should().Be(new StewardResult(0, "1.1.0\n", string.Empty));
        MonorepoRepository.Next(repo, "--component", "api").ExitCode.Should().Be(2);
    }
}
