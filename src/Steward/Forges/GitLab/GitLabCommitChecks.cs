using Steward.Core.Forge;

namespace Steward.Forges.GitLab;

/// <summary>
/// A commit's checks on GitLab: its commit statuses (<c>GET /projects/:id/repository/commits/:sha/statuses</c>, the
/// latest of each name: every CI job by its job name, and every status an external CI set), and its newest pipeline
/// (<c>GET /projects/:id/pipelines?sha=</c>) as the check named <c>pipeline</c>, through <see cref="ForgeHttp"/>.
/// </summary>
internal sealed class GitLabCommitChecks(ForgeLocation location, ForgeHttp http) : ICommitChecks
{
    /// <summary>The name the commit's newest pipeline is required by.</summary>
    public const string PipelineName = "pipeline";

    private const int PageSize = 100;

    private const int MaxPages = 20;

    public async Task<IReadOnlyList<CommitCheck>> ReadAsync(string sha, CancellationToken cancellation)
    {
        var statuses = await ForgePages.AllAsync(
            http,
            page => Url($"/repository/commits/{Uri.EscapeDataString(sha)}/statuses?per_page={PageSize}&page={page}"),
            response => ForgeAnswers.Read(response, GitLabJson.Default.ListGitLabCommitStatusDto, "GitLab", "GET commit statuses"),
            new(PageSize, MaxPages),
            cancellation);
        var checks = statuses.Select(s => new CommitCheck(s.Name, State(s.Status, s.AllowFailure), s.TargetUrl)).ToList();

        var pipelines = ForgeAnswers.Read(
            await http.SendAsync(Get($"/pipelines?sha={Uri.EscapeDataString(sha)}&order_by=id&sort=desc&per_page=1"), cancellation),
            GitLabJson.Default.ListGitLabPipelineDto, "GitLab", "GET pipelines");
        if (pipelines.MaxBy(p => p.Id) is { } newest)
        {
            checks.Add(new CommitCheck(PipelineName, State(newest.Status, allowFailure: false), newest.WebUrl));
        }

        return checks;
    }

    /// <summary>
    /// Success and skipped pass (GitLab's pipeline passes over a skipped job), as does a failure a job was allowed; failed
    /// and canceled fail; everything else (created, pending, running, manual, scheduled, ...) has not finished.
    /// </summary>
    private static CheckState State(string status, bool allowFailure) => status switch
    {
        "success" or "skipped" => CheckState.Passed,
        "failed" when allowFailure => CheckState.Passed,
        "failed" or "canceled" => CheckState.Failed,
        _ => CheckState.Pending,
    };

    private ForgeRequest Get(string path) => new(HttpMethod.Get, Url(path), Idempotent: true);

    private Uri Url(string path) => new($"{location.Api.AbsoluteUri.TrimEnd('/')}/projects/{Uri.EscapeDataString(location.Repository)}{path}");
}
