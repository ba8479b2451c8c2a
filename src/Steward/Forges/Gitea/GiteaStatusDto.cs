namespace Steward.Forges.Gitea;

/// <summary>One commit status as Gitea returns it (Gitea calls the state <c>status</c>).</summary>
internal sealed record GiteaStatusDto
{
    public string Context { get; init; } = string.Empty;

    /// <summary>pending, success, error, failure or warning (newer Gitea and Forgejo: skipped too).</summary>
    public string Status { get; init; } = string.Empty;

    public string? TargetUrl { get; init; }
}
