namespace Steward.Forges.GitLab;

/// <summary>A release link: its id, name, the URL it points to and its type (<c>package</c> for Steward's uploads).</summary>
internal sealed record GitLabLinkDto
{
    public long Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Url { get; init; } = string.Empty;

    public string? LinkType { get; init; }
}
