using Steward.Tests.Forge;
using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>
/// <c>--pr-notes api</c> in a monorepo, on the fake GitHub: each component's commits get their pull requests'
/// descriptions, a pull request that touches two components is asked for once and its text is in both components'
/// notes and changelogs, and a pull request the forge does not have is one warning, its commit text standing in each component.
/// </summary>
public sealed class MonorepoPullRequestNotesTests : IAsyncLifetime
{
    private const string Block = "Storage for both.\n\n```release-note\nUploads larger than 5 GiB are split into parts.\n```\n";

    private FakeGitHub github = null!;

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
    }

    public async Task DisposeAsync() => await github.DisposeAsync();

    /// <summary>The monorepo on the fake forge, with one commit (#7) touching the api and the chart.</summary>
    private MonorepoReleaseRepository Repository()
    {
        var repos = new MonorepoReleaseRepository();
        repos.Work.WriteFile("steward.yml", $"forge:\n  type: github\n  api: {github.Url}\n  repository: acme/demo\n" + MonorepoRepository.Components)
            .Commit("chore: the forge");
        repos.Work.WriteFile("services/api/storage.py", "x\n").WriteFile("deploy/chart/storage.yaml", "x: 1\n").Commit("feat: add blob storage (#7)");
        return repos;
    }

    private static StewardResult Notes(MonorepoReleaseRepository repos, params string[] args) =>
        StewardRunner.Run(repos.Work.Root, null, new Dictionary<string, string?> { ["GITHUB_TOKEN"] = FakeGitHub.Token }, ["notes", .. args]);

    [Fact]
    public void A_pull_request_touching_two_components_is_asked_for_once_and_its_note_is_in_both()
    {
        using var repos = Repository();
        github.AddMergedPull(7, "feat: add blob storage", Block);

        var result = Notes(repos, "--pr-notes", "api", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        var notes = document.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("component").GetString()!, e => e.GetProperty("notes").GetString()!);
        notes["api"].Should().Contain("Uploads larger than 5 GiB are split into parts.").And.NotContain("add blob storage");
        notes["chart"].Should().Contain("Uploads larger than 5 GiB are split into parts.").And.NotContain("add blob storage");
        github.Log.Count(l => l.Contains("/pulls/7", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void Changelog_writes_the_note_into_both_components_changelogs_with_one_request()
    {
        using var repos = Repository();
        github.AddMergedPull(7, "feat: add blob storage", Block);

        var result = StewardRunner.Run(repos.Work.Root, null, new Dictionary<string, string?> { ["GITHUB_TOKEN"] = FakeGitHub.Token }, "changelog", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        repos.Work.ReadFile("services/api/CHANGELOG.md").Should().Contain("Uploads larger than 5 GiB are split into parts.").And.NotContain("add blob storage");
        repos.Work.ReadFile("deploy/chart/CHANGELOG.md").Should().Contain("Uploads larger than 5 GiB are split into parts.").And.NotContain("add blob storage");
        github.Log.Count(l => l.Contains("/pulls/7", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void A_pull_request_the_forge_does_not_have_is_one_warning_and_the_commit_text()
    {
        using var repos = Repository();

        var result = Notes(repos, "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Be("steward: warning: pull request #7 is not on GitHub (404): its notes use the commit text\n");
        result.Out.Should().Contain("# api ").And.Contain("# chart ");
        result.Out.Split("add blob storage").Length.Should().Be(3, "the commit text stands in both components' notes");
    }

    [Fact]
    public void Without_a_token_one_warning_for_all_components()
    {
        using var repos = Repository();
        github.AddMergedPull(7, "feat: add blob storage", Block);

        var result = StewardRunner.Run(repos.Work.Root, null, new Dictionary<string, string?> { ["GITHUB_TOKEN"] = null }, "notes", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().StartWith("steward: warning: ");
        github.Log.Should().BeEmpty();
    }
}
