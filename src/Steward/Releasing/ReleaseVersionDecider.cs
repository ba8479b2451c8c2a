using Steward.Commands;
using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Releasing;

/// <summary>
/// Decides the release version: forced (--as, --bump), VERSION when it was raised by hand above every release tag
/// (committed or not: edit VERSION, run release), or the Conventional Commits since the last release.
/// </summary>
internal static class ReleaseVersionDecider
{
    public static VersionDecision Decide(HistoryScope scope, SemanticVersion? fileVersion, ReleaseOptions options)
    {
        if (options.Bump is not null && options.As is not null)
        {
            throw new StewardException(FailureKind.InvalidInput, "--bump and --as both force the version; give one of them");
        }

        var forcedVersion = options.As is null ? null : HistoryOptions.ParseVersion(options.As, "--as");
        var forcedLevel = options.Bump is null ? (BumpLevel?)null : BumpPolicy.ParseLevel(options.Bump);
        var highestTag = scope.Range.ReachableTags.MaxBy(t => t.Version);
        var handRaised = forcedVersion is null && forcedLevel is null && fileVersion is not null && highestTag is not null
            && SemanticVersion.ComparePrecedence(fileVersion, highestTag.Version) > 0;
        if (handRaised)
        {
            var target = options.Pre is null || fileVersion!.IsPrerelease
                ? fileVersion!.WithBuild([])
                : NextVersionCalculator.Prerelease(fileVersion!.Core, options.Pre, scope.Range.AllTags, scope.TagPrefix);
            // The retracted version's tag is gone, so VERSION set back to it would be "above the last tag".
            var changelog = scope.Config.Changelog.File;
            Flow.RetractedVersions.RequireNotRetracted(Flow.RetractedVersions.At(scope.Reader, scope.Range.To, changelog), target, changelog);
            return new VersionDecision(target, $"VERSION was raised by hand to {fileVersion} (last release {highestTag!.Name})");
        }

        var (decision, next) = NextVersionResolver.Resolve(scope, options.Pre, forcedLevel, forcedVersion, forOtherRevision: false);
        if (next.Version is null)
        {
            throw new StewardException(FailureKind.NothingToRelease, $"nothing to release: {next.NothingReason}");
        }

        return new VersionDecision(next.Version, Reason(scope, decision, next));
    }

    private static string Reason(HistoryScope scope, BumpDecision decision, NextVersion next)
    {
        var since = scope.Range.LastRelease?.Name ?? "the start of history";
        var deciding = decision.Deciding.Take(3).Select(c => $"{c.Commit.Commit.ShortSha} {c.Commit.Message.Subject}").ToList();
        var commits = deciding.Count == 0 ? string.Empty : $": {string.Join("; ", deciding)}{(decision.Deciding.Count() > 3 ? "; ..." : string.Empty)}";
        return next.Source switch
        {
            NextVersionSource.ForcedVersion => $"forced with --as (the commits since {since} ask for {Level(decision.Level)})",
            NextVersionSource.ForcedLevel => $"forced {Level(next.Level)} bump with --bump (the commits since {since} ask for {Level(decision.Level)})",
            NextVersionSource.FirstRelease => $"first release: VERSION as written ({scope.Range.Commits.Count} commits in history)",
            _ => $"{Level(next.Level)} bump from {scope.Range.Commits.Count} commits since {since}{commits}",
        };
    }

    private static string Level(BumpLevel level) => level == BumpLevel.None ? "no release" : level.ToString().ToLowerInvariant();
}
