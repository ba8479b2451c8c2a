using FluentAssertions;
using Steward.Tests.PullRequests;
using Xunit;

namespace Steward.Tests.Forge.Contract;

/// <summary>
/// steward pr's calls (pulls by head, create, update, labels, workflow_dispatch) and the labelling after the release,
/// through Stoplight Prism checking every request and answer against GitHub's OpenAPI description, as
/// <see cref="GitHubContractTests"/> does for publish.
/// </summary>
[Trait("Category", ContractTools.Category)]
public sealed class PullRequestContractTests : IAsyncLifetime
{
    private FakeGitHub github = null!;
    private NodeServer prism = null!;
    private PullRequestFixture fixture = null!;

    public async Task InitializeAsync()
    {
        if (ContractTools.Missing() is not null)
        {
            return;
        }

        github = await FakeGitHub.StartAsync();
        prism = await NodeServer.StartAsync(
            ContractTools.Prism,
            ["proxy", ContractTools.GitHubDescription, github.Url, "--host", "127.0.0.1", "--port", "{port}", "--errors"],
            "Prism is listening",
            TimeSpan.FromSeconds(120));
        github.PublicUrl = prism.Url;
        fixture = PullRequestFixture.Create(prism.Url, "pr:\n  dispatch: ci.yml\n");
    }

    public async Task DisposeAsync()
    {
        fixture?.Dispose();
        prism?.Dispose();
        if (github is not null)
        {
            await github.DisposeAsync();
        }
    }

    [ContractFact]
    public void Opening_updating_and_releasing_a_release_pull_request_keep_to_the_contract()
    {
        Run("pr", "--dry-run", "--json");
        Run("pr");
        Run("pr");
        fixture.PushToBase("fix: a late fix", "fix.txt", "fixed\n");
        Run("pr");
        fixture.Work.Git("fetch", "-q", "origin");
        fixture.Work.Git("merge", "-q", "--no-ff", "-m", "Merge pull request #1", "origin/" + PullRequestFixture.Head);
        fixture.Work.Git("push", "-q", "origin", "main");
        github.MarkMerged(github.Pulls[0]);
        Run("release", "--push");

        github.Pulls.Should().ContainSingle().Which.Labels.Should().Equal("release: tagged");
        github.Dispatches.Should().HaveCount(2);
        var lines = prism.Output.Split('\n').Where(l => l.Contains("Violation", StringComparison.OrdinalIgnoreCase) || l.Contains('✖', StringComparison.Ordinal));
        lines.Should().BeEmpty(prism.Output);
    }

    private void Run(params string[] args)
    {
        var result = fixture.Run(args);
        result.ExitCode.Should().Be(0, $"{result.Error}\nprism:\n{prism.Output}");
    }
}
