using Steward.Core.Versioning;

namespace Steward.Core.Commits;

/// <summary>The bump a range of commits asks for (before the 0.x settings), with every commit's part in it, newest first.</summary>
public sealed record BumpDecision(BumpLevel Level, IReadOnlyList<DecidedCommit> Commits)
{
    /// <summary>The commits that decided the level: those asking for exactly it. Empty when nothing is releasable.</summary>
    public IEnumerable<DecidedCommit> Deciding => Level == BumpLevel.None ? [] : Commits.Where(c => c.Level == Level);
}
