namespace Steward.Forges.GitLab;

/// <summary>The fields Steward reads of GitLab's merge-request object (<c>iid</c> is its number in the project).</summary>
internal sealed record GitLabMergeRequestDto
{
    public long Iid { get; init; }

    public string Title { get; init; } = string.Empty;

    public string? Description { get; init; }

    /// <summary>opened, closed, locked or merged.</summary>
    public string State { get; init; } = string.Empty;

    public string SourceBranch { get; init; } = string.Empty;

    public string TargetBranch { get; init; } = string.Empty;

    public long SourceProjectId { get; init; }

    public long TargetProjectId { get; init; }

    public List<string> Labels { get; init; } = [];

    public string WebUrl { get; init; } = string.Empty;
}
