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
        var found = new List<ForgeIssue>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var url = new Uri($"{location.Api.AbsoluteUri.TrimEnd('/')}/repos/{location.Repository}/issues?state=open&labels={Uri.EscapeDataString(label)}&limit={PageSize}&page={page}");
            var issues = ForgeAnswers.Read(await http.SendAsync(new ForgeRequest(HttpMethod.Get, url, Idempotent: true), cancellation), GiteaJson.Default.ListGiteaIssueDto, "Gitea", "GET issues");
            found.AddRange(issues.Select(i => new ForgeIssue(i.Number, i.Title, i.HtmlUrl, i.PullRequest is not null)));
            if (issues.Count < PageSize)
            {
                break;
            }
        }

        return found;
    }
}
