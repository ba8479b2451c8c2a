namespace Steward.Core.Commits;

/// <summary>Where a next version came from, so output can say when a person overrode the commits.</summary>
public enum NextVersionSource
{
    /// <summary>Decided by the commits since the last release.</summary>
    Commits,

    /// <summary>The first release: VERSION as written (or 0.1.0), there being no release tag yet.</summary>
    FirstRelease,

    /// <summary>The level was forced with <c>--bump</c>.</summary>
    ForcedLevel,

    /// <summary>The version was forced with <c>--as</c>.</summary>
    ForcedVersion,
}
