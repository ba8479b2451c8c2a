namespace Steward.Forges.GitLab;

/// <summary>The fields Steward reads of GitLab's issue object (<c>iid</c> is its number in the project).</summary>
internal sealed record GitLabIssueDto
{
    public long Iid { get; init; }

    public string Title { get; init; } = string.Empty;

    public string WebUrl { get; init; } = string.Empty;
}
