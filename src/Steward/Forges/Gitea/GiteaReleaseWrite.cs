namespace Steward.Forges.Gitea;

/// <summary>The body of create-a-release and edit-a-release; fields left null are not sent.</summary>
internal sealed record GiteaReleaseWrite
{
    public string? TagName { get; init; }

    public string? Name { get; init; }

    public string? Body { get; init; }

    public bool? Draft { get; init; }

    public bool? Prerelease { get; init; }
}
