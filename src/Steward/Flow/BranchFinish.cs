using System.CommandLine;
using Steward.Cli;
using Steward.Commands;
using Steward.Core.Configuration;

namespace Steward.Flow;

/// <summary>
/// What `flow release finish` and `flow hotfix finish` share: resume or start, check the branches and the work tree,
/// run the release gates, then merge, tag and back-merge through one recorded finish.
/// </summary>
internal static class BranchFinish
{
    /// <param name="verb">The finish's name in messages and in its saved state ("release finish").</param>
    /// <param name="requestedName">The NAME argument, or null for the branch HEAD is on.</param>
    /// <param name="prefix">The branch prefix of this kind (flow.branches.release or .hotfix).</param>
    /// <param name="kind">"release" or "hotfix", for messages.</param>
    /// <param name="backMergeTarget">Where main is merged back into after the tag; null for none.</param>
    /// <param name="requireDevelop">Whether develop must exist before anything starts.</param>
    public static int Run(
        CommandContext context,
        ParseResult parse,
        FlowFinishOptions options,
        string verb,
        string? requestedName,
        Func<FlowBranchesConfig, string> prefix,
        string kind,
        Func<FlowSession, string?> backMergeTarget,
        bool requireDevelop)
    {
        var session = FlowSession.Open(context, parse, needsWorkTree: true);
        if (options.Resume(parse, context, session, verb, requestedName is not null) is { } resumed)
        {
            return resumed;
        }

        var names = session.Flow.Branches;
        var runner = new FinishRunner(context, session);
        runner.RequireIdle();
        var branch = FlowBranchNames.Resolve(session.Branches, prefix(names), requestedName, kind);
        FlowBranchNames.RequireExists(session.Branches, names.Main);
        if (requireDevelop)
        {
            FlowBranchNames.RequireExists(session.Branches, names.Develop);
        }

        WorkTreeGuard.RequireClean(session.Branches, "finishing " + branch);
        var version = FlowVersioning.OfBranch(session.Branches, branch, prefix(names));
        FinishGates.Run(context, session, branch);
        var (state, recorded) = ReleaseFinishPlan.Build(context, session, verb, branch, version, backMergeTarget(session),
            parse.GetValue(options.Push), parse.GetValue(options.Keep));
        return runner.Start(state, recorded);
    }
}
