using System.Text.Json;
using Steward.Core.Errors;
using Steward.Core.Forge;

namespace Steward.Forges.GitHub;

/// <summary>
/// GitHub's issues list (<c>GET /repos/{owner}/{repo}/issues?state=open&amp;labels=L</c>), which answers pull requests
/// too, read page by page through <see cref="ForgeHttp"/> (retries, rate limits).
/// </summary>
internal sealed class GitHubIssueQueries(ForgeLocation location, ForgeHttp http) : IIssueQueries
{
    private const int PageSize = 100;

    private const int MaxPages = 100;

    public async Task<IReadOnlyList<ForgeIssue>> OpenWithLabelAsync(string label, CancellationToken cancellation)
    {
        var items = await ForgePages.AllAsync(
            http,
            page => new Uri($"{location.Api.AbsoluteUri.TrimEnd('/')}/repos/{location.Repository}/issues?state=open&labels={Uri.EscapeDataString(label)}&per_page={PageSize}&page={page}"),
            ReadIssues,
            new(PageSize, MaxPages) { IsLast = (response, count) => count < PageSize || response.Header("Link")?.Contains("rel=\"next\"", StringComparison.Ordinal) != true },
            cancellation);
        return [.. items.Select(i => new ForgeIssue(i.Number, i.Title, i.HtmlUrl, i.PullRequest is not null))];
    }

    private static List<GitHubIssueDto> ReadIssues(ForgeResponse response)
    {
        try
        {
            return JsonSerializer.Deserialize(response.Body, GitHubJson.Default.ListGitHubIssueDto) ?? throw Messages.ForgeAnswerInvalid("GitHub", "GET issues", "null");
        }
        catch (JsonException e)
        {
            throw Messages.ForgeAnswerInvalid("GitHub", "GET issues", $"line {e.LineNumber + 1}");
        }
    }
}
