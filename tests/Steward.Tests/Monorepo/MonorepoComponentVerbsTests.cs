using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>`check`, `propagate`, `changelog` and `notes` in a monorepo: every component, or those --component names, each with its own VERSION, commits and changelog.</summary>
public sealed class MonorepoComponentVerbsTests
{
    [Fact]
    public void Check_verifies_each_component_against_its_own_version()
    {
        using var repos = new MonorepoReleaseRepository();
        var work = repos.Work;

        var agreeing = StewardRunner.Run(work.Root, "check");

        agreeing.ExitCode.Should().Be(0, agreeing.Error);
        agreeing.Out.Should().Be(
            "services/api/pyproject.toml:3: [project] version 1.2.0\n" +
            "api: all 1 target agrees with services/api/VERSION 1.2.0\n" +
            "apps/web/package.json:3: version 0.4.0\n" +
            "web: all 1 target agrees with apps/web/VERSION 0.4.0\n" +
            "chart: no targets found; only deploy/chart/VERSION carries the version\n" +
            "core: no targets found; only libs/core/VERSION carries the version\n");

        work.WriteFile("apps/web/package.json", "{\n  \"name\": \"web\",\n  \"version\": \"0.3.0\"\n}\n");
        var drifting = StewardRunner.Run(work.Root, "check");

        drifting.ExitCode.Should().Be(1);
        drifting.Out.Should().Contain("apps/web/package.json:3: found 0.3.0, expected 0.4.0\nweb: 1 of 1 targets disagree with apps/web/VERSION 0.4.0\n");
        drifting.Error.Should().Be("steward: error: 1 target disagrees with their component's VERSION (web); run 'steward propagate --component NAME' to write it\n");
        StewardRunner.Run(work.Root, "check", "--component", "api", "--component", "chart").ExitCode.Should().Be(0);
        var json = StewardRunner.Run(work.Root, "check", "--json", "--component", "api", "--component", "web");
        json.ExitCode.Should().Be(1);
        Golden.Assert("Monorepo/check.json", json.Out);
    }

    [Fact]
    public void An_unknown_component_is_refused_naming_the_known_ones()
    {
        using var repos = new MonorepoReleaseRepository();

        foreach (var verb in new[] { "check", "propagate", "changelog", "notes" })
        {
            var result = StewardRunner.Run(repos.Work.Root, verb, "--component", "nope");

            result.ExitCode.Should().Be(2, verb);
            result.Error.Should().Be("steward: error: --component 'nope' is no component of steward.yml; use one of api, web, chart, core\n", verb);
        }
    }

    [Fact]
    public void Propagate_writes_each_named_component_from_its_own_version_and_refuses_commit()
    {
        using var repos = new MonorepoReleaseRepository();
        var work = repos.Work;
        work.WriteFile("apps/web/VERSION", "0.5.0\n").WriteFile("services/api/VERSION", "1.4.0\n");

        var web = StewardRunner.Run(work.Root, "propagate", "--component", "web");

        web.ExitCode.Should().Be(0, web.Error);
        web.Out.Should().Be("apps/web/package.json:3: version 0.4.0 -> 0.5.0\nweb: updated 1 of 1 file to 0.5.0\n");
        work.ReadFile("services/api/pyproject.toml").Should().Contain("version = \"1.2.0\"");

        var dryRun = StewardRunner.Run(work.Root, "propagate", "--dry-run", "--json");
        dryRun.ExitCode.Should().Be(0, dryRun.Error);
        Golden.Assert("Monorepo/propagate-dry-run.json", dryRun.Out);
        work.ReadFile("services/api/pyproject.toml").Should().Contain("version = \"1.2.0\"");

        StewardRunner.Run(work.Root, "propagate").ExitCode.Should().Be(0);
        work.ReadFile("services/api/pyproject.toml").Should().Contain("version = \"1.4.0\"");
        StewardRunner.Run(work.Root, "check").ExitCode.Should().Be(0);

        var commit = StewardRunner.Run(work.Root, "propagate", "--commit");
        commit.ExitCode.Should().Be(2);
        commit.Error.Should().StartWith("steward: error: --commit: in a repository of several components propagate writes each component's files only;");
    }

