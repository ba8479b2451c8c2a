namespace Steward.Forges.GitHub;

/// <summary>One commit status of GitHub's combined status: its context, state and target.</summary>
internal sealed class GitHubStatusDto
{
    public string Context { get; set; } = string.Empty;

    /// <summary>error, failure, pending or success.</summary>
    public string State { get; set; } = string.Empty;

    public string? TargetUrl { get; set; }
}
