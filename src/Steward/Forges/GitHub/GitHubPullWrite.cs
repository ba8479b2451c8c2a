namespace Steward.Forges.GitHub;

/// <summary>The body of create-a-pull-request and update-a-pull-request; fields left null are not sent.</summary>
internal sealed record GitHubPullWrite
{
    public string? Title { get; init; }

    public string? Head { get; init; }

    public string? Base { get; init; }

    public string? Body { get; init; }
}
