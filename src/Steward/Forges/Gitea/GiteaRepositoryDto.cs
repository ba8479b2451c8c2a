namespace Steward.Forges.Gitea;

/// <summary>A repository as Gitea returns it: its full name and the caller's permissions on it.</summary>
internal sealed record GiteaRepositoryDto
{
    public string FullName { get; init; } = string.Empty;

    public GiteaPermissionsDto? Permissions { get; init; }
}
