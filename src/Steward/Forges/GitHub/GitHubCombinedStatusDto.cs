namespace Steward.Forges.GitHub;

/// <summary>GitHub's combined status of a commit (<c>GET /repos/{o}/{r}/commits/{ref}/status</c>): the latest status of each context.</summary>
internal sealed class GitHubCombinedStatusDto
{
    public List<GitHubStatusDto> Statuses { get; set; } = [];

    public int TotalCount { get; set; }
}
