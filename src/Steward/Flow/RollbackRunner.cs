using Steward.Cli;
using Steward.Core.Changelog.Retraction;
using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Core.Flow;
using Steward.Core.Planning;
using Steward.Core.Versioning;
using Steward.Engine;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Flow;

/// <summary>
/// Prints and applies a rollback plan. Without --retract-tag the plan (hotfix branch, VERSION commit, push) is an
/// <see cref="ExecutionPlan"/> applied by the one engine, and --dry-run prints exactly its steps. With --retract-tag
/// (commits on main and a tag deleted, which the engine cannot undo yet) local steps run first and are undone here
/// when one of them or the push fails, so the command ends with everything done or nothing changed. The hotfix branch gets VERSION (and its targets) raised to
/// the hotfix version, so that releasing or finishing it needs no option; a retracted release is recorded on main
/// (a changelog note, VERSION raised above it) so that it is never released again.
/// </summary>
internal sealed class RollbackRunner
{
    private readonly CommandContext context;
    private readonly FlowSession session;
    private readonly RollbackPlan plan;
    private readonly RollbackOptions options;

    public RollbackRunner(CommandContext context, FlowSession session, RollbackPlan plan, RollbackOptions options)
    {
        this.context = context;
        this.session = session;
        this.plan = plan;
        this.options = options;
    }

    private string Remote => session.Flow.Remote;

    private string Main => session.Flow.Branches.Main;

    private string BadRef => "refs/tags/" + plan.Bad.Name;

    public void Run()
    {
        var branches = session.Branches;
        if (options.DryRun && options.RetractTag)
        {
            throw Messages.RetractionDryRunUnsupported();
        }

        if (options.Apply || options.DryRun)
        {
            PlanRun.RefuseIfInterrupted(session.Git);
            Preflight(branches);
        }

        if (options.DryRun || (options.Apply && !options.RetractTag))
        {
            RunPlanned(branches);
            return;
        }

        var removeRemoteTag = options.Apply && options.RetractTag && options.Push && branches.RemoteHasRef(Remote, BadRef);
        var mainVersion = options.RetractTag ? MainVersionAfterRetraction(branches) : null;
        var report = Report(removeRemoteTag || (!options.Apply && options.RetractTag && options.Push), mainVersion);
        if (!options.Json)
        {
            PrintPlan(report);
        }

        if (!options.Apply)
        {
            if (options.Json)
            {
                RollbackJson.Write(context.Out, report);
                return;
            }

            context.Out.WriteLine();
            context.Out.WriteLine("Nothing changed; run again with --apply to do the git steps.");
            return;
        }

        if (options.RetractTag && !options.Yes
            && !Confirmation.Ask(context, $"Delete tag {plan.Bad.Name} locally{(removeRemoteTag ? " and on " + Remote : string.Empty)}?"))
        {
            throw Messages.RollbackNotConfirmed(plan.Bad.Name);
        }

        Apply(branches, removeRemoteTag, mainVersion);
        if (options.Json)
        {
            RollbackJson.Write(context.Out, report with { Applied = true, Pushed = options.Push });
        }
    }

