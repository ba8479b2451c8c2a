namespace Steward.Forges.GitHub;

/// <summary>A repository as GitHub returns it: its full name and the token's permissions on it.</summary>
internal sealed record GitHubRepositoryDto
{
    public string FullName { get; init; } = string.Empty;

    public GitHubPermissionsDto? Permissions { get; init; }
}
