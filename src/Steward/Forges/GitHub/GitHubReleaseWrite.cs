namespace Steward.Forges.GitHub;

/// <summary>The body of create-a-release and update-a-release; fields left null are not sent.</summary>
internal sealed record GitHubReleaseWrite
{
    public string? TagName { get; init; }

    public string? Name { get; init; }

    public string? Body { get; init; }

    public bool? Draft { get; init; }

    public bool? Prerelease { get; init; }

    /// <summary><c>"true"</c> or <c>"false"</c> (a string in GitHub's API: it also takes <c>"legacy"</c>).</summary>
    public string? MakeLatest { get; init; }
}
