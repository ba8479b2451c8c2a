using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Steward.Core.Forge;
using Steward.Core.PullRequests;

namespace Steward.Forges.Gitea;

/// <summary>
/// Gitea's (and Forgejo's) pull-request API as <c>steward pr</c> uses it: pull requests listed and picked by head branch
/// (Gitea's list has no head filter), create, edit title and body, and labels by id through the pull request's issue,
/// the missing ones made first (<see cref="GiteaLabels"/>). No workflow_dispatch: <c>pr.dispatch</c> is refused before
/// this client is made.
/// </summary>
internal sealed class GiteaPullRequests(ForgeLocation location, ForgeHttp http) : IPullRequestClient
{
    /// <summary>Gitea's default (and usual largest) page: <c>[api] MAX_RESPONSE_ITEMS = 50</c>.</summary>
    private const int PageSize = 50;

    private const int MaxPages = 20;

    private readonly GiteaLabels labels = new(location, http);

    public string Name => "Gitea";

    public ForgeHttp Http { get; } = http;

    /// <summary>
    /// Every pull request of the head branch, from the list of all, most recently updated first: the release pull
    /// request is one of the recent ones, so the reading stops after <see cref="MaxPages"/> pages.
    /// </summary>
    public async Task<IReadOnlyList<ForgePullRequest>> FindByHeadAsync(string head, CancellationToken cancellation)
    {
        var pulls = await ForgePages.AllAsync(
            Http,
            page => Repo($"/pulls?state=all&sort=recentupdate&limit={PageSize}&page={page}"),
            response => Read(response, GiteaJson.Default.ListGiteaPullDto, "GET pulls"),
            new(PageSize, MaxPages),
            cancellation);

        // Only the repository's own branch: a fork's branch of the same name is someone else's pull request.
        return [.. pulls.Where(p => p.Head.Ref == head && p.Head.RepoId == p.Base.RepoId).Select(ToPull)];
    }

    public async Task<ForgePullRequest> CreateAsync(WantedPullRequest wanted, CancellationToken cancellation)
    {
        var body = new GiteaPullWrite { Head = wanted.Head, Base = wanted.Base, Title = wanted.Title, Body = wanted.Body };
        var response = await Http.SendAsync(Write(HttpMethod.Post, Repo("/pulls"), body, GiteaJson.Default.GiteaPullWrite, idempotent: false), cancellation);
        return ToPull(Read(response, GiteaJson.Default.GiteaPullDto, "POST pull"));
    }

    public async Task<ForgePullRequest> UpdateAsync(ForgePullRequest existing, WantedPullRequest wanted, CancellationToken cancellation)
    {
        var body = new GiteaPullWrite { Title = wanted.Title, Body = wanted.Body };
        var response = await Http.SendAsync(Write(HttpMethod.Patch, Repo($"/pulls/{Number(existing)}"), body, GiteaJson.Default.GiteaPullWrite, idempotent: true), cancellation);
        return ToPull(Read(response, GiteaJson.Default.GiteaPullDto, "PATCH pull"));
    }

    /// <summary>The labels' ids (each made first if the repository lacks it), added to the pull request's issue; a repeat changes nothing.</summary>
    public async Task AddLabelsAsync(ForgePullRequest pull, IReadOnlyList<string> names, CancellationToken cancellation)
    {
        var body = new GiteaIssueLabelsWrite { Labels = await labels.IdsAsync(names, cancellation) };
        await Http.SendAsync(Write(HttpMethod.Post, Repo($"/issues/{Number(pull)}/labels"), body, GiteaJson.Default.GiteaIssueLabelsWrite, idempotent: true), cancellation);
    }

    /// <summary>A label the repository does not have is on no pull request: nothing to take off.</summary>
    public async Task RemoveLabelAsync(ForgePullRequest pull, string label, CancellationToken cancellation)
    {
        if (await labels.IdAsync(label, cancellation) is { } id)
        {
            var url = Repo($"/issues/{Number(pull)}/labels/{id.ToString(CultureInfo.InvariantCulture)}");
            await Http.SendAsync(new ForgeRequest(HttpMethod.Delete, url, Idempotent: true), cancellation, notFoundIsAnswer: true);
        }
    }

    /// <summary>Never called: <see cref="PullRequestClients"/> refuses pr.dispatch on Gitea before anything runs.</summary>
    public Task DispatchAsync(string workflow, string branch, CancellationToken cancellation) =>
        throw new NotSupportedException("Gitea has no workflow_dispatch API Steward uses");

    public ForgeCall PlannedWrite(ForgePullRequest? existing) => existing is null
        ? new ForgeCall("POST", Repo("/pulls").AbsoluteUri, null)
        : new ForgeCall("PATCH", Repo($"/pulls/{Number(existing)}").AbsoluteUri, null);

    public ForgeCall PlannedLabels(ForgePullRequest? existing) =>
        new("POST", Repo($"/issues/{(existing is null ? "{index}" : Number(existing))}/labels").AbsoluteUri, null);

    public ForgeCall PlannedDispatch(string workflow) => throw new NotSupportedException("Gitea has no workflow_dispatch API Steward uses");

    private static string Number(ForgePullRequest pull) => pull.Number.ToString(CultureInfo.InvariantCulture);

    private Uri Repo(string path) => new($"{location.Api.AbsoluteUri.TrimEnd('/')}/repos/{location.Repository}{path}");

    private static ForgeRequest Get(Uri url) => new(HttpMethod.Get, url, Idempotent: true);

    private static ForgeRequest Write<T>(HttpMethod method, Uri url, T body, JsonTypeInfo<T> type, bool idempotent) =>
        new(method, url, idempotent, () => new StringContent(JsonSerializer.Serialize(body, type), Encoding.UTF8, "application/json"));

    private T Read<T>(ForgeResponse response, JsonTypeInfo<T> type, string call) => ForgeAnswers.Read(response, type, Name, call);

    private static ForgePullRequest ToPull(GiteaPullDto dto) =>
        new(dto.Number, dto.Title, dto.Body ?? string.Empty, dto.Head.Ref, dto.Base.Ref, dto.State == "open", dto.Merged,
            [.. (dto.Labels ?? []).Select(l => l.Name)], dto.HtmlUrl);
}
