using Steward.Core.Versioning;

namespace Steward.Core.Commits;

/// <summary>
/// Decides the bump of a release range: each commit's level from the policy, merges (but pull request merges under
/// <c>commits.merges: pr-title</c> or <c>both</c>, and the commits such a title stands for) and autosquash commits skipped,
/// reverts resolved. A revert and its target both in the range cancel out (a revert of that revert restores the
/// target); a revert of a commit outside the range (already released) is a patch.
/// </summary>
public static class BumpDecider
{
    public static BumpDecision Decide(IReadOnlyList<HistoryCommit> commits, BumpPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(commits);
        ArgumentNullException.ThrowIfNull(policy);
        var reverts = new RevertGraph(commits);
        var listedByTitle = PullRequestBranches.ListedByTitle(commits, policy.Merges);
        var decided = new List<DecidedCommit>(commits.Count);
        var level = BumpLevel.None;
        for (var i = 0; i < commits.Count; i++)
        {
            var entry = listedByTitle.ContainsKey(commits[i].Commit.Sha)
                ? new DecidedCommit(commits[i], BumpLevel.None, CommitRole.ListedByPullRequest)
                : Classify(commits[i], i, policy, reverts);
            decided.Add(entry);
            if (entry.Level > level)
            {
                level = entry.Level;
            }
        }

        return new BumpDecision(level, decided);
    }

    private static DecidedCommit Classify(HistoryCommit commit, int index, BumpPolicy policy, RevertGraph reverts)
    {
        var message = commit.Message;
        if (!commit.CountsOwnMessage(policy.Merges, policy.Config.IncludeMerges))
        {
            return new DecidedCommit(commit, BumpLevel.None, CommitRole.Merge);
        }

        if (message.IsAutosquash)
        {
            return new DecidedCommit(commit, BumpLevel.None, CommitRole.Autosquash);
        }

        if (!reverts.IsLive(index))
        {
            return new DecidedCommit(commit, BumpLevel.None, CommitRole.Cancelled);
        }

        if (reverts.IsRevert(index))
        {
            // A live revert whose targets are all in the range only cancels; one of something released changes what users have.
            return reverts.RevertsOutsideRange(index)
                ? new DecidedCommit(commit, BumpLevel.Patch, CommitRole.RevertOfReleased)
                : new DecidedCommit(commit, BumpLevel.None, CommitRole.Cancelled);
        }

        return message.IsConventional || message.IsBreaking
            ? new DecidedCommit(commit, policy.LevelOf(message), CommitRole.Counted)
            : new DecidedCommit(commit, BumpLevel.None, CommitRole.Other);
    }
}
