using Steward.Core.Changelog.Retraction;
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
}
