using Steward.Core.Versioning;

namespace Steward.Core.Commits;

/// <summary>
/// Everything the next version depends on, as plain values from the git layer.
/// </summary>
/// <param name="LastRelease">The last stable release reachable from the target (or given with --from), or null for none.</param>
/// <param name="InitialVersion">The first release when there is none yet: VERSION as written, or 0.1.0.</param>
/// <param name="Decision">The bump the commits since <paramref name="LastRelease"/> ask for.</param>
/// <param name="ReachableTags">Version tags reachable from the target (prereleases since the last release among them).</param>
/// <param name="AllTags">Every version tag, reachable or not: prerelease numbers continue across branches, and tags never repeat.</param>
/// <param name="Channel">The prerelease channel (<c>--pre rc</c>), or null for a stable release.</param>
/// <param name="ForcedLevel">A level forced with <c>--bump</c>, or null.</param>
/// <param name="ForcedVersion">A version forced with <c>--as</c>, or null.</param>
/// <param name="ShasSinceLatestPrerelease">
/// The commits after the newest reachable prerelease tag, when there is one after the last release; a further
/// prerelease on the same channel needs a releasable commit among them.
/// </param>
/// <param name="CheckExistingTags">
/// Refuse a next version that is already tagged elsewhere. Off for the "what if" questions (--from, --to), whose
/// answer may well be a tag that exists.
/// </param>
/// <param name="Retracted">
/// Versions released and then retracted (their tags deleted, recorded in the changelog): never released again, so a
/// next version that would be one of them moves a patch above it.
/// </param>
public sealed record NextVersionRequest(
    SemanticVersion? LastRelease,
    SemanticVersion InitialVersion,
    BumpDecision Decision,
    IReadOnlyList<VersionTag> ReachableTags,
    IReadOnlyList<VersionTag> AllTags,
    string? Channel = null,
    BumpLevel? ForcedLevel = null,
    SemanticVersion? ForcedVersion = null,
    IReadOnlySet<string>? ShasSinceLatestPrerelease = null,
    bool CheckExistingTags = true,
    IReadOnlyList<SemanticVersion>? Retracted = null);
