using Steward.Cli;
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
    /// <param name="prefix">The branch prefix of this kind (flow.branches.release or .hotfix).</param>
    /// <param name="kind">"release" or "hotfix", for messages.</param>
    /// <param name="backMergeTarget">Where main is merged back into after the tag; null for none.</param>
    /// <param name="requireDevelop">Whether develop must exist before anything starts.</param>
    /// <returns>Whether the downstream sync after the finish (if any) synced every branch.</returns>
    public static bool Run(
        CommandContext context,
        FlowSession session,
        FinishRequest request,
        string verb,
        Func<FlowBranchesConfig, string> prefix,
        string kind,
        Func<FlowSession, string?> backMergeTarget,
        bool requireDevelop)
    {
        // With --json the progress lines go to standard error and the one document to standard output.
        var json = request.Json;
        var output = context.Out;
        if (json)
        {
            context = context with { Out = context.Error };
        }

        var names = session.Flow.Branches;
        FinishEngine.RequireIdle(session);
        var branch = FlowBranchNames.Resolve(session.Branches, prefix(names), request.Name, kind);
        FlowBranchNames.RequireExists(session.Branches, names.Main);
        if (requireDevelop)
        {
            FlowBranchNames.RequireExists(session.Branches, names.Develop);
        }

        WorkTreeGuard.RequireClean(session.Branches, "finishing " + branch);
        var onBranch = FlowVersioning.OfBranch(session.Branches, branch, prefix(names), Configuration.ComponentResolver.Single(session.Config));
        var forced = request.As is { } given ? FlowVersioning.ParseGiven(given, "--as", session.Config.TagPrefix) : null;
        var version = FlowVersioning.ToFinish(onBranch, request.Bump, forced);
        var tag = TagOf(session, version);

        // A freeze refuses the finish before anything is written; it covers the finished branch and main, where it lands.
        var freezeRequest = new Releasing.FreezeRequest($"{kind} finish of {tag} ('{branch}' into '{names.Main}')", [branch, names.Main],
            Configuration.ComponentResolver.Single(session.Config).Name, request.FreezeOverrideReason);
        var freeze = Releasing.FreezeGate.Enforce(context, session.Project.Root, session.Git, freezeRequest, context.Out);
        var backInto = backMergeTarget(session);
        var push = request.Push;
        var dryRun = request.DryRun;
        if (push)
        {
            WorkTreeGuard.RequireRemote(session.Branches, session.Flow.Remote);
        }

        // The checks and the changelog read the branch's history and files as they are on the branch; planning reads
        // them there without switching (see ScratchCheckout), and changes nothing.
        ExecutionPlan plan;
        FinishNotes notes;
        using (var view = ScratchCheckout.OfBranch(context, session, branch))
        {
            var at = view.Session;
            var range = FinishPreflight.Check(context, at, branch, [branch, names.Main, .. backInto is null ? Array.Empty<string>() : [backInto]], tag, push, dryRun);
            var previous = range.ReachableTags.MaxBy(t => t.Version)?.Version;
            if (forced is not null && previous is not null && SemanticVersion.ComparePrecedence(forced, previous) <= 0)
            {
                throw Messages.ForcedNotAboveLastRelease(forced, TagOf(session, previous));
            }

            if (forced is null && request.Bump is null)
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
            List<FileWriteStep> files = version.ToString() == onBranch.ToString()
                ? []
                : [.. FlowVersioning.PlanEdits(at, version).Select(e => new FileWriteStep(e.RelativePath, null, System.Text.Encoding.UTF8.GetString(e.NewContent), e.NewContent))];
            notes = FinishNotes.Plan(context, at, version, tag, previous);
            if (notes.Changelog is { } entry)
            {
                files.Add(FileWriteStep.From(entry));
            }

            var message = CommitMessageTemplate.Render(session.Config.Release.CommitMessage, version.ToString(), tag, previous?.ToString());
            message = freeze?.AppendTo(message) ?? message;
            var tagMessage = freeze?.AppendTo(notes.Message) ?? notes.Message;
            plan = Plan(session, verb, branch, tag, tagMessage, message, files, backInto, push, request.Keep);
        }

        if (dryRun)
        {
            if (json)
            {
                FinishJson.WriteRelease(output, verb, branch, version.ToString(), onBranch.ToString(), tag, true, false, notes.Message, plan);
                return true;
            }

            FinishPlanPrinter.Print(context.Out, plan, branch, version.ToString(), onBranch.ToString(), tag, session.Config.Release.Gates, notes);
            context.Out.WriteLine("dry run: nothing was changed");
            return true;
        }

        var synced = FinishEngine.Start(context, session, plan, version.ToString(), syncAfter: true);
        if (json)
        {
            FinishJson.WriteRelease(output, verb, branch, version.ToString(), onBranch.ToString(), tag, false, push, notes.Message, plan);
        }

        return synced;
    }

    /// <summary>The tag a finish of <paramref name="version"/> makes.</summary>
    public static string TagOf(FlowSession session, SemanticVersion version) => VersionConverter.ToGitTag(version, session.Config.TagPrefix);

    /// <summary>
    /// The steps of a release or hotfix finish, as Git Flow takes them: the gates on the branch, the changelog entry (and
    /// a raised VERSION) committed on the branch, the merge into main (no fast-forward), the tag on main with the notes,
    /// main merged back into <paramref name="backInto"/> (develop, or the open release branch), the branch deleted, one
    /// atomic push, and HEAD left on <paramref name="backInto"/>.
    /// </summary>
    private static ExecutionPlan Plan(FlowSession session, string verb, string branch, string tag, string notes, string commitMessage,
        IReadOnlyList<FileWriteStep> files, string? backInto, bool push, bool keep)
    {
        var main = session.Flow.Branches.Main;
        var end = backInto ?? main;
        var steps = new FinishSteps(session.Branches.CurrentBranch(), session.Flow.Remote);
        steps.Record("refs/heads/" + main);
        steps.Record("refs/heads/" + branch);
        if (backInto is not null)
        {
            steps.Record("refs/heads/" + backInto);
        }

        steps.Record("refs/tags/" + tag);
        steps.Gates(branch, session.Config.Release.Gates);

        // On the branch before the merge, so main gets the entry with the merge and develop through the back-merge.
        steps.Commit(branch, files, commitMessage);
        steps.Merge(branch, main, noFastForward: true, $"Merge branch '{branch}' into {main}");
        steps.Tag(tag, main, notes, session.Config.Release.Sign);
        if (backInto is not null)
        {
            steps.Merge(main, backInto, noFastForward: true, $"Merge branch '{main}' ({tag}) into {backInto}");
        }

        if (!keep)
        {
            steps.SwitchTo(end);
            steps.DeleteBranch(branch);
        }

        if (push)
        {
            var deleted = !keep && session.Branches.RemoteHasRef(session.Flow.Remote, "refs/heads/" + branch) ? branch : null;
            steps.Push(backInto is null ? [main] : [main, backInto], [tag], deleted);
        }

        steps.SwitchTo(end);
        return new ExecutionPlan("flow " + verb, steps.Steps)
        {
            Refs = steps.Refs,
            Subject = branch,
            Tag = tag,
            Branch = main,
            Remote = session.Flow.Remote,
            CommitMessage = commitMessage,
            PushRejected = $"push to {session.Flow.Remote} rejected ({{0}}); the finish was undone and {session.Flow.Remote} is unchanged; pull, then rerun",
        };
    }
}
