using Steward.Core.Commits;
using Steward.Core.Versioning;

namespace Steward.Git;

/// <summary>
/// The commits since the last release, with what bounds them: the target commit, the last stable release (a tag, or
/// --from with its version) and the version tags reachable from the target.
/// </summary>
/// <param name="To">The target commit's full sha (HEAD, or --to).</param>
/// <param name="LastRelease">The last stable release's tag; null with --from (see <paramref name="BaseVersion"/>) or when there is none.</param>
/// <param name="BaseVersion">The version of the last release, from its tag or --from-version; null when there is none.</param>
/// <param name="BaseSha">The commit of the last release; null when there is none and the range is the whole history.</param>
/// <param name="ReachableTags">
/// Version tags known to be reachable from <paramref name="To"/>, ascending: the last release and those inside the range
/// (tags on --to itself left out).
/// </param>
/// <param name="AllTags">Every version tag with the prefix, reachable or not, ascending (tags on --to itself left out).</param>
/// <param name="Commits">The commits after the last release up to <paramref name="To"/>, newest first.</param>
internal sealed record ReleaseRange(
    string To,
    VersionTag? LastRelease,
    SemanticVersion? BaseVersion,
    string? BaseSha,
    IReadOnlyList<VersionTag> ReachableTags,
    IReadOnlyList<VersionTag> AllTags,
    IReadOnlyList<HistoryCommit> Commits);
