using Steward.Core.Forge;

namespace Steward.Forges.Gitea;

/// <summary>
/// Gitea's open issues and pull requests with a label (<c>GET /repos/{owner}/{repo}/issues?state=open&amp;labels=L</c>,
/// which answers pull requests too), every page, through <see cref="ForgeHttp"/>.
/// </summary>
internal sealed class GiteaIssueQueries(ForgeLocation location, ForgeHttp http) : IIssueQueries
{
    /// <summary>Gitea's default (and usual largest) page: <c>[api] MAX_RESPONSE_ITEMS = 50</c>.</summary>
    private const int PageSize = 50;

    private const int MaxPages = 100;

    public async Task<IReadOnlyList<ForgeIssue>> OpenWithLabelAsync(string label, CancellationToken cancellation)
    {
        var issues = await ForgePages.AllAsync(
            http,
            page => new Uri($"{location.Api.AbsoluteUri.TrimEnd('/')}/repos/{location.Repository}/issues?state=open&labels={Uri.EscapeDataString(label)}&limit={PageSize}&page={page}"),
            response => ForgeAnswers.Read(response, GiteaJson.Default.ListGiteaIssueDto, "Gitea", "GET issues"),
            new(PageSize, MaxPages),
            cancellation);
        return [.. issues.Select(i => new ForgeIssue(i.Number, i.Title, i.HtmlUrl, i.PullRequest is not null))];
    }
}
