namespace Steward.Forges.Gitea;

/// <summary>A commit's combined status as Gitea returns it: the statuses (the latest of each context).</summary>
internal sealed record GiteaCombinedStatusDto
{
    public List<GiteaStatusDto> Statuses { get; init; } = [];
}
