namespace Steward.Forges.Gitea;

/// <summary>The caller's permissions on a repository: <c>push</c> is what creating releases and attachments needs.</summary>
internal sealed record GiteaPermissionsDto
{
    public bool Push { get; init; }

    public bool Admin { get; init; }
}
