namespace Steward.Forges.GitLab;

/// <summary>A commit status as GitLab lists it: a CI job of the commit's pipelines or a status an external CI set.</summary>
internal sealed record GitLabCommitStatusDto
{
    public string Name { get; init; } = string.Empty;

    /// <summary>created, waiting_for_resource, preparing, pending, running, success, failed, canceled, skipped, manual or scheduled.</summary>
    public string Status { get; init; } = string.Empty;

    public string? TargetUrl { get; init; }

    /// <summary>A job allowed to fail: its failure does not fail the pipeline, so it does not fail the check either.</summary>
    public bool AllowFailure { get; init; }
}
