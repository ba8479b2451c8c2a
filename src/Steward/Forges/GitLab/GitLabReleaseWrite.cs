namespace Steward.Forges.GitLab;

/// <summary>The body of create-a-release and update-a-release; fields left null are not sent.</summary>
internal sealed record GitLabReleaseWrite
{
    public string? TagName { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }
}
