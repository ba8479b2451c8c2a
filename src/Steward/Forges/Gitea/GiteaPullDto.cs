namespace Steward.Forges.Gitea;

/// <summary>The fields Steward reads of Gitea's pull-request object.</summary>
internal sealed record GiteaPullDto
{
    public long Number { get; init; }

    public string Title { get; init; } = string.Empty;

    public string? Body { get; init; }

    /// <summary>open or closed; a merged pull request is closed with <see cref="Merged"/>.</summary>
    public string State { get; init; } = string.Empty;

    public bool Merged { get; init; }

    public string HtmlUrl { get; init; } = string.Empty;

    public GiteaPullBranchDto Head { get; init; } = new();

    public GiteaPullBranchDto Base { get; init; } = new();

    public List<GiteaLabelDto>? Labels { get; init; }
}
