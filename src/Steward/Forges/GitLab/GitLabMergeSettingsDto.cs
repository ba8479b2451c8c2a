namespace Steward.Forges.GitLab;

/// <summary>A project's commit templates, as GitLab's project object has them and <c>PUT /projects/:id</c> takes them; null: GitLab's default.</summary>
internal sealed record GitLabMergeSettingsDto
{
    public string? SquashCommitTemplate { get; init; }

    public string? MergeCommitTemplate { get; init; }
}
