using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Steward.Core.Errors;
using Steward.Core.Forge;

namespace Steward.Forges.GitHub;

/// <summary>
/// A commit's combined status (<c>GET /repos/{o}/{r}/commits/{ref}/status</c>) and check runs (<c>.../check-runs</c>,
/// the latest run of each name), every page, through <see cref="ForgeHttp"/>.
/// </summary>
internal sealed class GitHubCommitChecks(ForgeLocation location, ForgeHttp http) : ICommitChecks
{
    private const int PageSize = 100;

    private const int MaxPages = 20;

    public async Task<IReadOnlyList<CommitCheck>> ReadAsync(string sha, CancellationToken cancellation)
    {
        var commit = $"{location.Api.AbsoluteUri.TrimEnd('/')}/repos/{location.Repository}/commits/{Uri.EscapeDataString(sha)}";
        var statuses = await ForgePages.AllAsync(
            http,
            page => new Uri($"{commit}/status?per_page={PageSize}&page={page}"),
            response => Read(response, GitHubJson.Default.GitHubCombinedStatusDto, "GET commit status").Statuses,
            new(PageSize, MaxPages) { IsLast = IsLast },
            cancellation);
        var runs = await ForgePages.AllAsync(
            http,
            page => new Uri($"{commit}/check-runs?per_page={PageSize}&page={page}"),
            response => Read(response, GitHubJson.Default.GitHubCheckRunsDto, "GET check runs").CheckRuns,
            new(PageSize, MaxPages) { IsLast = IsLast },
            cancellation);
        return
        [
            .. statuses.Select(s => new CommitCheck(s.Context, StatusState(s.State), s.TargetUrl)),
            .. runs.Select(r => new CommitCheck(r.Name, RunState(r.Status, r.Conclusion), r.HtmlUrl ?? r.DetailsUrl)),
        ];
    }

    /// <summary>A short page, or one without a Link to the next, is the last.</summary>
    private static bool IsLast(ForgeResponse response, int count) =>
        count < PageSize || response.Header("Link")?.Contains("rel=\"next\"", StringComparison.Ordinal) != true;

    private static CheckState StatusState(string state) => state switch
    {
        "success" => CheckState.Passed,
        "pending" => CheckState.Pending,
        _ => CheckState.Failed,
    };

    /// <summary>Neutral and skipped pass, as GitHub's branch protection counts them; anything not completed is pending.</summary>
    private static CheckState RunState(string status, string? conclusion) => status != "completed"
        ? CheckState.Pending
        : conclusion switch
        {
            "success" or "neutral" or "skipped" => CheckState.Passed,
            _ => CheckState.Failed,
        };

    private static T Read<T>(ForgeResponse response, JsonTypeInfo<T> type, string call)
    {
        try
        {
            return JsonSerializer.Deserialize(response.Body, type) ?? throw Messages.ForgeAnswerInvalid("GitHub", call, "null");
        }
        catch (JsonException e)
        {
            throw Messages.ForgeAnswerInvalid("GitHub", call, $"line {e.LineNumber + 1}");
        }
    }
}
