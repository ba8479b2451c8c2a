using System.Text;
using System.Text.Json;
using Steward.Core.Errors;
using Steward.Core.Forge;

namespace Steward.Forges.GitHub;

/// <summary>
/// GitHub's "default commit message" settings of squash and merge commits: read from <c>GET /repos/{owner}/{repo}</c>,
/// set with <c>PATCH /repos/{owner}/{repo}</c> to the pull request's title and description (PR_TITLE, PR_BODY).
/// </summary>
internal sealed class GitHubMergeMessageSettings(ForgeLocation location, ForgeHttp http) : IMergeMessageSettings
{
    private const string Title = "PR_TITLE";
    private const string Body = "PR_BODY";

    public async Task<(bool CarriesDescription, string Current)> ReadAsync(CancellationToken cancellation)
    {
        var response = await http.SendAsync(new ForgeRequest(HttpMethod.Get, Url, Idempotent: true), cancellation);
        var settings = ForgeAnswers.Read(response, GitHubMergeSettingsJson.Default.GitHubMergeSettingsDto, "GitHub", "GET repository");

        var current = $"squash: {settings.SquashMergeCommitTitle ?? "?"} + {settings.SquashMergeCommitMessage ?? "?"}, merge: {settings.MergeCommitTitle ?? "?"} + {settings.MergeCommitMessage ?? "?"}";
        return (settings.SquashMergeCommitMessage == Body && settings.MergeCommitMessage == Body, current);
    }

    public async Task SetAsync(CancellationToken cancellation)
    {
        var body = new GitHubMergeSettingsDto { SquashMergeCommitTitle = Title, SquashMergeCommitMessage = Body, MergeCommitTitle = Title, MergeCommitMessage = Body };
        var text = JsonSerializer.Serialize(body, GitHubMergeSettingsJson.Default.GitHubMergeSettingsDto);

        // Setting the same values again changes nothing: safe to repeat.
        await http.SendAsync(new ForgeRequest(HttpMethod.Patch, Url, true, () => new StringContent(text, Encoding.UTF8, "application/json")), cancellation);
    }

    public ForgeCall PlannedSet() => new("PATCH", Url.AbsoluteUri, null);

    private Uri Url => new($"{location.Api.AbsoluteUri.TrimEnd('/')}/repos/{location.Repository}");
}
