using Steward.Core.Commits;
using Steward.Core.Components;
using Steward.Core.Errors;
using Steward.Core.PullRequests;
using Steward.Git;

namespace Steward.UseCases;

/// <summary>
/// When a release finds HEAD already carrying its version (a merged release pull request: merge, squash or rebase),
/// which base the pull request was last built from (the Steward-Base trailer or the marker in a commit message since
/// the last release), and whether commits landed on the branch since, whose changes its notes do not list: those
/// first-parent of the commit that brought the version in but not in the base, and those after it.
/// </summary>
internal static class MergedReleaseCheck
{
    /// <summary>The base the merged release pull request was built from, or null when HEAD's release came from none.</summary>
    /// <param name="touching">
    /// A monorepo component's commits since its last release: only those count as unlisted (another component's
    /// commits, another unit's merged release pull request among them, are not this component's notes), and its base is
    /// read from the commits that changed its VERSION. Null: one component, every commit counts.
    /// </param>
    public static string? Check(GitRunner git, ReleaseRange range, Component component, string branch, bool allowUnlisted, TextWriter progress,
        IReadOnlyList<HistoryCommit>? touching = null)
    {
        var reader = new ReleaseBranchReader(git);
        var since = range.LastRelease?.Sha;
        var messages = touching is null
            ? reader.Messages(since is null ? "HEAD" : $"{since}..HEAD")
            : reader.Messages(since is null ? "HEAD" : $"{since}..HEAD", component.VersionFile);
        var baseSha = messages
            .Select(m => ReleaseBaseTrailer.Find(m.Message))
            .FirstOrDefault(b => b is not null);
        if (baseSha is null || !reader.Exists(baseSha) || !reader.IsAncestor(baseSha, "HEAD"))
        {
            return null;
        }

        var landing = reader.LastFirstParentChange(since, component.VersionFile);
        if (landing is null)
        {
            return baseSha;
        }

        var own = touching?.Select(c => c.Commit.Sha).ToHashSet(StringComparer.Ordinal);
        var before = reader.NonMergesBetween(landing + "^1", [baseSha]).Where(c => own is null || own.Contains(c)).ToList();
        var after = reader.NonMergesBetween("HEAD", [landing]).Where(c => own is null || own.Contains(c)).ToList();
        var count = before.Count + after.Count;
        if (count == 0)
        {
            return baseSha;
        }

        var first = (before.Count > 0 ? before : after)[^1];
        if (!allowUnlisted)
        {
            throw Messages.ReleaseUnlistedCommits(count, branch, baseSha, first, reader.Subject(first));
        }

        progress.WriteLine($"releasing with {count} commit(s) since {baseSha[..7]} that the notes do not list (--allow-unlisted)");
        return baseSha;
    }
}
