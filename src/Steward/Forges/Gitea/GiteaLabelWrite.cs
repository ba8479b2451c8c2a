namespace Steward.Forges.Gitea;

/// <summary>The body of create-a-label (<c>POST /repos/{owner}/{repo}/labels</c>); Gitea requires the colour.</summary>
internal sealed record GiteaLabelWrite
{
    public string Name { get; init; } = string.Empty;

    public string Color { get; init; } = string.Empty;

    public string? Description { get; init; }
}
