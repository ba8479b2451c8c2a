namespace Steward.Forges.GitLab;

/// <summary>A project as GitLab returns it: its full path and the caller's access to it.</summary>
internal sealed record GitLabProjectDto
{
    public string PathWithNamespace { get; init; } = string.Empty;

    public GitLabPermissionsDto? Permissions { get; init; }
}
