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
            ?? throw new StewardException(FailureKind.InvalidInput,
                $"{line.Branch}: no release of line {line.Name} is reachable from it; branch it from the line's last tag (e.g. git switch -c {line.Branch} {tagPrefix}{line.Major}.{line.Minor ?? 0}.0)");
        SemanticVersion next;
        if (forced is not null)
        {
            if (!InLine(line, forced))
            {
                throw new StewardException(FailureKind.InvalidInput, $"--as {forced}: outside line {line.Name} of {line.Branch}; release it from main");
            }

            next = forced;
        }
        else
        {
            if (level == BumpLevel.Major)
            {
                throw new StewardException(FailureKind.InvalidInput,
                    $"{line.Branch}: a breaking change cannot be released in line {line.Name} (it would be {last.Version.Major + 1}.0.0); release it from main, or revert it here");
            }

            if (level == BumpLevel.None)
            {
                throw new StewardException(FailureKind.NothingToRelease, $"nothing to release: no fix or feature on {line.Branch} since {last.Name}");
            }

            var pinned = patchOnly || line.Minor is not null;
            next = VersionIncrement.Bump(last.Version, level == BumpLevel.Minor && !pinned ? BumpLevel.Minor : BumpLevel.Patch);
        }

        if (SemanticVersion.ComparePrecedence(next, last.Version) <= 0)
        {
            throw new StewardException(FailureKind.InvalidInput, $"--as {next}: must be above the line's last release {last.Name}");
        }

        var taken = all.FirstOrDefault(t => SemanticVersion.ComparePrecedence(t.Version, next) == 0);
        if (taken is not null)
        {
            throw new StewardException(FailureKind.InvalidInput,
                $"{line.Branch}: {next} is already released ({taken.Name}, not from this line); "
                + (next.Patch.IsZero ? $"release the change as a patch (add {line.Branch} to flow.patchOnly) or from main" : "choose a free version with --as"));
        }

        return next;
    }

    private static bool InLine(MaintenanceLine line, SemanticVersion version) =>
        version.Major == line.Major && (line.Minor is null || version.Minor == line.Minor);
}
