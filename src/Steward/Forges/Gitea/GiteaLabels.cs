using System.Text;
using System.Text.Json;
using Steward.Core.Forge;

namespace Steward.Forges.Gitea;

/// <summary>
/// A Gitea repository's labels (<c>/repos/{owner}/{repo}/labels</c>), read every page and created. Gitea labels an issue
/// or pull request by label id, and makes no label it does not know: the pull-request client finds (or makes) each
/// label's id here.
/// </summary>
internal sealed class GiteaLabels(ForgeLocation location, ForgeHttp http) : IRepositoryLabels
{
    private const int PageSize = 50;

    private const int MaxPages = 20;

    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellation) => [.. (await AllAsync(cancellation)).Select(l => l.Name)];

    public async Task CreateAsync(string name, string description, CancellationToken cancellation) => await CreateLabelAsync(name, description, cancellation);

    public ForgeCall PlannedCreate() => new("POST", Url(string.Empty).AbsoluteUri, null);

    /// <summary>The id of each label named, made first where the repository has none of that name.</summary>
    public async Task<List<long>> IdsAsync(IReadOnlyList<string> names, CancellationToken cancellation)
    {
        var known = await AllAsync(cancellation);
        var ids = new List<long>();
        foreach (var name in names)
        {
            var label = known.FirstOrDefault(l => l.Name == name) ?? await CreateLabelAsync(name, null, cancellation);
            ids.Add(label.Id);
        }

        return ids;
    }

    /// <summary>The id of the label named, or null when the repository has none.</summary>
    public async Task<long?> IdAsync(string name, CancellationToken cancellation) =>
        (await AllAsync(cancellation)).FirstOrDefault(l => l.Name == name)?.Id;

    private async Task<List<GiteaLabelDto>> AllAsync(CancellationToken cancellation)
    {
        return await ForgePages.AllAsync(
            http,
            page => Url($"?limit={PageSize}&page={page}"),
            response => ForgeAnswers.Read(response, GiteaJson.Default.ListGiteaLabelDto, "Gitea", "GET labels"),
            new(PageSize, MaxPages),
            cancellation);
    }

    private async Task<GiteaLabelDto> CreateLabelAsync(string name, string? description, CancellationToken cancellation)
    {
        var body = new GiteaLabelWrite { Name = name, Color = "#" + RepositoryLabelColour.Hex, Description = description };
        var response = await http.SendAsync(
            new ForgeRequest(HttpMethod.Post, Url(string.Empty), Idempotent: false, () => new StringContent(JsonSerializer.Serialize(body, GiteaJson.Default.GiteaLabelWrite), Encoding.UTF8, "application/json")),
            cancellation);
        return ForgeAnswers.Read(response, GiteaJson.Default.GiteaLabelDto, "Gitea", "POST label");
    }

    private Uri Url(string query) => new($"{location.Api.AbsoluteUri.TrimEnd('/')}/repos/{location.Repository}/labels{query}");
}