    /// <summary>The hotfix branch from the good release with VERSION raised, pushed with --push: planned, then printed or applied.</summary>
    private void RunPlanned(BranchOperations branches)
    {
        var message = $"chore(release): prepare {plan.HotfixVersion}";
        var files = ScratchCheckout.Read(context, session, plan.Good.Sha, at => FlowStart.Files(at, FlowVersioning.PlanEdits(at, plan.HotfixVersion)));
        var steps = FlowStart.BranchSteps(plan.HotfixBranch, plan.Good.Name, files, message).ToList();
        if (options.Push)
        {
            steps.Add(new GitStep(GitStepRole.Push, GitWrites.PushAtomic(Remote, plan.HotfixBranch, null)));
        }

        var executionPlan = new ExecutionPlan("rollback", steps)
        {
            Branch = plan.HotfixBranch,
            Remote = options.Push ? Remote : null,
            CommitMessage = message,
            Refs = ["refs/heads/" + plan.HotfixBranch],
        };
        var report = Report(remoteTag: false, mainVersion: null);
        if (options.DryRun)
        {
            if (options.Json)
            {
                PlanRun.WriteJson(context.Out, executionPlan, dryRun: true, w =>
                {
                    w.WriteString("from", plan.Bad.Name);
                    w.WriteString("to", plan.Good.Name);
                    w.WriteString("hotfixBranch", plan.HotfixBranch);
                    w.WriteString("hotfixVersion", plan.HotfixVersion.ToString());
                });
                return;
            }

            context.Out.WriteLine($"Rollback from {plan.Bad.Name} to {plan.Good.Name}: {plan.HotfixBranch} for {plan.HotfixVersion}");
            PlanRun.PrintDryRun(context, executionPlan, json: false);
            return;
        }

        if (!options.Json)
        {
            PrintPlan(report);
        }

        PlanRun.Apply(context, session.Project.Root, session.Git, executionPlan, plan.HotfixBranch);
        if (options.Json)
        {
            RollbackJson.Write(context.Out, report with { Applied = true, Pushed = options.Push });
            return;
        }

        context.Out.WriteLine();
        context.Out.WriteLine($"Created {plan.HotfixBranch} at {plan.Good.Name} with VERSION {plan.HotfixVersion} and switched to it.");
        if (options.Push)
        {
            context.Out.WriteLine($"Pushed {plan.HotfixBranch} to {Remote}.");
        }

        context.Out.WriteLine($"Next: commit the fix on {plan.HotfixBranch} and release {plan.HotfixVersion} from it.");
    }

    private void Preflight(BranchOperations branches)
    {
        branches.CheckBranchName(plan.HotfixBranch, "the hotfix branch");
        if (branches.BranchExists(plan.HotfixBranch))
        {
            throw Messages.BranchAlreadyExists(plan.HotfixBranch);
        }

        WorkTreeGuard.RequireClean(branches, "creating the hotfix branch");
        if (options.Push)
        {
            WorkTreeGuard.RequireRemote(branches, Remote);
        }

        if (options.RetractTag && (branches.BranchSha(Main) is not { } main || !branches.IsAncestor(plan.Bad.Sha, main)))
        {
            throw Messages.RetractedTagNotOnMain(plan.Bad.Name, Main);
        }
    }

    /// <summary>
    /// The version main's VERSION is raised to when the bad release is retracted: the first patch above it that no tag
    /// has, unless VERSION on main is above it already (null: left as it is, or main has no VERSION).
    /// </summary>
    private SemanticVersion? MainVersionAfterRetraction(BranchOperations branches)
    {
        if (branches.ReadCommittedFile("refs/heads/" + Main, VersionFile.FileName) is not { } text)
        {
            return null;
        }

        var onMain = VersionFile.Parse($"{Main}:{VersionFile.FileName}", text).Version.ToSemVer();
        if (SemanticVersion.ComparePrecedence(onMain, plan.Bad.Version) > 0)
        {
            return null;
        }

        var tags = new TagReader(session.Git).ReadVersionTags(session.Config.TagPrefix);
        var version = VersionIncrement.Bump(plan.Bad.Version.Core, BumpLevel.Patch);
        while (tags.Any(t => SemanticVersion.ComparePrecedence(t.Version.Core, version) == 0))
        {
            version = VersionIncrement.Bump(version, BumpLevel.Patch);
        }

        return version;
    }

