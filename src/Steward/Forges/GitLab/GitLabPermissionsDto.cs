namespace Steward.Forges.GitLab;

/// <summary>The caller's access to a project: as a member of the project, and through its group (either may be null).</summary>
internal sealed record GitLabPermissionsDto
{
    public GitLabAccessDto? ProjectAccess { get; init; }

    public GitLabAccessDto? GroupAccess { get; init; }
}
