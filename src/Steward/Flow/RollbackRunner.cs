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
/// <see cref="ExecutionPlan"/> applied by the one engine, and --dry-run prints exactly its steps; with --retract-tag
/// the plan also commits the retraction on main and deletes the bad tag (locally, and with --push on the remote),
/// every ref it moves declared so that undo puts it back. The hotfix branch gets VERSION (and its targets) raised to
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
        if (options.Apply || options.DryRun)
        {
            PlanRun.RefuseIfInterrupted(session.Git);
            Preflight(branches);
            RunPlanned(branches);
            return;
        }

        var mainVersion = options.RetractTag ? MainVersionAfterRetraction(branches) : null;
        var report = Report(options.RetractTag && options.Push, mainVersion);
        if (options.Json)
        {
            RollbackJson.Write(context.Out, report);
            return;
        }

        PrintPlan(report);
        context.Out.WriteLine();
        context.Out.WriteLine("Nothing changed; run again with --apply to do the git steps.");
    }

    /// <summary>
    /// The rollback as one plan on the engine, printed (--dry-run) or applied: with --retract-tag the retraction's
    /// commit on main, then the hotfix branch from the good release with VERSION raised, then the bad tag deleted (only
    /// while it is the object planned), and with --push one atomic push of it all, the tag's deletion on the remote
    /// leased on that same object. Until the push a failure or --abort puts main, the tag and HEAD back; the push is the
    /// point of no return.
    /// </summary>
    private void RunPlanned(BranchOperations branches)
    {
        var removeRemoteTag = options.RetractTag && options.Push && branches.RemoteHasRef(Remote, BadRef);
        var mainVersion = options.RetractTag ? MainVersionAfterRetraction(branches) : null;
        var executionPlan = options.RetractTag ? RetractionPlan(branches, removeRemoteTag, mainVersion) : HotfixPlan();
        var report = Report(removeRemoteTag, mainVersion);
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

        if (options.RetractTag && !options.Yes
            && !Confirmation.Ask(context, $"Delete tag {plan.Bad.Name} locally{(removeRemoteTag ? " and on " + Remote : string.Empty)}?"))
        {
            throw Messages.RollbackNotConfirmed(plan.Bad.Name);
        }

        PlanRun.Apply(context, session.Project.Root, session.Git, executionPlan, plan.HotfixBranch);
        if (options.Json)
        {
            RollbackJson.Write(context.Out, report with { Applied = true, Pushed = options.Push });
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

    /// <summary>The hotfix branch from the good release with VERSION raised, pushed with --push.</summary>
    private ExecutionPlan HotfixPlan()
    {
        var message = $"chore(release): prepare {plan.HotfixVersion}";
        var steps = HotfixSteps(message);
        if (options.Push)
        {
            steps.Add(new GitStep(GitStepRole.Push, GitWrites.PushAtomic(Remote, plan.HotfixBranch, null)));
        }

        return new ExecutionPlan("rollback", steps)
        {
            Branch = plan.HotfixBranch,
            Remote = options.Push ? Remote : null,
            CommitMessage = message,
            Refs = ["refs/heads/" + plan.HotfixBranch],
        };
    }

    /// <summary>
    /// The retraction on main (a changelog note, VERSION raised above the bad release, one commit), the hotfix branch,
    /// the bad tag deleted with its object as the expected old value, and the push of the hotfix branch and main with
    /// the tag's deletion leased on that object. Every ref it moves is declared, so undo puts each back.
    /// </summary>
    private ExecutionPlan RetractionPlan(BranchOperations branches, bool removeRemoteTag, SemanticVersion? mainVersion)
    {
        var steps = new List<PlanStep>();
        var retraction = RetractionFiles(branches, mainVersion);
        var retractMessage = $"chore(release): retract {plan.Bad.Version.Core}";
        if (retraction.Count > 0)
        {
            if (branches.CurrentBranch() != Main)
            {
                steps.Add(new GitStep(GitStepRole.Switch, GitWrites.Switch(Main)) { Branch = Main });
            }

            var paths = retraction.Select(f => f.RelativePath).ToList();
            steps.AddRange(retraction);
            steps.Add(new GitStep(GitStepRole.Stage, GitWrites.Add(paths)));
            steps.Add(new GitStep(GitStepRole.Commit, GitWrites.Commit(retractMessage, paths)) { Branch = Main });
        }

        var message = $"chore(release): prepare {plan.HotfixVersion}";
        steps.AddRange(HotfixSteps(message));
        var badTagObject = branches.RefTarget(BadRef)!;
        steps.Add(new GitStep(GitStepRole.DeleteRef, GitWrites.DeleteRef(BadRef, badTagObject)) { Branch = BadRef });
        if (options.Push)
        {
            var refspecs = new List<string>
            {
                $"refs/heads/{plan.HotfixBranch}:refs/heads/{plan.HotfixBranch}",
                $"refs/heads/{Main}:refs/heads/{Main}",
            };
            steps.Add(new GitStep(GitStepRole.Push, removeRemoteTag
                ? GitWrites.PushRefspecsWithLease(Remote, [.. refspecs, ":" + BadRef], BadRef, badTagObject)
                : GitWrites.PushRefspecs(Remote, refspecs)));
        }

        return new ExecutionPlan("rollback", steps)
        {
            Branch = plan.HotfixBranch,
            Remote = options.Push ? Remote : null,
            CommitMessage = message,
            Refs = ["refs/heads/" + Main, "refs/heads/" + plan.HotfixBranch, BadRef],
            PushRejected = Messages.RollbackPushRejected(Remote, plan.HotfixBranch),
        };
    }

    private List<PlanStep> HotfixSteps(string message)
    {
        var files = ScratchCheckout.Read(context, session, plan.Good.Sha, at => FlowStart.Files(at, FlowVersioning.PlanEdits(at, plan.HotfixVersion)));
        return [.. FlowStart.BranchSteps(plan.HotfixBranch, plan.Good.Name, files, message)];
    }

    /// <summary>
    /// On main, read from its tip (not the work tree, which may be another branch): the note under the bad release's
    /// changelog entry, and VERSION with its targets raised above the bad version; the next release from main is then
    /// above it, and every clone knows why. Empty when main says all of it already.
    /// </summary>
    private List<FileWriteStep> RetractionFiles(BranchOperations branches, SemanticVersion? mainVersion)
    {
        var changelogPath = session.Config.Changelog.File;
        return ScratchCheckout.Read(context, session, branches.BranchSha(Main)!, at =>
        {
            var files = FlowStart.Files(at, mainVersion is null ? [] : FlowVersioning.PlanEdits(at, mainVersion));
            var full = SafePath.ForWriting(at.Project.Root, changelogPath);
            var text = File.Exists(full) ? File.ReadAllText(full) : null;
            var recorded = RetractionNote.Record(text, plan.Bad.Version.Core);
            if (recorded != text)
            {
                files.Add(new FileWriteStep(changelogPath, text, recorded, System.Text.Encoding.UTF8.GetBytes(recorded)));
            }

            return files;
        });
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
        var versionFile = Configuration.ComponentResolver.Single(session.Config).VersionFile;
        if (branches.ReadCommittedFile("refs/heads/" + Main, versionFile) is not { } text)
        {
            return null;
        }

        var onMain = VersionFile.Parse($"{Main}:{versionFile}", text).Version.ToSemVer();
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
}
