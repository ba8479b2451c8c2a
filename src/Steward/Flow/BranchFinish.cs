using System.CommandLine;
using Steward.Cli;
using Steward.Commands;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Core.Versioning;

namespace Steward.Flow;

/// <summary>
/// What `flow release finish` and `flow hotfix finish` share: resume or start, check the branches and the work tree,
/// run steward release's preflight and gates, plan the changelog entry and the notes, then commit, merge, tag and
/// back-merge through one recorded finish.
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

        // With --json the progress lines go to standard error and the one document to standard output.
        var json = parse.GetValue(options.Json);
        var output = context.Out;
        if (json)
        {
            context = context with { Out = context.Error };
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
        var onBranch = FlowVersioning.OfBranch(session.Branches, branch, prefix(names));
        var forced = parse.GetValue(options.As) is { } given ? FlowVersioning.ParseGiven(given, "--as", session.Config.TagPrefix) : null;
        var version = FlowVersioning.ToFinish(onBranch, parse.GetValue(options.Bump), forced);
        var tag = ReleaseFinishPlan.TagOf(session, version);
        var backInto = backMergeTarget(session);
        var push = parse.GetValue(options.Push);
        var dryRun = parse.GetValue(options.DryRun);

        // The checks, the gates and the changelog read the branch's history and files at HEAD: stand on the branch
        // (the tree is clean) and come back before the steps start, so that --abort returns where the user was.
        var startBranch = session.Branches.CurrentBranch();
        var startHead = session.Branches.ResolveCommit("HEAD") ?? string.Empty;
        FinishState state;
        IReadOnlyList<string> recorded;
        FinishNotes notes;
        StandOn(session, branch, "check it");
        try
        {
            var range = FinishPreflight.Check(context, session, branch, [branch, names.Main, .. backInto is null ? Array.Empty<string>() : [backInto]], tag, push, dryRun);
            if (!dryRun)
            {
                FinishGates.Run(context, session);
            }

            var previous = range.ReachableTags.MaxBy(t => t.Version)?.Version;
            if (forced is not null && previous is not null && SemanticVersion.ComparePrecedence(forced, previous) <= 0)
            {
                throw new StewardException(FailureKind.InvalidInput, $"--as {forced}: must be greater than the last release or prerelease, {ReleaseFinishPlan.TagOf(session, previous)}");
            }

            if (forced is null && parse.GetValue(options.Bump) is null)
            {
                // The version comes from VERSION on the branch: one set back to a retracted release is refused, as
                // steward release refuses it (main records the retraction; the branch may not have it yet).
                var reader = new Git.ReleaseRangeReader(session.Git);
                var changelog = session.Config.Changelog.File;
                var retracted = RetractedVersions.At(reader, session.Branches.BranchSha(branch) ?? string.Empty, changelog)
                    .Concat(RetractedVersions.At(reader, session.Branches.BranchSha(names.Main) ?? string.Empty, changelog))
                    .ToList();
                RetractedVersions.RequireNotRetracted(retracted, version, changelog);
            }

            // A version other than the branch's (a prerelease finished as its release, --bump, --as) is written into
            // VERSION and its targets, and committed with the changelog entry, before the merge.
            List<FinishFile> raised = version.ToString() == onBranch.ToString()
                ? []
                : [.. FlowVersioning.PlanEdits(session, version).Select(e => new FinishFile(e.RelativePath, e.NewContent))];
            notes = FinishNotes.Plan(context, session, version, tag, previous);
            var message = CommitMessageTemplate.Render(session.Config.Release.CommitMessage, version.ToString(), tag, previous?.ToString());
            (state, recorded) = ReleaseFinishPlan.Build(session, verb, branch, tag, notes, message, backInto, push, parse.GetValue(options.Keep), raised);
        }
        finally
        {
            GoBack(session, startBranch, startHead);
        }

        if (json)
        {
            var result = dryRun ? ExitCodes.Success : runner.Start(state, recorded, startBranch, startHead);
            var report = new FlowFinishOutput(verb, branch, version.ToString(), onBranch.ToString(), tag, dryRun, push && !dryRun, notes.Message,
                [.. state.Steps.Select(s => FinishPlanPrinter.Describe(s, session.Flow.Remote))]);
            OutputJson.Write(output, report, OutputJson.Default.FlowFinishOutput);
            return result;
        }

        if (dryRun)
        {
            FinishPlanPrinter.Print(context.Out, state, version.ToString(), onBranch.ToString(), tag, session.Config.Release.Gates, notes, session.Flow.Remote);
            context.Out.WriteLine("dry run: nothing was changed");
            return ExitCodes.Success;
        }

        return runner.Start(state, recorded, startBranch, startHead);
    }

    private static void StandOn(FlowSession session, string branch, string why)
    {
        if (session.Branches.CurrentBranch() == branch)
        {
            return;
        }

        var switched = session.Branches.Switch(branch);
        if (!switched.Succeeded)
        {
            throw new StewardException(FailureKind.OperationFailed, $"could not switch to {branch} to {why}: {switched.FirstErrorLine}");
        }
    }

    private static void GoBack(FlowSession session, string? startBranch, string startHead)
    {
        if (startBranch is not null && session.Branches.CurrentBranch() != startBranch)
        {
            session.Branches.Switch(startBranch);
        }
        else if (startBranch is null && startHead.Length > 0)
        {
            session.Branches.SwitchDetached(startHead);
        }
    }
}
