using Steward.Core.Versioning;

namespace Steward.Core.Commits;

/// <summary>
/// The answer to "what is the next version?": the version (null when nothing is releasable, with the reason), the
/// level that made it, and whether a person forced it.
/// </summary>
public sealed record NextVersion(
    SemanticVersion? Version,
    BumpLevel Level,
    NextVersionSource Source,
    string? NothingReason)
{
    public bool IsNothingToRelease => Version is null;
}
