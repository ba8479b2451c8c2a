using Steward.Core.Configuration;
using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// Plans the sync of each downstream branch with the branch it follows, in memory (<c>git merge-tree</c>, then
/// <c>commit-tree</c> for the merge commit, which moves no ref): no checkout, no touched work tree. Each branch that
/// changes becomes an update-ref step with its old value (see <see cref="SyncReport"/>); a branch whose merge conflicts
/// is reported and left exactly as it was while the others still sync.
/// </summary>
internal sealed class DownstreamSync
{
    private readonly BranchOperations branches;
    private readonly FlowConfig flow;

    public DownstreamSync(BranchOperations branches, FlowConfig flow)
    {
        this.branches = branches;
        this.flow = flow;
    }

    public IReadOnlyList<SyncResult> SyncAll(IEnumerable<SyncBranchConfig> targets)
    {
        var checkedOut = branches.CheckedOutBranches();
        return [.. targets.Select(t => Sync(t, checkedOut))];
    }

    private SyncResult Sync(SyncBranchConfig target, IReadOnlySet<string> checkedOut)
    {
        var branch = target.Branch;
        var from = target.From.Length > 0 ? target.From : flow.Branches.Main;
        SyncResult Fail(string problem, string? before = null) => new(branch, from, SyncOutcome.Failed, before, before, problem);

        if (!branches.IsValidBranchName(branch) || !branches.IsValidBranchName(from))
        {
            return Fail($"steward.yml: flow.sync: '{branch}' following '{from}' is not a valid pair of branch names");
        }

        var fromSha = branches.BranchSha(from);
        if (fromSha is null)
        {
            return Fail($"{branch}: the branch it follows, {from}, does not exist; create it or fix flow.sync in steward.yml");
        }

        var local = branches.BranchSha(branch);
        var remote = branches.RemoteBranchSha(flow.Remote, branch);
        if (checkedOut.Contains(branch))
        {
            return Fail($"{branch}: checked out in a work tree, so sync will not move it under your feet; switch to another branch and rerun", local);
        }

        string start;
        if (local is null && remote is null)
        {
            return Fail($"{branch}: no such branch here or on {flow.Remote}; create it ('git branch {branch} {from}') and rerun");
        }
        else if (local is null || (remote is not null && remote != local && branches.IsAncestor(local, remote)))
        {
            // Missing here or behind the remote: start from the remote's branch so the push is a fast-forward.
            start = remote!;
        }
        else if (remote is not null && !branches.IsAncestor(remote, local))
        {
            return Fail($"{branch}: diverged from {flow.Remote}/{branch}; reconcile them ('git switch {branch} && git pull') and rerun", local);
        }
        else
        {
            start = local;
        }

        if (branches.IsAncestor(fromSha, start))
        {
            return Update(branch, from, SyncOutcome.UpToDate, local, start);
        }

        if (branches.IsAncestor(start, fromSha))
        {
            return Update(branch, from, SyncOutcome.FastForwarded, local, fromSha);
        }

        var merge = branches.MergeTree(start, fromSha);
        if (merge.HasConflicts)
        {
            return Fail($"{branch}: merging {from} conflicts in {string.Join(", ", merge.Conflicts)}; {branch} left as it was; "
                + $"merge by hand ('git switch {branch} && git merge {from}') and rerun", local);
        }

        var commit = branches.CommitTree(merge.Tree!, [start, fromSha], $"Merge branch '{from}' into {branch}");
        return Update(branch, from, SyncOutcome.Merged, local, commit);
    }

    private static SyncResult Update(string branch, string from, SyncOutcome outcome, string? before, string after) =>
        new(branch, from, outcome, before, after, null);
}
