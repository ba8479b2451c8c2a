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
        var checks = new List<CommitCheck>();
        var commit = $"{location.Api.AbsoluteUri.TrimEnd('/')}/repos/{location.Repository}/commits/{Uri.EscapeDataString(sha)}";
        for (var page = 1; page <= MaxPages; page++)
        {
            var response = await http.SendAsync(new ForgeRequest(HttpMethod.Get, new Uri($"{commit}/status?per_page={PageSize}&page={page}"), Idempotent: true), cancellation);
            var statuses = Read(response, GitHubJson.Default.GitHubCombinedStatusDto, "GET commit status").Statuses;
            checks.AddRange(statuses.Select(s => new CommitCheck(s.Context, StatusState(s.State), s.TargetUrl)));
            if (statuses.Count < PageSize || !HasNext(response))
            {
                break;
            }
        }

        for (var page = 1; page <= MaxPages; page++)
        {
            var response = await http.SendAsync(new ForgeRequest(HttpMethod.Get, new Uri($"{commit}/check-runs?per_page={PageSize}&page={page}"), Idempotent: true), cancellation);
            var runs = Read(response, GitHubJson.Default.GitHubCheckRunsDto, "GET check runs").CheckRuns;
            checks.AddRange(runs.Select(r => new CommitCheck(r.Name, RunState(r.Status, r.Conclusion), r.HtmlUrl ?? r.DetailsUrl)));
            if (runs.Count < PageSize || !HasNext(response))
            {
                break;
            }
        }

        return checks;
    }

    private static bool HasNext(ForgeResponse response) => response.Header("Link")?.Contains("rel=\"next\"", StringComparison.Ordinal) == true;

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
