using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>Every components and groups setting that could not work is refused when steward.yml is read: one line naming the key, exit 2, nothing written.</summary>
public sealed class MonorepoConfigTests
{
    [Theory]
    [InlineData("components:\n  - name: Api\n    path: services/api\n", "steward.yml: components[0].name 'Api' is not a name; use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit")]
    [InlineData("components:\n  - name: api\n    path: services/api\n  - name: api\n    path: apps/web\n", "steward.yml: components[1].name 'api' is already the name of components[0]; give each one its own name")]
    [InlineData("components:\n  - name: api\n", "steward.yml: components[0]: component 'api' has neither path nor paths; name the folder its files are in (see docs/monorepo.md)")]
    [InlineData("components:\n  - name: api\n    path: ../elsewhere\n", "steward.yml: components[0].path '../elsewhere' leaves the repository; write a path relative to the repository root, without '..'")]
    [InlineData("components:\n  - name: api\n    path: /etc\n", "steward.yml: components[0].path '/etc' leaves the repository; write a path relative to the repository root, without '..'")]
    [InlineData("components:\n  - name: api\n    path: .git/hooks\n", "steward.yml: components[0].path '.git/hooks' is inside .git; a component's files are tracked files")]
    [InlineData("components:\n  - name: api\n    path: services/missing\n", "steward.yml: components[0].path 'services/missing' is not a folder of the repository; create it or correct the path")]
    [InlineData("components:\n  - name: api\n    path: services\n  - name: web\n    path: services/api\n", "steward.yml: components[1].path 'services/api' overlaps components[0].path 'services'; a file belongs to one component's folder (use exclude, or split the folders)")]
    [InlineData("components:\n  - name: api\n    path: services/api\n  - name: web\n    paths: [services/api/**]\n", "steward.yml: components[1].paths[0] 'services/api' overlaps components[0].path 'services/api'; a file belongs to one component's folder (use exclude, or split the folders)")]
    [InlineData("components:\n  - name: api\n    path: services/api\n    tagPrefix: v\n  - name: web\n    path: apps/web\n    tagPrefix: v\n", "steward.yml: components[1].tagPrefix 'v' is also the tag prefix of components[0] (api); each component needs its own (default: NAME-v)")]
    [InlineData("components:\n  - name: api\n    path: services/api\n    dependsOn: [nope]\n", "steward.yml: components[0].dependsOn[0] names 'nope', which is no component")]
    [InlineData("components:\n  - name: api\n    path: services/api\n    dependsOn: [web]\n  - name: web\n    path: apps/web\n    dependsOn: [api]\n", "steward.yml: components[0].dependsOn makes a dependsOn cycle (api -> web -> api); a component cannot depend on itself through others")]
    [InlineData("components:\n  - name: api\n    path: services/api\n    cascade: major\n", "steward.yml: components[0].cascade 'major' is not a cascade; use patch, minor or none")]
    [InlineData("components:\n  - name: api\n    path: services/api\ngroups:\n  - name: g\n    components: [api, nope]\n", "steward.yml: groups[0].components[1] names 'nope', which is no component")]
    [InlineData("components:\n  - name: api\n    path: services/api\ngroups:\n  - name: g\n    mode: lockstep\n    components: [api]\n", "steward.yml: groups[0].mode 'lockstep' is not a group mode; use fixed (one version for all) or linked (released together)")]
    [InlineData("components:\n  - name: api\n    path: services/api\n  - name: web\n    path: apps/web\ngroups:\n  - name: one\n    components: [api, web]\n  - name: two\n    mode: fixed\n    components: [web]\n", "steward.yml: groups: component 'web' is in the fixed groups 'one' and 'two'; a component has one version, so it is in one fixed group at most")]
    [InlineData("groups:\n  - name: g\n    components: [api]\n", "steward.yml: groups names components, but there is no components key; list the components first")]
    public void A_setting_that_cannot_work_is_refused_with_one_line_naming_its_key(string yaml, string expected)
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("services/api/VERSION", "1.0.0\n").WriteFile("apps/web/VERSION", "1.0.0\n").WriteFile("steward.yml", yaml);
        repo.Commit("chore: start");
        var before = repo.Snapshot();

        foreach (var verb in new[] { "next", "release" })
        {
            var result = StewardRunner.Run(repo.Root, verb);

            result.Should().Be(new StewardResult(2, string.Empty, $"steward: error: {expected}\n"), verb);
            repo.Snapshot().Should().Be(before);
        }
    }

    [Fact]
    public void Tag_prefixes_default_to_the_name_and_v_and_other_forms_work()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", "components:\n  - name: api\n    path: services/api\n    tagPrefix: api@\n  - name: web\n    path: apps/web\n    tagPrefix: web/v\n  - name: core\n    path: libs/core\n")
            .WriteFile("services/api/VERSION", "1.0.0\n").WriteFile("apps/web/VERSION", "1.0.0\n").WriteFile("libs/core/VERSION", "1.0.0\n");
        repo.Commit("chore: start");
        repo.Tag("api@1.0.0").Tag("web/v1.0.0").Tag("core-v1.0.0");
        repo.WriteFile("services/api/a", "1\n").WriteFile("apps/web/a", "1\n").WriteFile("libs/core/a", "1\n").Commit("fix: all three");

        var result = StewardRunner.Run(repo.Root, "next", "--json");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("\"tag\": \"api@1.0.1\"").And.Contain("\"tag\": \"web/v1.0.1\"").And.Contain("\"tag\": \"core-v1.0.1\"");
    }

    [Fact]
    public void Paths_and_exclude_decide_which_files_belong_to_a_component()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", "components:\n  - name: chart\n    path: deploy/chart\n    exclude: ['**/*.md']\n  - name: ui\n    paths: ['libs/ui/**', 'shared/ui-*.css']\n")
            .WriteFile("deploy/chart/VERSION", "1.0.0\n").WriteFile("libs/ui/VERSION", "1.0.0\n");
        repo.Commit("chore: start");
        repo.Tag("chart-v1.0.0").Tag("ui-v1.0.0");
        repo.WriteFile("deploy/chart/README.md", "docs\n").Commit("fix: chart docs only");
        repo.WriteFile("shared/ui-theme.css", "a{}\n").Commit("feat: a theme for the ui");

        StewardRunner.Run(repo.Root, "next").Should().Be(new StewardResult(0, "ui 1.1.0\n", string.Empty));
    }
}
