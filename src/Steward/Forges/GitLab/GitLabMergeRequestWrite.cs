namespace Steward.Forges.GitLab;

/// <summary>
/// The body of create-a-merge-request and update-a-merge-request; fields left null are not sent. GitLab takes labels
/// as one comma-separated string (<c>labels</c>, <c>add_labels</c>, <c>remove_labels</c>) and makes a project label it
/// does not know yet.
/// </summary>
internal sealed record GitLabMergeRequestWrite
{
    public string? SourceBranch { get; init; }

    public string? TargetBranch { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? AddLabels { get; init; }

    public string? RemoveLabels { get; init; }
}
