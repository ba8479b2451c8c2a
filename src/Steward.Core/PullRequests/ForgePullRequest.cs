namespace Steward.Core.PullRequests;

/// <summary>A pull request as the forge has it, in forge-neutral terms; <see cref="Link"/> is its web page.</summary>
public sealed record ForgePullRequest(
    long Number,
    string Title,
    string Body,
    string Head,
    string Base,
    bool Open,
    bool Merged,
    IReadOnlyList<string> Labels,
    string Link)
{
    public ReleaseMarker? Marker => ReleaseMarker.Find(Body);
}
