using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Engine.Steps;

/// <summary>
/// The git steps that move between and over branches: switch, merge, delete branch, update ref, delete ref, create branch. Each is
/// recognised as done when a killed run did it already. The journal records every ref the plan declared; undo puts
/// each back with compare-and-swap and HEAD back where the run started. Registered first, so that the other runners
/// undo on the start branch.
/// </summary>
internal sealed class BranchStepRunner(EngineContext context) : StepRunner(context)
{
    public override bool Runs(PlanStep step) => step is GitStep
    {
        Role: GitStepRole.Switch or GitStepRole.Merge or GitStepRole.DeleteBranch or GitStepRole.UpdateRef or GitStepRole.DeleteRef
            or GitStepRole.CreateBranch,
    };

    public override void Check(ExecutionPlan plan)
    {
        foreach (var create in plan.Git.Where(s => s.Role == GitStepRole.CreateBranch))
        {
            // Undo deletes a created branch through the refs the journal records: one that is not declared would stay.
            if (!plan.Refs.Contains("refs/heads/" + create.Branch, StringComparer.Ordinal))
            {
                throw new InvalidOperationException($"the plan creates {create.Branch} without declaring refs/heads/{create.Branch} in its refs");
            }
        }
    }

    public override void Record(EngineJournal journal, ExecutionPlan plan)
    {
        foreach (var name in plan.Refs)
        {
            journal.OriginalRefs[name] = Context.Branches.RefTarget(name);
        }
    }

    public override StepsDone Run(EngineRun run, IReadOnlyList<PlanStep> steps, int index)
    {
        var step = (GitStep)steps[index];
        var name = step.Role switch
        {
            GitStepRole.Switch => SwitchTo(step),
            GitStepRole.Merge => Merge(run.Journal, step),
            GitStepRole.DeleteBranch => DeleteBranch(step),
            GitStepRole.UpdateRef => UpdateRef(step),
            GitStepRole.DeleteRef => DeleteRef(step),
            _ => CreateBranch(run.Journal, step),
        };
        return new StepsDone(index + 1, name, step.Announce);
    }

    /// <summary>
    /// Concludes the merge a conflict stopped, once the user staged every file. A merge a killed run committed already
    /// leaves only git's merge state behind, which is dropped.
    /// </summary>
    public override void Resume(EngineJournal journal)
    {
        var branches = Context.Branches;
        if (!branches.IsMerging())
        {
            return;
        }

        if (branches.ResolveCommit("MERGE_HEAD") is { } mergeHead && branches.IsAncestor(mergeHead, "HEAD"))
        {
            Context.CheckGit(GitWrites.MergeQuit());
            return;
        }

        var step = journal.Done < journal.Steps.Count ? journal.Steps[journal.Done] : null;
        if (step?.Role != GitStepRole.Merge)
        {
            throw Messages.ForeignMergeInProgress(journal.Verb);
        }

        var unmerged = branches.UnmergedFiles();
        if (unmerged.Count > 0)
        {
            throw new MergeStoppedException(Messages.StillUnmerged(unmerged, journal.Verb));
        }

        var concluded = Context.Writer.Run(GitWrites.ConcludeMerge());
        if (!concluded.Succeeded)
        {
            throw Messages.ConcludeMergeFailed(step.Source, step.Branch, concluded.FirstErrorLine);
        }
    }

    /// <summary>Aborts a merge in progress, then puts the declared refs back (see <see cref="RestoreRefs"/>).</summary>
    public override void Undo(EngineJournal journal)
    {
        var acrossBranches = journal.AcrossBranches();
        if (acrossBranches && Context.Branches.IsMerging())
        {
            Context.CheckGit(GitWrites.MergeAbort());
        }

        if (journal.OriginalRefs.Count == 0)
        {
            return;
        }

        // Two file passes, for two kinds of plan. Across branches the files were written on branches the run switched
        // to, where the bytes the journal has from the start are meaningless: they are discarded against HEAD. A plan
        // on the checked-out branch gets every file back byte for byte later (FileStepRunner), on the start branch;
        // only when it left that branch (a created branch it switched to) are its files first cleared there, so that
        // the switch back carries nothing along.
        if (acrossBranches || LeftStart(journal))
        {
            DiscardPlanFiles(journal);
        }

        RestoreRefs(journal);
    }

    /// <summary>Switches to the step's branch, unless HEAD is there already (a killed run switched before it could say so).</summary>
    private string SwitchTo(GitStep step)
    {
        if (Context.Reader.CurrentBranch() != step.Branch)
        {
            var result = Context.Writer.Run(step.Argv);
            if (!result.Succeeded)
            {
                throw Messages.SwitchFailed(step.Branch, result.FirstErrorLine);
            }
        }

        return "switch";
    }

    /// <summary>
    /// Merges the step's source into the checked-out branch, unless that has it already (merged by a killed run). A
    /// conflict stops the run for the user with the journal kept: --continue concludes the merge, --abort undoes all.
    /// </summary>
    private string Merge(EngineJournal journal, GitStep step)
    {
        var branches = Context.Branches;
        if (branches.ResolveCommit(step.From ?? string.Empty) is { } from && branches.IsAncestor(from, "HEAD"))
        {
            return "merge";
        }

        var result = Context.Writer.Run(step.Argv);
        if (result.Succeeded)
        {
            return "merge";
        }

        var unmerged = branches.IsMerging() ? branches.UnmergedFiles() : [];
        if (unmerged.Count == 0)
        {
            throw Messages.MergeFailed(step.From, step.Branch, result.FirstErrorLine);
        }

        Context.Store.Save(journal);
        throw new MergeStoppedException(Messages.MergeConflicts(step.From, step.Branch, unmerged, journal.Verb, journal.Noun()));
    }

