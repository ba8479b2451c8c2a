using Steward.Core.Forge;

namespace Steward.Forges.Gitea;

/// <summary>
/// A commit's combined status on Gitea (<c>GET /repos/{owner}/{repo}/commits/{ref}/status</c>): every status by its
/// context, Gitea Actions' jobs among them, every page, through <see cref="ForgeHttp"/>.
/// </summary>
internal sealed class GiteaCommitChecks(ForgeLocation location, ForgeHttp http) : ICommitChecks
{
    private const int PageSize = 50;

    private const int MaxPages = 20;

    public async Task<IReadOnlyList<CommitCheck>> ReadAsync(string sha, CancellationToken cancellation)
    {
        var statuses = await ForgePages.AllAsync(
            http,
            page => new Uri($"{location.Api.AbsoluteUri.TrimEnd('/')}/repos/{location.Repository}/commits/{Uri.EscapeDataString(sha)}/status?limit={PageSize}&page={page}"),
            response => ForgeAnswers.Read(response, GiteaJson.Default.GiteaCombinedStatusDto, "Gitea", "GET commit status").Statuses,
            new(PageSize, MaxPages),
            cancellation);
        return [.. statuses.Select(s => new CommitCheck(s.Context, State(s.Status), s.TargetUrl))];
    }

    /// <summary>Warning and skipped pass (Gitea counts neither as a failure); pending waits; error and failure fail.</summary>
    private static CheckState State(string status) => status switch
    {
        "success" or "warning" or "skipped" => CheckState.Passed,
        "pending" => CheckState.Pending,
        _ => CheckState.Failed,
    };
}
