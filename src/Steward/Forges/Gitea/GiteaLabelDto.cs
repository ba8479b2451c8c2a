namespace Steward.Forges.Gitea;

/// <summary>A label as Gitea returns it: Gitea adds and removes an issue's labels by id.</summary>
internal sealed record GiteaLabelDto
{
    public long Id { get; init; }

    public string Name { get; init; } = string.Empty;
}
