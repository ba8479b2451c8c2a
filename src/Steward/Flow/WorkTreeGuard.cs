using Steward.Core.Errors;
using Steward.Git;

namespace Steward.Flow;

/// <summary>The checks every branch-changing verb makes before its first step.</summary>
internal static class WorkTreeGuard
{
    /// <summary>Refuses tracked changes: a switch or merge could carry them to the wrong branch or mix them into a merge.</summary>
    public static void RequireClean(BranchOperations branches, string doing)
    {
        var changed = branches.ChangedFiles();
        if (changed.Count > 0)
        {
            var shown = string.Join(", ", changed.Take(3)) + (changed.Count > 3 ? $" and {changed.Count - 3} more" : string.Empty);
            throw Messages.DirtyWorkTreeFlow(shown, doing);
        }
    }

    public static void RequireRemote(BranchOperations branches, string remote)
    {
        if (!branches.RemoteExists(remote))
        {
            throw Messages.FlowRemoteMissing(remote);
        }
    }
}