    private RollbackReport Report(bool remoteTag, SemanticVersion? mainVersion)
    {
        var steps = new List<string>();
        var changelog = session.Config.Changelog.File;
        if (options.RetractTag)
        {
            steps.Add($"commit {changelog}{(mainVersion is null ? string.Empty : " and VERSION " + mainVersion)} on {Main}: chore(release): retract {plan.Bad.Version.Core} ({RetractionNote.Line(plan.Bad.Version.Core)})");
        }

        steps.Add($"git switch -c {plan.HotfixBranch} {plan.Good.Name}");
        steps.Add($"commit VERSION and its targets on {plan.HotfixBranch}: chore(release): prepare {plan.HotfixVersion}");
        if (options.RetractTag)
        {
            steps.Add($"git tag -d {plan.Bad.Name}");
        }

        if (options.Push)
        {
            var pushed = options.RetractTag ? $"{plan.HotfixBranch} {Main}" : plan.HotfixBranch;
            steps.Add($"git push --atomic {Remote} {pushed}{(remoteTag ? " :" + BadRef : string.Empty)}");
        }

        var forms = ArtifactForms.Format(session.Flow.Artifacts, plan.Good.Version, session.Config.TagPrefix)
            .Select(f => new RollbackArtifactForm(f.Label, f.Value)).ToList();
        return new RollbackReport(
            new RollbackRelease(plan.Bad.Name, plan.Bad.Version.ToString(), plan.Bad.Sha),
            new RollbackRelease(plan.Good.Name, plan.Good.Version.ToString(), plan.Good.Sha),
            plan.HotfixBranch,
            plan.HotfixVersion.ToString(),
            forms,
            options.RetractTag,
            options.RetractTag ? Main : null,
            mainVersion?.ToString(),
            steps,
            Applied: false,
            Pushed: false);
    }

    private void PrintPlan(RollbackReport report)
    {
        var output = context.Out;
        output.WriteLine($"Rollback from {plan.Bad.Name} to {plan.Good.Name}");
        output.WriteLine();
        output.WriteLine($"Deploy the previous version {plan.Good.Version}:");
        var width = report.Deploy.Count == 0 ? 0 : report.Deploy.Max(f => f.Label.Length);
        foreach (var form in report.Deploy)
        {
            output.WriteLine($"  {form.Label.PadRight(width)}  {form.Value}");
        }

        output.WriteLine();
        output.WriteLine($"Git (the fix is released from {plan.HotfixBranch} as {plan.HotfixVersion}):");
        foreach (var step in report.Steps)
        {
            output.WriteLine("  " + step);
        }
    }

    private void Apply(BranchOperations branches, bool removeRemoteTag, SemanticVersion? mainVersion)
    {
        var originalBranch = branches.CurrentBranch();
        var originalHead = branches.ResolveCommit("HEAD");
        var badTagObject = branches.RefTarget(BadRef)!;
        var mainBefore = branches.BranchSha(Main);
        var created = false;
        var tagDeleted = false;
        try
        {
            if (options.RetractTag)
            {
                RecordRetraction(branches, mainVersion);
            }

            var made = branches.SwitchCreate(plan.HotfixBranch, plan.Good.Sha);
            if (!made.Succeeded)
            {
                throw Messages.BranchNotCreated(plan.HotfixBranch, made.FirstErrorLine);
            }

            created = true;
            FlowVersioning.WriteAndCommit(session, plan.HotfixVersion, $"chore(release): prepare {plan.HotfixVersion}");
            if (options.RetractTag)
            {
                branches.DeleteRef(BadRef, badTagObject);
                tagDeleted = true;
            }
        }
        catch
        {
            Undo(branches, originalBranch, originalHead, mainBefore, created, tagDeleted ? badTagObject : null);
            throw;
        }

        if (options.Push)
        {
            var refspecs = new List<string> { $"refs/heads/{plan.HotfixBranch}:refs/heads/{plan.HotfixBranch}" };
            if (options.RetractTag)
            {
                refspecs.Add($"refs/heads/{Main}:refs/heads/{Main}");
            }

            if (removeRemoteTag)
            {
                refspecs.Add(":" + BadRef);
            }

            var pushed = branches.PushAtomic(Remote, refspecs);
            if (!pushed.Succeeded)
            {
                Undo(branches, originalBranch, originalHead, mainBefore, created, tagDeleted ? badTagObject : null);
                throw Messages.RollbackPushRejected(Remote, pushed.FirstErrorLine, plan.HotfixBranch);
            }
        }

        if (options.Json)
        {
            return;
        }

        context.Out.WriteLine();
        if (options.RetractTag)
        {
            context.Out.WriteLine($"Recorded the retraction of {plan.Bad.Version.Core} on {Main}{(mainVersion is null ? string.Empty : $" (VERSION {mainVersion})")}.");
        }

        context.Out.WriteLine($"Created {plan.HotfixBranch} at {plan.Good.Name} with VERSION {plan.HotfixVersion} and switched to it.");
        if (options.RetractTag)
        {
            context.Out.WriteLine($"Deleted tag {plan.Bad.Name}{(removeRemoteTag ? " locally and on " + Remote : " locally")}.");
        }

        if (options.Push)
        {
            context.Out.WriteLine($"Pushed {plan.HotfixBranch}{(options.RetractTag ? " and " + Main : string.Empty)} to {Remote}.");
        }

        context.Out.WriteLine($"Next: commit the fix on {plan.HotfixBranch} and release {plan.HotfixVersion} from it.");
    }

