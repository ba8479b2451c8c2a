using Steward.Core.Errors;
using Steward.Core.PullRequests;
using Steward.Git;

namespace Steward.UseCases;

/// <summary>
/// Reads the release branch on the remote: fetches its objects (no ref of the user's moves), checks that it is
/// Steward's (its first commit past the base carries the Steward-Base trailer) and that it still holds what Steward
/// pushed last (the marker's head), and lists the commits a human added on top, to be replayed.
/// </summary>
internal static class ReleaseBranchInspector
{
    public static ReleaseBranchState Read(GitRunner git, string remote, string branch, string baseSha, ReleaseMarker? marker)
    {
        var tip = new WorkTreeReader(git).RemoteBranch(remote, branch);
        if (tip is null)
        {
            return ReleaseBranchState.None;
        }

        var fetched = new WorkTreeWriter(git).Run(GitWrites.FetchObjects(remote, "refs/heads/" + branch));
        if (!fetched.Succeeded)
        {
            throw GitRunner.Failure(GitWrites.FetchObjects(remote, "refs/heads/" + branch).Skip(1).ToList(), fetched);
        }

        var reader = new ReleaseBranchReader(git);
        if (marker is not null && reader.Exists(marker.Head) && !reader.IsAncestor(marker.Head, tip))
        {
            throw Messages.PullRequestBranchRewritten(remote, branch, marker.Head);
        }

        // Oldest first: Steward's release commit, then what humans added (merges of the base into it left out: the
        // rebuild starts from the base anyway).
        var own = reader.NonMergesBetween(tip, [baseSha]).Reverse().ToList();
        if (own.Count == 0)
        {
            return new ReleaseBranchState(tip, null, []);
        }

        var previousBase = ReleaseBaseTrailer.Find(reader.Message(own[0]))
            ?? throw Messages.PullRequestBranchNotSteward(remote, branch);
        return new ReleaseBranchState(tip, previousBase, own.Skip(1).ToList());
    }
}
