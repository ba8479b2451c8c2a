using Steward.Core.Forge;

namespace Steward.Forges.GitLab;

/// <summary>
/// GitLab's open issues and merge requests with a label (<c>GET /projects/:id/issues?state=opened&amp;labels=L</c> and
/// <c>.../merge_requests?state=opened&amp;labels=L</c>: GitLab keeps them apart), every page, through <see cref="ForgeHttp"/>.
/// </summary>
internal sealed class GitLabIssueQueries(ForgeLocation location, ForgeHttp http) : IIssueQueries
{
    private const int PageSize = 100;

    private const int MaxPages = 100;

    public async Task<IReadOnlyList<ForgeIssue>> OpenWithLabelAsync(string label, CancellationToken cancellation)
    {
        var found = new List<ForgeIssue>();
        var query = $"state=opened&labels={Uri.EscapeDataString(label)}&per_page={PageSize}";
        for (var page = 1; page <= MaxPages; page++)
        {
            var response = await http.SendAsync(Get($"/issues?{query}&page={page}"), cancellation);
            var issues = ForgeAnswers.Read(response, GitLabJson.Default.ListGitLabIssueDto, "GitLab", "GET issues");
            found.AddRange(issues.Select(i => new ForgeIssue(i.Iid, i.Title, i.WebUrl, IsPullRequest: false)));
            if (issues.Count < PageSize)
            {
                break;
            }
        }

        for (var page = 1; page <= MaxPages; page++)
        {
            var response = await http.SendAsync(Get($"/merge_requests?{query}&page={page}"), cancellation);
            var requests = ForgeAnswers.Read(response, GitLabJson.Default.ListGitLabMergeRequestDto, "GitLab", "GET merge requests");
            found.AddRange(requests.Select(r => new ForgeIssue(r.Iid, r.Title, r.WebUrl, IsPullRequest: true)));
            if (requests.Count < PageSize)
            {
                break;
            }
        }

        return found;
    }

    private ForgeRequest Get(string path) =>
        new(HttpMethod.Get, new Uri($"{location.Api.AbsoluteUri.TrimEnd('/')}/projects/{Uri.EscapeDataString(location.Repository)}{path}"), Idempotent: true);
}
