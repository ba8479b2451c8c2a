using Steward.Core.Commits;

namespace Steward.Git;

/// <summary>
/// One walk of history for every component of a monorepo: the commits since the oldest of their last releases, each
/// with its files, and for each component (by the index of its tag prefix) its last release and which of those commits
/// come after it.
/// </summary>
/// <param name="To">HEAD's full sha.</param>
/// <param name="Commits">The commits walked, newest first.</param>
/// <param name="Components">For each tag prefix, in the order given: its bounds in <paramref name="Commits"/>.</param>
internal sealed record ComponentWalk(string To, IReadOnlyList<CommitWithFiles> Commits, IReadOnlyList<ComponentBounds> Components);

/// <summary>A component's last release and the walked commits after it.</summary>
/// <param name="LastRelease">Its highest stable tag reachable from HEAD, or null.</param>
/// <param name="Reachable">Its tags reachable from HEAD when they had to be listed (a branch behind newer releases), else null.</param>
/// <param name="AllTags">Every version tag with its prefix, ascending.</param>
/// <param name="InRange">For each walked commit (same index): whether it comes after the last release.</param>
internal sealed record ComponentBounds(VersionTag? LastRelease, IReadOnlyList<VersionTag>? Reachable, IReadOnlyList<VersionTag> AllTags, IReadOnlyList<bool> InRange);
