using Steward.Git;

namespace Steward.Flow;

/// <summary>The one atomic push that ends a finish: its branches, its tags, and the deletion of the finished branch on the remote.</summary>
internal static class FinishPush
{
    public static FinishStep Step(FlowSession session, IEnumerable<string> branches, IEnumerable<string> tags, string? deleted)
    {
        WorkTreeGuard.RequireRemote(session.Branches, session.Flow.Remote);
        var refspecs = branches.Select(b => $"refs/heads/{b}:refs/heads/{b}")
            .Concat(tags.Select(t => $"refs/tags/{t}:refs/tags/{t}"))
            .ToList();
        if (deleted is not null && session.Branches.RemoteHasRef(session.Flow.Remote, "refs/heads/" + deleted))
        {
            refspecs.Add(":refs/heads/" + deleted);
        }

        return new FinishStep(FinishStepKind.Push, Refspecs: refspecs);
    }
}
