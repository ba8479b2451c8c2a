using Steward.Core.Commits;
using Steward.Core.Versioning;

namespace Steward.Core.Flow;

/// <summary>
/// A rollback: the bad release, the good one to go back to, and the hotfix branch (from the good release) in which the
/// fix is made and released as <see cref="HotfixVersion"/>.
/// </summary>
public sealed record RollbackPlan(VersionTag Bad, VersionTag Good, SemanticVersion HotfixVersion, string HotfixBranch);
