using Steward.Core.Changelog.Retraction;
using Steward.Core.Errors;
using Steward.Core.Versioning;
using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// The versions that <c>steward rollback --retract-tag</c> retracted, as the changelog committed at a revision records
/// them: the next version is computed above them.
/// </summary>
internal static class RetractedVersions
{
    public static IReadOnlyList<SemanticVersion> At(ReleaseRangeReader reader, string revision, string changelogPath) =>
        string.IsNullOrEmpty(revision) ? [] : RetractionNote.Read(reader.ReadCommittedFile(revision, changelogPath));

    /// <summary>
    /// Refuses to release <paramref name="version"/>, taken from VERSION, when it was retracted: its tag is gone, but
    /// the version was published once and never means other content. The fix named is the first patch above it that
    /// is not retracted too.
    /// </summary>
    public static void RequireNotRetracted(IReadOnlyList<SemanticVersion> retracted, SemanticVersion version, string changelogPath)
    {
        if (!IsRetracted(retracted, version))
        {
            return;
        }

        var next = VersionIncrement.Bump(version.Core, BumpLevel.Patch);
        while (IsRetracted(retracted, next))
        {
            next = VersionIncrement.Bump(next, BumpLevel.Patch);
        }

        throw Messages.VersionRetracted(version, changelogPath, next);
    }

    private static bool IsRetracted(IReadOnlyList<SemanticVersion> retracted, SemanticVersion version) =>
        !version.IsPrerelease && retracted.Any(r => !r.IsPrerelease && SemanticVersion.ComparePrecedence(r.Core, version.Core) == 0);
}
