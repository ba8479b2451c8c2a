using FluentAssertions;
using Xunit;

namespace Steward.Tests.Forge.Contract;

/// <summary>
/// <c>forge doctor --fix</c>'s <c>PATCH /repos/{owner}/{repo}</c> (the squash and merge commit message settings) and
/// <c>--pr-notes api</c>'s <c>GET /repos/{owner}/{repo}/pulls/{pull_number}</c>, through Stoplight Prism checking each
/// request against GitHub's OpenAPI description (field names and their allowed values), as
/// <see cref="PullRequestContractTests"/> does for steward pr.
/// </summary>
[Trait("Category", ContractTools.Category)]
public sealed class ForgeDoctorContractTests : IAsyncLifetime
{
    private FakeGitHub github = null!;
    private NodeServer prism = null!;
    private PublishFixture fixture = null!;

    public async Task InitializeAsync()
    {
        if (ContractTools.Missing() is not null)
        {
            return;
        }

        github = await FakeGitHub.StartAsync();
        prism = await NodeServer.StartAsync(
            ContractTools.Prism,
            ["proxy", ContractTools.GitHubDescription, github.Url, "--host", "127.0.0.1", "--port", "{port}"],
            "Prism is listening",
            TimeSpan.FromSeconds(120));
        github.PublicUrl = prism.Url;
        fixture = PublishFixture.Create(prism.Url);
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
    public void The_patch_of_the_commit_message_settings_and_the_pull_request_read_keep_to_the_contract()
    {
        fixture.Work.WriteFile(".gitignore", "dist/\n");
        fixture.Work.WriteFile("app.txt", "storage\n");
        fixture.Work.Commit("feat: add blob storage (#7)");
        github.AddMergedPull(7, "feat: add blob storage", "```release-note\nStorage.\n```\n");

        var doctor = fixture.Run("forge", "doctor", "--fix");
        var notes = fixture.Run("notes", "--pr-notes", "api");

        doctor.ExitCode.Should().Be(0, $"{doctor.Out}{doctor.Error}\nprism:\n{prism.Output}");
        notes.ExitCode.Should().Be(0, $"{notes.Error}\nprism:\n{prism.Output}");
        github.Log.Should().Contain("PATCH /repos/acme/demo -> 200").And.Contain("GET /repos/acme/demo/pulls/7 -> 200");
        github.CommitMessageSettings["squash_merge_commit_message"].Should().Be("PR_BODY");

        // The requests Steward makes are what this checks; the fake's answers are trimmed to the fields Steward reads. The
        // label calls of --fix are not in the trimmed description (no route): every other request was found and checked.
        var lines = prism.Output.Split('\n').Where(l => l.Contains("Violation: request", StringComparison.Ordinal)).ToList();
        lines.Where(l => !l.Contains("Selected route not found", StringComparison.Ordinal)).Should().BeEmpty(prism.Output);
        lines.Count.Should().Be(github.Log.Count(l => l.Contains("/labels", StringComparison.Ordinal)), prism.Output);
    }
}
