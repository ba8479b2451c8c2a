namespace Steward.Forges.Gitea;

/// <summary>A pull request's head or base as Gitea returns it: the branch and the repository it is in.</summary>
internal sealed record GiteaPullBranchDto
{
    public string Ref { get; init; } = string.Empty;

    public long RepoId { get; init; }
}
