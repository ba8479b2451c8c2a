using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Core.Flow;

/// <summary>
/// Decides a rollback from the release tags: the bad release is the newest stable one; the good one is the release
/// just below it, or the one asked for. The hotfix version is the good one's next patch, skipping any version
/// already tagged (the bad one included: a version once published is never published again with other content).
/// </summary>
public static class RollbackPlanner
{
    public static RollbackPlan Plan(IReadOnlyList<VersionTag> tags, SemanticVersion? to, string tagPrefix, string hotfixPrefix)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var releases = tags.Where(t => !t.IsPrerelease).OrderBy(t => t.Version).ToList();
        var bad = releases.LastOrDefault()
            ?? throw Messages.NothingToRollBack(tagPrefix);
        VersionTag good;
        if (to is not null)
        {
            good = releases.FirstOrDefault(t => SemanticVersion.ComparePrecedence(t.Version, to) == 0)
                ?? throw Messages.RollbackTargetNotReleased(to, tagPrefix);
            if (SemanticVersion.ComparePrecedence(good.Version, bad.Version) >= 0)
            {
                throw Messages.RollbackTargetNotOlder(to, bad.Name);
            }
        }
        else
        {
            good = releases.Count > 1
                ? releases[^2]
                : throw Messages.OnlyOneRelease(bad.Name);
        }

        var hotfix = VersionIncrement.Bump(good.Version.Core, BumpLevel.Patch);
        while (tags.Any(t => SemanticVersion.ComparePrecedence(t.Version.Core, hotfix) == 0))
        {
            hotfix = VersionIncrement.Bump(hotfix, BumpLevel.Patch);
        }

        return new RollbackPlan(bad, good, hotfix, hotfixPrefix + VersionConverter.ToGitTag(hotfix, tagPrefix));
    }
}
