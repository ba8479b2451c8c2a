using Steward.Commands;
using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Core.Flow;
using Steward.Core.Planning;
using Steward.Core.Versioning;
using Steward.Releasing;

namespace Steward.Flow;

/// <summary>
/// The version <c>steward release</c> makes on a maintenance branch (flow.maintenance, e.g. <c>release/1.x</c>): within
/// the line, from the commits since the line's last release, never a version taken elsewhere.
/// </summary>
internal static class MaintenanceRelease
{
    /// <summary>The decision on a maintenance branch; null when <paramref name="branch"/> is no maintenance branch.</summary>
    public static VersionDecision? TryDecide(HistoryScope scope, string branch, ReleaseOptions options)
    {
        var flow = scope.Config.Flow;
        var line = MaintenanceLine.Match(branch, flow.Maintenance);
        if (line is null)
        {
            return null;
        }

        if (options.Bump is not null && options.As is not null)
        {
            throw new StewardException(FailureKind.InvalidInput, "--bump and --as both force the version; give one of them");
        }

        var policy = new BumpPolicy(scope.Config.Commits);
        var decision = BumpDecider.Decide(scope.Range.Commits, policy);
        var level = options.Bump is { } bump ? BumpPolicy.ParseLevel(bump) ?? BumpLevel.None : decision.Level;
        var forced = options.As is null ? null : HistoryOptions.ParseVersion(options.As, "--as");
        var patchOnly = flow.PatchOnly.Any(p => p == branch || BranchPattern.Matches(p, branch));
        var all = scope.Range.AllTags;
        var version = MaintenanceVersioning.Next(line, level, patchOnly, scope.Range.ReachableTags, all, scope.TagPrefix, forced);
        if (options.Pre is { } channel)
        {
            version = NextVersionCalculator.Prerelease(version, channel, all, scope.TagPrefix);
        }

        var why = forced is not null
            ? $"forced with --as, within maintenance line {line.Name}"
            : $"{level.ToString().ToLowerInvariant()}{(options.Bump is null ? string.Empty : " (forced with --bump)")} within maintenance line {line.Name}"
                + $"{(patchOnly && level == BumpLevel.Minor ? ", pinned to patches" : string.Empty)}, from {scope.Range.Commits.Count} commits since {scope.Range.LastRelease?.Name}";
        return new VersionDecision(version, why);
    }
}
