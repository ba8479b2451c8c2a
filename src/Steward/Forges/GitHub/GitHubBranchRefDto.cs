namespace Steward.Forges.GitHub;

/// <summary>A pull request's head or base: the branch and its commit.</summary>
internal sealed record GitHubBranchRefDto
{
    public string Ref { get; init; } = string.Empty;

    public string Sha { get; init; } = string.Empty;
}
