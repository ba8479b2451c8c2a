namespace Steward.Core.Forge;

/// <summary>
/// What a forge's release API can express. GitLab keeps no drafts and has no prerelease flag; neither GitLab nor
/// Gitea lets a caller say which release is "latest" (GitLab takes the most recent <c>released_at</c>, Gitea the most
/// recent stable release), so only GitHub is told.
/// </summary>
public sealed record ForgeCapabilities(bool Drafts, bool PrereleaseFlag, bool LatestFlag)
{
    public static ForgeCapabilities Of(ForgeKind kind) => kind switch
    {
        ForgeKind.GitLab => new ForgeCapabilities(Drafts: false, PrereleaseFlag: false, LatestFlag: false),
        ForgeKind.Gitea => new ForgeCapabilities(Drafts: true, PrereleaseFlag: true, LatestFlag: false),
        _ => new ForgeCapabilities(Drafts: true, PrereleaseFlag: true, LatestFlag: true),
    };

    /// <summary>The wanted release in what the forge can hold: a flag it does not have is never planned or compared.</summary>
    public WantedRelease Fit(WantedRelease wanted) => wanted with
    {
        Prerelease = wanted.Prerelease && PrereleaseFlag,
        MakeLatest = wanted.MakeLatest && LatestFlag,
    };
}
