using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Core.Flow;

/// <summary>
/// The next version within a maintenance line: a fix is a patch of the line's last release, a feature a minor (or a
/// patch when the line is pinned to patches), a breaking change is refused because it cannot stay in the line, and
/// a version released elsewhere (from main) is never taken again.
/// </summary>
public static class MaintenanceVersioning
{
    /// <param name="line">The branch's line.</param>
    /// <param name="level">The bump the commits ask for, or the one forced with --bump.</param>
    /// <param name="patchOnly">The line takes patches only (configured, or a line of one minor).</param>
    /// <param name="reachable">Version tags reachable from the branch: the line's last release is among them.</param>
    /// <param name="all">Every version tag, wherever it is.</param>
    /// <param name="forced">A version forced with --as, which must still be in the line.</param>
    public static SemanticVersion Next(MaintenanceLine line, BumpLevel level, bool patchOnly, IReadOnlyList<VersionTag> reachable,
        IReadOnlyList<VersionTag> all, string tagPrefix, SemanticVersion? forced = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(reachable);
        ArgumentNullException.ThrowIfNull(all);
        var last = reachable.Where(t => !t.IsPrerelease && InLine(line, t.Version)).MaxBy(t => t.Version)
            ?? throw Messages.LineHasNoReachableRelease(line, tagPrefix);
        SemanticVersion next;
        if (forced is not null)
        {
            if (!InLine(line, forced))
            {
                throw Messages.ForcedOutsideLine(forced, line);
            }

            next = forced;
        }
        else
        {
            if (level == BumpLevel.Major)
            {
                throw Messages.BreakingChangeInLine(line, last.Version);
            }

            if (level == BumpLevel.None)
            {
                throw Messages.NothingToReleaseInLine(line, last.Name);
            }

            var pinned = patchOnly || line.Minor is not null;
            next = VersionIncrement.Bump(last.Version, level == BumpLevel.Minor && !pinned ? BumpLevel.Minor : BumpLevel.Patch);
        }

        if (SemanticVersion.ComparePrecedence(next, last.Version) <= 0)
        {
            throw Messages.ForcedNotAboveLineRelease(next, last.Name);
        }

        var taken = all.FirstOrDefault(t => SemanticVersion.ComparePrecedence(t.Version, next) == 0);
        if (taken is not null)
        {
            throw Messages.LineVersionTaken(line, next, taken.Name);
        }

        return next;
    }

    private static bool InLine(MaintenanceLine line, SemanticVersion version) =>
        version.Major == line.Major && (line.Minor is null || version.Minor == line.Minor);
}
