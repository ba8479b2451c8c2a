namespace Steward.Forges.GitHub;

/// <summary>The permissions GitHub reports for the caller on a repository.</summary>
internal sealed record GitHubPermissionsDto
{
    public bool Push { get; init; }

    public bool Admin { get; init; }
}