    /// <summary>Deletes a branch the run merged, only once HEAD has all of it; gone already means done.</summary>
    private string DeleteBranch(GitStep step)
    {
        if (Context.Branches.BranchSha(step.Branch ?? string.Empty) is { } tip)
        {
            if (!Context.Branches.IsAncestor(tip, "HEAD"))
            {
                throw Messages.BranchNotMerged(step.Branch, Context.Reader.CurrentBranch() ?? "HEAD");
            }

            Context.RunGit(step.Argv, step.Input);
        }

        return "delete branch";
    }

    /// <summary>Moves a ref (compare-and-swap in the argv), unless it is where the step moves it already.</summary>
    private string UpdateRef(GitStep step)
    {
        if (!(step.Branch is { } name && step.From is { } target && Context.Branches.RefTarget(name) == target))
        {
            Context.RunGit(step.Argv, step.Input);
        }

        return "update ref";
    }

    /// <summary>Deletes a ref (compare-and-swap in the argv), unless it is gone already (deleted by a killed run).</summary>
    private string DeleteRef(GitStep step)
    {
        if (Context.Branches.RefTarget(step.Branch ?? string.Empty) is not null)
        {
            Context.RunGit(step.Argv, step.Input);
        }

        return "delete ref";
    }

    /// <summary>
    /// Creates a branch. The journal recorded it among the plan's refs as absent (planning refused a branch that
    /// existed), so undo deletes it; if it exists now, a killed run made it, and only the switch, if the step makes one,
    /// is left.
    /// </summary>
    private string CreateBranch(EngineJournal journal, GitStep step)
    {
        var branch = step.Branch ?? throw new InvalidOperationException("a create-branch step names its branch");
        if (journal.OriginalRefs.GetValueOrDefault("refs/heads/" + branch) is null && Context.Reader.BranchSha(branch) is not null)
        {
            if (step.Argv[1] == "switch" && Context.Reader.CurrentBranch() != branch)
            {
                Context.RunGit(GitWrites.Switch(branch), null);
            }

            return "create branch";
        }

        Context.RunGit(step.Argv, step.Input);
        return "create branch";
    }

    /// <summary>Whether HEAD is no longer where the run started (a plan that switched to a branch).</summary>
    private bool LeftStart(EngineJournal journal)
    {
        var current = Context.Reader.CurrentBranch();
        return !(current == journal.StartBranch || (current is null && Context.Reader.HeadSha() == journal.OriginalHead));
    }

    /// <summary>
    /// Puts every recorded ref back with compare-and-swap: a ref the run created (null original) is deleted, a moved one
    /// is set back, the checked-out branch by <c>reset --keep</c> (only when it existed before). Then HEAD goes back to
    /// where the run started, and only then is a created branch that was checked out deleted: git cannot delete the
    /// branch HEAD is on.
    /// </summary>
    private void RestoreRefs(EngineJournal journal)
    {
        var reader = Context.Reader;
        var current = reader.CurrentBranch();
        string? createdCheckedOut = null;
        foreach (var (name, original) in journal.OriginalRefs)
        {
            var now = Context.Branches.RefTarget(name);
            if (now == original)
            {
                continue;
            }

            if (current is not null && name == "refs/heads/" + current)
            {
                if (original is null)
                {
                    createdCheckedOut = name;
                }
                else
                {
                    Context.CheckGit(GitWrites.ResetKeep(original));
                }
            }
            else if (original is null)
            {
                Context.CheckGit(GitWrites.DeleteRef(name, now));
            }
            else
            {
                Context.CheckGit(GitWrites.UpdateRef(name, original, now ?? string.Empty));
            }
        }

        if (journal.StartBranch is { } start && reader.CurrentBranch() != start)
        {
            Context.CheckGit(GitWrites.Switch(start));
        }
        else if (journal.StartBranch is null && journal.OriginalHead is { } head && (reader.CurrentBranch() is not null || reader.HeadSha() != head))
        {
            Context.CheckGit(GitWrites.SwitchDetached(head));
        }

        if (createdCheckedOut is not null && Context.Branches.RefTarget(createdCheckedOut) is { } tip)
        {
            Context.CheckGit(GitWrites.DeleteRef(createdCheckedOut, tip));
        }
    }

    /// <summary>
    /// A file step stopped before its commit (killed, or git refused the commit) leaves its files changed on the branch
    /// checked out: put them back as HEAD has them. A file HEAD does not have is removed only when it holds exactly the
    /// bytes the plan wrote, so that nothing of the user's is ever deleted.
    /// </summary>
    private void DiscardPlanFiles(EngineJournal journal)
    {
        foreach (var file in journal.Steps.Where(s => s.Kind == "file" && s.Path is not null))
        {
            if (Context.Reader.ExistsIn("HEAD", file.Path!))
            {
                Context.CheckGit(GitWrites.RestoreFromHead(file.Path!));
                continue;
            }

            Context.CheckGit(GitWrites.Unstage(file.Path!));
            if (SafePath.ForRemoving(Context.Root, file.Path!) is { } full && File.Exists(full)
                && File.ReadAllBytes(full).AsSpan().SequenceEqual(Convert.FromBase64String(file.Content ?? string.Empty)))
            {
                File.Delete(full);
            }
        }
    }
}
