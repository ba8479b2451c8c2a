using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Core.PullRequests;

namespace Steward.Forges.GitHub;

/// <summary>
/// GitHub's pull-request API as Steward uses it: pulls by head branch, create, update, the labels (through the issue
/// of the pull request, as GitHub keeps them), and workflow_dispatch. Shares the connection's <see cref="ForgeHttp"/>
/// (retries, rate limits, the call log) with the release client.
/// </summary>
internal sealed class GitHubPullRequests(ForgeLocation location, ForgeHttp http) : IPullRequestClient
{
    private const int PageSize = 100;

    private const int MaxPages = 20;

    public string Name => "GitHub";

    public ForgeHttp Http { get; } = http;

    public async Task<IReadOnlyList<ForgePullRequest>> FindByHeadAsync(string head, CancellationToken cancellation)
    {
        var owner = location.Repository.Split('/')[0];
        var pulls = await ForgePages.AllAsync(
            Http,
            page => Repo($"/pulls?state=all&head={Uri.EscapeDataString(owner + ":" + head)}&per_page={PageSize}&page={page}"),
            response => Read(response, GitHubPullJson.Default.ListGitHubPullDto, "GET pulls"),
            new(PageSize, MaxPages),
            cancellation);

        // The head filter is GitHub's; checked again here, since a server that ignores it would hand every pull request.
        return [.. pulls.Select(ToPull).Where(p => p.Head == head)];
    }

    public async Task<ForgePullRequest> CreateAsync(WantedPullRequest wanted, CancellationToken cancellation)
    {
        var body = new GitHubPullWrite { Title = wanted.Title, Head = wanted.Head, Base = wanted.Base, Body = wanted.Body };
        var response = await Http.SendAsync(Write(HttpMethod.Post, Repo("/pulls"), body, GitHubPullJson.Default.GitHubPullWrite, idempotent: false), cancellation);
        return ToPull(Read(response, GitHubPullJson.Default.GitHubPullDto, "POST pull"));
    }

    public async Task<ForgePullRequest> UpdateAsync(ForgePullRequest existing, WantedPullRequest wanted, CancellationToken cancellation)
    {
        var body = new GitHubPullWrite { Title = wanted.Title, Body = wanted.Body };
        var response = await Http.SendAsync(Write(HttpMethod.Patch, Repo($"/pulls/{Number(existing)}"), body, GitHubPullJson.Default.GitHubPullWrite, idempotent: true), cancellation);
        return ToPull(Read(response, GitHubPullJson.Default.GitHubPullDto, "PATCH pull"));
    }

    public async Task AddLabelsAsync(ForgePullRequest pull, IReadOnlyList<string> labels, CancellationToken cancellation)
    {
        var body = new GitHubLabelsWrite { Labels = [.. labels] };

        // Adding a label the issue has already changes nothing: safe to repeat.
        await Http.SendAsync(Write(HttpMethod.Post, Repo($"/issues/{Number(pull)}/labels"), body, GitHubPullJson.Default.GitHubLabelsWrite, idempotent: true), cancellation);
    }

    public async Task RemoveLabelAsync(ForgePullRequest pull, string label, CancellationToken cancellation) =>
        await Http.SendAsync(new ForgeRequest(HttpMethod.Delete, Repo($"/issues/{Number(pull)}/labels/{Uri.EscapeDataString(label)}"), Idempotent: true), cancellation, notFoundIsAnswer: true);

    public async Task DispatchAsync(string workflow, string branch, CancellationToken cancellation)
    {
        var body = new GitHubDispatchWrite { Ref = branch };
        await Http.SendAsync(Write(HttpMethod.Post, DispatchUrl(workflow), body, GitHubPullJson.Default.GitHubDispatchWrite, idempotent: false), cancellation);
    }

    public ForgeCall PlannedWrite(ForgePullRequest? existing) => existing is null
        ? new ForgeCall("POST", Repo("/pulls").AbsoluteUri, null)
        : new ForgeCall("PATCH", Repo($"/pulls/{Number(existing)}").AbsoluteUri, null);

    public ForgeCall PlannedLabels(ForgePullRequest? existing) =>
        new("POST", Repo($"/issues/{(existing is null ? "{number}" : Number(existing))}/labels").AbsoluteUri, null);

    public ForgeCall PlannedDispatch(string workflow) => new("POST", DispatchUrl(workflow).AbsoluteUri, null);

    private Uri DispatchUrl(string workflow) => Repo($"/actions/workflows/{Uri.EscapeDataString(workflow)}/dispatches");

    private static string Number(ForgePullRequest pull) => pull.Number.ToString(CultureInfo.InvariantCulture);

    private Uri Repo(string path) => new($"{location.Api.AbsoluteUri.TrimEnd('/')}/repos/{location.Repository}{path}");

    private static ForgeRequest Get(Uri url) => new(HttpMethod.Get, url, Idempotent: true);

    private static ForgeRequest Write<T>(HttpMethod method, Uri url, T body, JsonTypeInfo<T> type, bool idempotent) =>
        new(method, url, idempotent, () => new StringContent(JsonSerializer.Serialize(body, type), Encoding.UTF8, "application/json"));

    private T Read<T>(ForgeResponse response, JsonTypeInfo<T> type, string call)
    {
        try
        {
            return JsonSerializer.Deserialize(response.Body, type) ?? throw Messages.ForgeAnswerInvalid(Name, call, "null");
        }
        catch (JsonException e)
        {
            throw Messages.ForgeAnswerInvalid(Name, call, $"line {e.LineNumber + 1}");
        }
    }

    private static ForgePullRequest ToPull(GitHubPullDto dto) =>
        new(dto.Number, dto.Title, dto.Body ?? string.Empty, dto.Head.Ref, dto.Base.Ref, dto.State == "open", dto.MergedAt is not null,
            [.. dto.Labels.Select(l => l.Name)], dto.HtmlUrl);
}