    /// <summary>
    /// On main: the note under the bad release's changelog entry, and VERSION with its targets raised above the bad
    /// version, in one commit; the next release from main is then above it, and every clone knows why.
    /// </summary>
    private void RecordRetraction(BranchOperations branches, SemanticVersion? mainVersion)
    {
        if (branches.CurrentBranch() != Main)
        {
            var switched = branches.Switch(Main);
            if (!switched.Succeeded)
            {
                throw Messages.RetractionSwitchFailed(Main, switched.FirstErrorLine);
            }
        }

        var edits = mainVersion is null ? [] : FlowVersioning.PlanEdits(session, mainVersion);
        var changelogPath = session.Config.Changelog.File;
        var full = SafePath.ForWriting(session.Project.Root, changelogPath);
        var text = File.Exists(full) ? File.ReadAllText(full) : null;
        var recorded = RetractionNote.Record(text, plan.Bad.Version.Core);
        if (recorded != text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            edits.Add(new FileEdit(changelogPath, System.Text.Encoding.UTF8.GetBytes(recorded)));
        }

        if (edits.Count == 0)
        {
            return;
        }

        AtomicFileWriter.WriteAll(session.Project.Root, edits);
        FlowVersioning.Commit(session, $"chore(release): retract {plan.Bad.Version.Core}", [.. edits.Select(e => e.RelativePath)]);
    }

    private void Undo(BranchOperations branches, string? originalBranch, string? originalHead, string? mainBefore, bool created, string? badTagObject)
    {
        // Files a failed step wrote but did not commit go first, or no switch would succeed.
        foreach (var path in branches.ChangedFiles())
        {
            if (branches.ReadCommittedFile("HEAD", path) is null)
            {
                branches.Unstage(path);
                File.Delete(Path.Combine(session.Project.Root, path));
            }
            else
            {
                branches.RestoreFromHead(path);
            }
        }

        var back = originalBranch is not null ? branches.Switch(originalBranch) : branches.SwitchDetached(originalHead!);
        if (back.Succeeded && created && branches.BranchSha(plan.HotfixBranch) is { } hotfix)
        {
            branches.DeleteRef("refs/heads/" + plan.HotfixBranch, hotfix);
        }

        if (mainBefore is not null && branches.BranchSha(Main) is { } main && main != mainBefore)
        {
            if (branches.CurrentBranch() == Main)
            {
                branches.ResetKeep(mainBefore);
            }
            else
            {
                branches.UpdateRef("refs/heads/" + Main, mainBefore, main);
            }
        }

        if (badTagObject is not null)
        {
            branches.UpdateRef(BadRef, badTagObject, string.Empty);
        }
    }
}
