using System.Text.Json;
using Steward.Tests.Monorepo;
using Steward.Tests.Support;

namespace Steward.Tests.Announce;

/// <summary>
/// Announcing in a monorepo: release --announce announces each released component (its name, version, tag and notes)
/// after the one push; steward announce takes --component or --tag, and by default every component whose newest
/// release is at HEAD.
/// </summary>
public sealed class MonorepoAnnounceTests : IDisposable
{
    private const string Announcers = "artifacts:\n  name: demo\nannounce:\n  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\n"
        + "    template: \"{{component}} {{version}} ({{tag}}): {{notes}}\"\n";

    private readonly MonorepoReleaseRepository project = new();
    private readonly LoopbackReceiver receiver = new();
    private readonly Dictionary<string, string?> environment;

    public MonorepoAnnounceTests()
    {
        environment = new Dictionary<string, string?> { ["SLACK_URL"] = receiver.Address("services/T0KEN-slack") };
        project.Work.WriteFile("steward.yml", MonorepoRepository.Components + Announcers).Commit("chore: announcers");
        project.Work.Git("push", "-q", "origin", "main");
    }

    private TempGitRepository Work => project.Work;

    public void Dispose()
    {
        receiver.Dispose();
        project.Dispose();
    }

    private StewardResult Run(params string[] args) => StewardRunner.Run(Work.Root, null, TestEnvironment.Create(environment), args);

    private List<string> Messages() =>
        [.. receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("text").GetString()!)];

    [Fact]
    public void Release_with_announce_announces_each_released_component_with_its_own_notes()
    {
        var result = Run("release", "--push", "--announce");

        result.ExitCode.Should().Be(0, result.Error);
        var messages = Messages();
        messages.Should().HaveCount(2);
        messages[0].Should().StartWith("api 1.3.0 (api-v1.3.0): ").And.Contain("add an endpoint").And.NotContain("mend the values");
        messages[1].Should().StartWith("chart 3.0.1 (chart-v3.0.1): ").And.Contain("mend the values").And.NotContain("add an endpoint");
        project.Remote.Git("notes", "--ref=steward-announce", "show", "api-v1.3.0").Should().StartWith("chat ");
        project.Remote.Git("notes", "--ref=steward-announce", "show", "chart-v3.0.1").Should().StartWith("chat ");

        var again = Run("announce");
        again.ExitCode.Should().Be(0, again.Error);
        again.Out.Should().Contain("announce: slack 'chat': api-v1.3.0 was already delivered").And.Contain("announce: slack 'chat': chart-v3.0.1 was already delivered");
        receiver.Requests.Should().HaveCount(2, "by default the components released at HEAD, each delivered once");
    }

    [Fact]
    public void The_release_dry_run_plans_one_announce_step_per_component_after_the_push()
    {
        var result = Run("release", "--push", "--announce", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        var steps = result.Out.Split('\n').SkipWhile(l => l != "steps:").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        steps[^3].Should().StartWith("  git push --atomic");
        steps[^2].Should().Be("  announce: api-v1.3.0 to slack 'chat' (unless its delivery is recorded)");
        steps[^1].Should().Be("  announce: chart-v3.0.1 to slack 'chat' (unless its delivery is recorded)");
        receiver.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Announce_takes_a_component_or_a_tag()
    {
        var byComponent = Run("announce", "--component", "web", "--component", "core", "--dry-run");
        byComponent.ExitCode.Should().Be(0, byComponent.Error);
        byComponent.Out.Should().StartWith("steps:\n  announce: web-v0.4.0 to slack 'chat' (unless its delivery is recorded)\n"
            + "  announce: core-v2.1.0 to slack 'chat' (unless its delivery is recorded)\n");

        var byTag = Run("announce", "--tag", "api-v1.2.0");
        byTag.ExitCode.Should().Be(0, byTag.Error);
        Messages().Should().ContainSingle().Which.Should().StartWith("api 1.2.0 (api-v1.2.0): ");
    }

    [Fact]
    public void Without_a_component_release_at_HEAD_announce_is_exit_2_with_one_line()
    {
        var result = Run("announce");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: no component's newest release is at HEAD (no tag api-vX.Y.Z, web-vX.Y.Z, chart-vX.Y.Z, core-vX.Y.Z points at it), "
            + "so there is nothing to announce; name one with --component NAME or --tag TAG\n");
        Run("announce", "--tag", "api-v1.2.0", "--component", "api").Error.Should().Be("steward: error: --tag and --component both name what to announce; give one of them\n");
        receiver.Requests.Should().BeEmpty();
    }
}
