namespace Steward.Forges.GitHub;

/// <summary>A page of a commit's check runs (<c>GET /repos/{o}/{r}/commits/{ref}/check-runs</c>).</summary>
internal sealed class GitHubCheckRunsDto
{
    public int TotalCount { get; set; }

    public List<GitHubCheckRunDto> CheckRuns { get; set; } = [];
}
