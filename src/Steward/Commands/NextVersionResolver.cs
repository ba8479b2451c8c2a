using Steward.Core.Commits;
using Steward.Core.Versioning;

namespace Steward.Commands;

/// <summary>
/// The next version for a release range: the commits' decision, the tags, the channel and any forcing, put together
/// the same way for <c>steward next</c> and <c>steward release</c>.
/// </summary>
internal static class NextVersionResolver
{
    /// <param name="scope">The release range and its repository.</param>
    /// <param name="channel">--pre LABEL, or null for a stable release.</param>
    /// <param name="forcedLevel">--bump, or null.</param>
    /// <param name="forcedVersion">--as, or null.</param>
    /// <param name="forOtherRevision">--to was given: tags on it and after it do not exist for the question.</param>
    /// <param name="checkExistingTags">Refuse a next version that is already tagged elsewhere (not with --from or --to).</param>
    public static (BumpDecision Decision, NextVersion Next) Resolve(
        HistoryScope scope, string? channel, BumpLevel? forcedLevel, SemanticVersion? forcedVersion, bool forOtherRevision, bool checkExistingTags = true)
    {
        var policy = new BumpPolicy(scope.Config.Commits);
        var range = scope.Range;
        var decision = BumpDecider.Decide(range.Commits, policy);
        var request = new NextVersionRequest(
            range.BaseVersion,
            range.BaseVersion is null ? InitialVersion(scope) : new SemanticVersion(0, 1, 0),
            decision,
            range.ReachableTags,
            forOtherRevision ? range.ReachableTags : range.AllTags,
            channel,
            forcedLevel,
            forcedVersion,
            channel is null ? null : ShasSinceLatestPrerelease(scope),
            CheckExistingTags: checkExistingTags,
            Retracted: Flow.RetractedVersions.At(scope.Reader, range.To, scope.Config.Changelog.File));
        return (decision, NextVersionCalculator.Calculate(request, policy, scope.TagPrefix));
    }

    /// <summary>The first release when there is no tag: VERSION as written (from the work tree, or the commit in a bare repository), or 0.1.0.</summary>
    private static SemanticVersion InitialVersion(HistoryScope scope)
    {
        if (!scope.Repository.IsBare)
        {
            return scope.Project.TryReadVersionFile()?.Version.ToSemVer() ?? new SemanticVersion(0, 1, 0);
        }

        var text = scope.Reader.ReadCommittedFile(scope.Range.To, VersionFile.FileName);
        return text is null ? new SemanticVersion(0, 1, 0) : VersionFile.Parse($"{VersionFile.FileName} (at {scope.Range.To[..7]})", text).Version.ToSemVer();
    }

    private static IReadOnlySet<string>? ShasSinceLatestPrerelease(HistoryScope scope)
    {
        var range = scope.Range;
        var latest = range.ReachableTags
            .Where(t => t.IsPrerelease && (range.BaseVersion is null || SemanticVersion.ComparePrecedence(t.Version, range.BaseVersion) > 0))
            .MaxBy(t => t.Version);
        return latest is null ? null : scope.Reader.ShasSince(latest.Sha, range.To);
    }
}
