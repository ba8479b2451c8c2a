using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Flow;
using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// Prints and applies a rollback plan. Local steps run first and are undone exactly when the push is rejected, so the
/// command ends with everything done or nothing changed.
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

    private string BadRef => "refs/tags/" + plan.Bad.Name;

    public void Run()
    {
        var branches = session.Branches;
        if (options.Apply)
        {
            Preflight(branches);
        }

        var removeRemoteTag = options.Apply && options.RetractTag && options.Push && branches.RemoteHasRef(Remote, BadRef);
        PrintPlan(removeRemoteTag || (!options.Apply && options.RetractTag && options.Push));
        if (!options.Apply)
        {
            context.Out.WriteLine();
            context.Out.WriteLine("Nothing changed; run again with --apply to do the git steps.");
            return;
        }

        if (options.RetractTag && !options.Yes
            && !Confirmation.Ask(context, $"Delete tag {plan.Bad.Name} locally{(removeRemoteTag ? " and on " + Remote : string.Empty)}?"))
        {
            throw new StewardException(FailureKind.OperationFailed, $"tag {plan.Bad.Name} kept: not confirmed, nothing changed (answer y, or pass --yes)");
        }

        Apply(branches, removeRemoteTag);
    }

    private void Preflight(BranchOperations branches)
    {
        branches.CheckBranchName(plan.HotfixBranch, "the hotfix branch");
        if (branches.BranchExists(plan.HotfixBranch))
        {
            throw new StewardException(FailureKind.OperationFailed,
                $"branch {plan.HotfixBranch} already exists; switch to it ('git switch {plan.HotfixBranch}') or delete it first");
        }

        WorkTreeGuard.RequireClean(branches, "creating the hotfix branch");
        if (options.Push)
        {
            WorkTreeGuard.RequireRemote(branches, Remote);
        }
    }

    private void PrintPlan(bool remoteTag)
    {
        var output = context.Out;
        output.WriteLine($"Rollback from {plan.Bad.Name} to {plan.Good.Name}");
        output.WriteLine();
        output.WriteLine($"Deploy the previous version {plan.Good.Version}:");
        var forms = ArtifactForms.Format(session.Flow.Artifacts, plan.Good.Version, session.Config.TagPrefix);
        var width = forms.Count == 0 ? 0 : forms.Max(f => f.Label.Length);
        foreach (var (label, value) in forms)
        {
            output.WriteLine($"  {label.PadRight(width)}  {value}");
        }

        output.WriteLine();
        output.WriteLine($"Git (the fix is released from {plan.HotfixBranch} as {plan.HotfixVersion}):");
        output.WriteLine($"  git switch -c {plan.HotfixBranch} {plan.Good.Name}");
        if (options.RetractTag)
        {
            output.WriteLine($"  git tag -d {plan.Bad.Name}");
        }

        if (options.Push)
        {
            output.WriteLine($"  git push --atomic {Remote} {plan.HotfixBranch}{(remoteTag ? " :" + BadRef : string.Empty)}");
        }
    }

    private void Apply(BranchOperations branches, bool removeRemoteTag)
    {
        var originalBranch = branches.CurrentBranch();
        var originalHead = branches.ResolveCommit("HEAD");
        var badTagObject = branches.RefTarget(BadRef)!;
        var created = branches.SwitchCreate(plan.HotfixBranch, plan.Good.Sha);
        if (!created.Succeeded)
        {
            throw new StewardException(FailureKind.OperationFailed, $"could not create {plan.HotfixBranch}: {created.FirstErrorLine}");
        }

        if (options.RetractTag)
        {
            branches.DeleteRef(BadRef, badTagObject);
        }

        if (options.Push)
        {
            var refspecs = new List<string> { $"refs/heads/{plan.HotfixBranch}:refs/heads/{plan.HotfixBranch}" };
            if (removeRemoteTag)
            {
                refspecs.Add(":" + BadRef);
            }

            var pushed = branches.PushAtomic(Remote, refspecs);
            if (!pushed.Succeeded)
            {
                Undo(branches, originalBranch, originalHead, badTagObject);
                throw new StewardException(FailureKind.OperationFailed,
                    $"push to {Remote} rejected ({pushed.FirstErrorLine}); nothing changed locally or on {Remote}; fetch, check 'git ls-remote {Remote} {plan.HotfixBranch}' and rerun");
            }
        }

        context.Out.WriteLine();
        context.Out.WriteLine($"Created {plan.HotfixBranch} at {plan.Good.Name} and switched to it.");
        if (options.RetractTag)
        {
            context.Out.WriteLine($"Deleted tag {plan.Bad.Name}{(removeRemoteTag ? " locally and on " + Remote : " locally")}.");
        }

        if (options.Push)
        {
            context.Out.WriteLine($"Pushed {plan.HotfixBranch} to {Remote}.");
        }

        context.Out.WriteLine($"Next: commit the fix on {plan.HotfixBranch} and release {plan.HotfixVersion} from it.");
    }

    private void Undo(BranchOperations branches, string? originalBranch, string? originalHead, string badTagObject)
    {
        var back = originalBranch is not null ? branches.Switch(originalBranch) : branches.SwitchDetached(originalHead!);
        if (back.Succeeded)
        {
            branches.DeleteRef("refs/heads/" + plan.HotfixBranch, plan.Good.Sha);
        }

        if (options.RetractTag)
        {
            branches.UpdateRef(BadRef, badTagObject, string.Empty);
        }
    }
}
