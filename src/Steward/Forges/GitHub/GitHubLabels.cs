using System.Text;
using System.Text.Json;
using Steward.Core.Forge;

namespace Steward.Forges.GitHub;

/// <summary>A GitHub repository's labels (<c>GET</c> and <c>POST /repos/{owner}/{repo}/labels</c>), every page.</summary>
internal sealed class GitHubLabels(ForgeLocation location, ForgeHttp http) : IRepositoryLabels
{
    private const int PageSize = 100;

    private const int MaxPages = 20;

    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellation)
    {
        var labels = await ForgePages.AllAsync(
            http,
            page => Url($"?per_page={PageSize}&page={page}"),
            response => ForgeAnswers.Read(response, GitHubPullJson.Default.ListGitHubLabelDto, "GitHub", "GET labels"),
            new(PageSize, MaxPages),
            cancellation);
        return [.. labels.Select(l => l.Name)];
    }

    public async Task CreateAsync(string name, string description, CancellationToken cancellation)
    {
        var body = new GitHubLabelWrite { Name = name, Color = RepositoryLabelColour.Hex, Description = description };
        await http.SendAsync(
            new ForgeRequest(HttpMethod.Post, Url(string.Empty), Idempotent: false, () => new StringContent(JsonSerializer.Serialize(body, GitHubPullJson.Default.GitHubLabelWrite), Encoding.UTF8, "application/json")),
            cancellation);
    }

    public ForgeCall PlannedCreate() => new("POST", Url(string.Empty).AbsoluteUri, null);

    private Uri Url(string query) => new($"{location.Api.AbsoluteUri.TrimEnd('/')}/repos/{location.Repository}/labels{query}");
}
