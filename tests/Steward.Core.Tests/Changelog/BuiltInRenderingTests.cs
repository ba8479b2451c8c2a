using Steward.Core.Changelog;
using Steward.Core.Changelog.Rendering;

namespace Steward.Core.Tests.Changelog;

/// <summary>
/// The built-in templates are rendered by code written out from their .hbs files (Handlebars.Net is slow under Native
/// AOT). Whatever the release, that code must write exactly what Handlebars.Net writes for the .hbs text: every shape a
/// release takes (links or none, each section alone, breaking notes, dependencies, no changes, no contributors) is
/// rendered both ways and compared.
/// </summary>
public class BuiltInRenderingTests
{
    public static TheoryData<string> Names => [.. BuiltInTemplates.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_shape_of_release_renders_as_Handlebars_renders_the_template(string name)
    {
        var builtIn = BuiltInTemplates.Find(name)!;
        var native = CompiledTemplate.Compile(builtIn);
        var handlebars = CompiledTemplate.Compile(builtIn with { Name = $"{name}.hbs", IsBuiltIn = false });

        var releases = Releases().ToList();
        releases.Should().HaveCountGreaterThan(60);
        foreach (var (label, release) in releases)
        {
            native.Render(release).Should().Be(handlebars.Render(release), $"{name} for {label}");
        }
    }

    [Fact]
    public void Extra_names_beside_the_release_reach_the_built_in_rendering_as_they_reach_Handlebars()
    {
        var builtIn = BuiltInTemplates.Find(BuiltInTemplates.GitHub)!;
        var release = Scenario.Build(Scenario.GitHub);
        var extra = new Dictionary<string, object?> { ["previousTag"] = "v0.9.9", ["project"] = "rocket" };

        CompiledTemplate.Compile(builtIn).Render(release, extra)
            .Should().Be(CompiledTemplate.Compile(builtIn with { IsBuiltIn = false }).Render(release, extra))
            .And.Contain("[v0.9.9...v1.4.0]");
    }

    private static IEnumerable<(string Label, Release Release)> Releases()
    {
        var empty = new ReleaseInfo("0.1.0", "v0.1.0", new DateOnly(2026, 1, 2), null, null);
        yield return ("an empty first release", ReleaseBuilder.Build(empty, [], ChangelogOptions.Default, null));
        yield return ("an empty release with links", ReleaseBuilder.Build(Scenario.Info, [], ChangelogOptions.Default, Scenario.GitHub));
        yield return ("dependencies alone", ReleaseBuilder.Build(Scenario.Info, [], ChangelogOptions.Default, null) with
        {
            Dependencies = [new DependencyUpdate("core", "2.0.0"), new DependencyUpdate("api", "1.1.0")],
        });

        foreach (var links in new[] { null, Scenario.GitHub })
        {
            var label = links is null ? "without links" : "with links";
            var all = ReleaseBuilder.Build(Scenario.Info, Scenario.Commits, Scenario.Options, links, Scenario.Mailmap);
            yield return ($"every commit {label}", all);
            yield return ($"every commit and dependencies {label}", all with { Dependencies = [new DependencyUpdate("core", "2.0.0")] });
            yield return ($"every commit, no mailmap {label}", ReleaseBuilder.Build(Scenario.Info, Scenario.Commits, Scenario.Options, links, null));

            // Each commit alone: one section at a time, with and without scope, references, notes and authors.
            for (var i = 0; i < Scenario.Commits.Count; i++)
            {
                yield return ($"commit {i} alone {label}", ReleaseBuilder.Build(Scenario.Info, [Scenario.Commits[i]], Scenario.Options, links, Scenario.Mailmap));
            }

            // The first and the last few together.
            for (var n = 2; n < Scenario.Commits.Count; n += 5)
            {
                yield return ($"the first {n} commits {label}", ReleaseBuilder.Build(Scenario.Info, Scenario.Commits.Take(n).ToList(), Scenario.Options, links, Scenario.Mailmap));
                yield return ($"the last {n} commits {label}", ReleaseBuilder.Build(Scenario.Info, Scenario.Commits.TakeLast(n).ToList(), Scenario.Options, links, Scenario.Mailmap));
            }
        }
    }
}