    [Fact]
    public void Changelog_adds_each_component_its_own_commits_and_regenerate_rebuilds_each_from_its_tags()
    {
        using var repos = new MonorepoReleaseRepository();
        var work = repos.Work;

        var added = StewardRunner.Run(work.Root, "changelog");

        added.ExitCode.Should().Be(0, added.Error);
        added.Out.Should().Be(
            "services/api/CHANGELOG.md: added 1.3.0\n" +
            "web: nothing to add to apps/web/CHANGELOG.md: no releasable commits since its last release\n" +
            "deploy/chart/CHANGELOG.md: added 3.0.1\n" +
            "core: nothing to add to libs/core/CHANGELOG.md: no releasable commits since its last release\n");
        work.ReadFile("services/api/CHANGELOG.md").Should().Contain("add an endpoint").And.NotContain("mend the values");
        work.ReadFile("deploy/chart/CHANGELOG.md").Should().Contain("mend the values").And.NotContain("add an endpoint");
        File.Exists(work.FullPath("apps/web/CHANGELOG.md")).Should().BeFalse();
        var json = StewardRunner.Run(work.Root, "changelog", "--component", "chart", "--json");
        json.ExitCode.Should().Be(0, json.Error);
        Golden.Assert("Monorepo/changelog.json", json.Out);

        work.Git("checkout", "-q", "--", ".");
        work.Git("clean", "-qfd");
        repos.Release().ExitCode.Should().Be(0);
        var released = work.ReadFile("services/api/CHANGELOG.md");
        File.Delete(work.FullPath("services/api/CHANGELOG.md"));
        File.Delete(work.FullPath("deploy/chart/CHANGELOG.md"));

        var regenerated = StewardRunner.Run(work.Root, "changelog", "--regenerate", "--component", "api", "--component", "chart");

        regenerated.ExitCode.Should().Be(0, regenerated.Error);
        regenerated.Out.Should().Be("services/api/CHANGELOG.md: regenerated from 2 release tags\ndeploy/chart/CHANGELOG.md: regenerated from 2 release tags\n");
        var api = work.ReadFile("services/api/CHANGELOG.md");
        api.Should().Contain("add an endpoint").And.NotContain("mend the values").And.NotContain("a guide outside");
        Section(api, "## 1.3.0").Should().Be(Section(released, "## 1.3.0")).And.Contain("add an endpoint");
        work.ReadFile("deploy/chart/CHANGELOG.md").Should().Contain("mend the values").And.NotContain("add an endpoint");
        File.Exists(work.FullPath("apps/web/CHANGELOG.md")).Should().BeFalse();
    }

    [Fact]
    public void Notes_gives_each_releasing_component_its_own_notes_and_one_named_component_plain_notes()
    {
        using var repos = new MonorepoReleaseRepository();
        var work = repos.Work;

        var all = StewardRunner.Run(work.Root, "notes");

        all.ExitCode.Should().Be(0, all.Error);
        all.Out.Should().StartWith("# api 1.3.0\n\n").And.Contain("\n# chart 3.0.1\n\n").And.NotContain("# web").And.NotContain("# core");
        var api = StewardRunner.Run(work.Root, "notes", "--component", "api");
        api.ExitCode.Should().Be(0, api.Error);
        api.Out.Should().Contain("add an endpoint").And.NotContain("mend the values").And.NotStartWith("# api");
        var json = StewardRunner.Run(work.Root, "notes", "--json");
        json.ExitCode.Should().Be(0, json.Error);
        Golden.Assert("Monorepo/notes.json", MonorepoRepository.MaskShas(json.Out));

        var version = StewardRunner.Run(work.Root, "notes", "--version", "1.2.0");
        version.ExitCode.Should().Be(2);
        version.Error.Should().Be("steward: error: --version is about one component's release; name it with --component NAME (once)\n");
        repos.Release().ExitCode.Should().Be(0);
        var old = StewardRunner.Run(work.Root, "notes", "--component", "chart", "--version", "3.0.1", "--template", "github");
        old.ExitCode.Should().Be(0, old.Error);
        old.Out.Should().Contain("mend the values").And.NotContain("add an endpoint");
    }

    /// <summary>One version's section of a changelog: after its heading line (whose date is the tag's) to the next heading.</summary>
    private static string Section(string changelog, string heading)
    {
        var start = changelog.IndexOf('\n', changelog.IndexOf(heading, StringComparison.Ordinal));
        var end = changelog.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return start < 0 ? string.Empty : changelog[start..(end < 0 ? changelog.Length : end)];
    }
}
