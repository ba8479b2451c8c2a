using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Steward.Core.Forge;
using Steward.Core.PullRequests;

namespace Steward.Forges.GitLab;

/// <summary>
/// GitLab's merge-request API as <c>steward pr</c> uses it, in pull-request terms (a merge request's <c>iid</c> is the
/// number): merge requests by source branch, create, update title and description, labels (added and removed with
/// <c>add_labels</c> and <c>remove_labels</c>, which make a missing project label). GitLab has no workflow_dispatch:
/// a push to the release branch starts its pipelines itself, so <c>pr.dispatch</c> is refused before this client is made.
/// </summary>
internal sealed class GitLabMergeRequests(ForgeLocation location, ForgeHttp http) : IPullRequestClient
{
    private const int PageSize = 100;

    private const int MaxPages = 20;

    public string Name => "GitLab";

    public ForgeHttp Http { get; } = http;

    public async Task<IReadOnlyList<ForgePullRequest>> FindByHeadAsync(string head, CancellationToken cancellation)
    {
        var requests = await ForgePages.AllAsync(
            Http,
            page => Project($"/merge_requests?state=all&source_branch={Uri.EscapeDataString(head)}&per_page={PageSize}&page={page}"),
            response => Read(response, GitLabJson.Default.ListGitLabMergeRequestDto, "GET merge requests"),
            new(PageSize, MaxPages),
            cancellation);

        // Only the project's own branch: a fork's branch of the same name is someone else's merge request.
        return [.. requests.Where(r => r.SourceBranch == head && r.SourceProjectId == r.TargetProjectId).Select(ToPull)];
    }

    public async Task<ForgePullRequest> CreateAsync(WantedPullRequest wanted, CancellationToken cancellation)
    {
        var body = new GitLabMergeRequestWrite { SourceBranch = wanted.Head, TargetBranch = wanted.Base, Title = wanted.Title, Description = wanted.Body };
        var response = await Http.SendAsync(Write(HttpMethod.Post, Project("/merge_requests"), body, idempotent: false), cancellation);
        return ToPull(Read(response, GitLabJson.Default.GitLabMergeRequestDto, "POST merge request"));
    }

    public async Task<ForgePullRequest> UpdateAsync(ForgePullRequest existing, WantedPullRequest wanted, CancellationToken cancellation)
    {
        var body = new GitLabMergeRequestWrite { Title = wanted.Title, Description = wanted.Body };
        var response = await Http.SendAsync(Write(HttpMethod.Put, RequestUrl(existing), body, idempotent: true), cancellation);
        return ToPull(Read(response, GitLabJson.Default.GitLabMergeRequestDto, "PUT merge request"));
    }

    /// <summary>Adding a label the merge request has already changes nothing: safe to repeat.</summary>
    public async Task AddLabelsAsync(ForgePullRequest pull, IReadOnlyList<string> labels, CancellationToken cancellation) =>
        await Http.SendAsync(Write(HttpMethod.Put, RequestUrl(pull), new GitLabMergeRequestWrite { AddLabels = string.Join(',', labels) }, idempotent: true), cancellation);

    public async Task RemoveLabelAsync(ForgePullRequest pull, string label, CancellationToken cancellation) =>
        await Http.SendAsync(Write(HttpMethod.Put, RequestUrl(pull), new GitLabMergeRequestWrite { RemoveLabels = label }, idempotent: true), cancellation);

    /// <summary>Never called: <see cref="PullRequestClients"/> refuses pr.dispatch on GitLab before anything runs.</summary>
    public Task DispatchAsync(string workflow, string branch, CancellationToken cancellation) =>
        throw new NotSupportedException("GitLab has no workflow_dispatch");

    public ForgeCall PlannedWrite(ForgePullRequest? existing) => existing is null
        ? new ForgeCall("POST", Project("/merge_requests").AbsoluteUri, null)
        : new ForgeCall("PUT", RequestUrl(existing).AbsoluteUri, null);

    public ForgeCall PlannedLabels(ForgePullRequest? existing) =>
        new("PUT", Project($"/merge_requests/{(existing is null ? "{iid}" : Iid(existing))}").AbsoluteUri, null);

    public ForgeCall PlannedDispatch(string workflow) => throw new NotSupportedException("GitLab has no workflow_dispatch");

    private static string Iid(ForgePullRequest pull) => pull.Number.ToString(CultureInfo.InvariantCulture);

    private Uri RequestUrl(ForgePullRequest pull) => Project($"/merge_requests/{Iid(pull)}");

    /// <summary>A project URL: its id is the URL-encoded full path (<c>group%2Fsub%2Fproject</c>).</summary>
    private Uri Project(string path) => new($"{location.Api.AbsoluteUri.TrimEnd('/')}/projects/{Uri.EscapeDataString(location.Repository)}{path}");

    private static ForgeRequest Get(Uri url) => new(HttpMethod.Get, url, Idempotent: true);

    private static ForgeRequest Write(HttpMethod method, Uri url, GitLabMergeRequestWrite body, bool idempotent) =>
        new(method, url, idempotent, () => new StringContent(JsonSerializer.Serialize(body, GitLabJson.Default.GitLabMergeRequestWrite), Encoding.UTF8, "application/json"));

    private T Read<T>(ForgeResponse response, JsonTypeInfo<T> type, string call) => ForgeAnswers.Read(response, type, Name, call);

    private static ForgePullRequest ToPull(GitLabMergeRequestDto dto) =>
        new(dto.Iid, dto.Title, dto.Description ?? string.Empty, dto.SourceBranch, dto.TargetBranch, dto.State == "opened", dto.State == "merged", [.. dto.Labels], dto.WebUrl);
}
