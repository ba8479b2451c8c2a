using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Configuration;
using Steward.Git;
using Steward.Propagation;
using Steward.Releasing;

namespace Steward.Flow;

/// <summary>
/// The checks steward release makes before it changes anything, made by a release or hotfix finish through release's
/// own preflight (same wording, same exit codes): no interrupted release, fetch from the remote, no branch behind what
/// it pulls from, a history that reaches the last release (shallow clones), the tag free here and on the remote, and
/// no version drift on the branch. Run standing on the branch being finished; nothing is written but the fetch.
/// </summary>
internal static class FinishPreflight
{
    /// <param name="moved">Every branch the finish moves (the finished branch, main, the back-merge target).</param>
    /// <returns>The range since the last release at the branch, for the commit message's previous version.</returns>
    public static ReleaseRange Check(CommandContext context, FlowSession session, string branch, IEnumerable<string> moved, string tag, bool push, bool dryRun)
    {
        var remote = session.Flow.Remote;

        // release.branches and release.remote are for steward release; a finish works on its own branch and flow.remote.
        var config = new ReleaseConfig { Branches = [branch], Remote = remote };
        var component = ComponentResolver.Single(session.Config);
        var preflight = new ReleasePreflight(session.Git, config, context.Out);
        preflight.CheckRepository(new ReleaseOptions(DryRun: dryRun, AllowDirty: true, NoFetch: false, Push: push, null, null, null, Json: false), component.VersionFile);

        // steward release checks the one branch it commits to; a finish also moves main and develop, and a merge into
        // a branch that is behind would leave out what others pushed (and then fail the push).
        foreach (var name in moved.Distinct(StringComparer.Ordinal))
        {
            var upstream = session.Branches.Upstream(name)
                ?? (session.Branches.RemoteBranchSha(remote, name) is not null ? $"{remote}/{name}" : null);
            if (upstream is not null)
            {
                preflight.CheckNotBehind(name, "refs/heads/" + name, upstream);
            }
        }

        var rangeReader = new ReleaseRangeReader(session.Git);
        var range = rangeReader.Read(component.TagPrefix);
        preflight.CheckTag(tag);
        var targets = TargetFinder.Find(session.Project.Root, session.Git, component);
        CommittedDrift.Refuse(rangeReader, range.To, component, session.Project.TryReadVersionFile(component), targets);
        return range;
    }
}
