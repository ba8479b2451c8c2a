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
        var query = $"state=opened&labels={Uri.EscapeDataString(label)}&per_page={PageSize}";
        var issues = await ForgePages.AllAsync(
            http,
            page => Url($"/issues?{query}&page={page}"),
            response => ForgeAnswers.Read(response, GitLabJson.Default.ListGitLabIssueDto, "GitLab", "GET issues"),
            new(PageSize, MaxPages),
            cancellation);
        var requests = await ForgePages.AllAsync(
            http,
            page => Url($"/merge_requests?{query}&page={page}"),
            response => ForgeAnswers.Read(response, GitLabJson.Default.ListGitLabMergeRequestDto, "GitLab", "GET merge requests"),
            new(PageSize, MaxPages),
            cancellation);
        return
        [
            .. issues.Select(i => new ForgeIssue(i.Iid, i.Title, i.WebUrl, IsPullRequest: false)),
            .. requests.Select(r => new ForgeIssue(r.Iid, r.Title, r.WebUrl, IsPullRequest: true)),
        ];
    }

    private Uri Url(string path) => new($"{location.Api.AbsoluteUri.TrimEnd('/')}/projects/{Uri.EscapeDataString(location.Repository)}{path}");
}
