using Steward.Cli;
using Steward.Core.Errors;
using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// Runs the steps of a finish (feature, release, hotfix). A merge conflict stops it with git's own merge state and the
/// finish state saved; <c>--continue</c> concludes the merge and runs the remaining steps, <c>--abort</c> undoes every
/// step taken so far. Any other failure (a rejected push included) undoes the finish before it is reported.
/// </summary>
internal sealed class FinishRunner
{
    private readonly CommandContext context;
    private readonly FlowSession session;
    private readonly FinishStateStore store;

    public FinishRunner(CommandContext context, FlowSession session)
    {
        this.context = context;
        this.session = session;
        store = new FinishStateStore(session.Branches);
    }

    private BranchOperations Branches => session.Branches;

    /// <summary>Refuses to start while another finish waits, or while git itself is in the middle of a merge.</summary>
    public void RequireIdle()
    {
        if (store.Load() is { } pending)
        {
            throw new StewardException(FailureKind.OperationFailed,
                $"'flow {pending.Command}' of {pending.Branch} is in progress; run 'steward flow {pending.Command} --continue' or '--abort' first");
        }

        if (Branches.IsMerging())
        {
            throw new StewardException(FailureKind.OperationFailed, "a git merge is in progress; conclude it ('git commit') or undo it ('git merge --abort') first");
        }
    }

    /// <summary>Records where HEAD and the given refs are, then runs every step.</summary>
    public int Start(FinishState state, IEnumerable<string> branchesToRecord)
    {
        state.StartBranch = Branches.CurrentBranch();
        state.StartHead = Branches.ResolveCommit("HEAD") ?? string.Empty;
        foreach (var branch in branchesToRecord)
        {
            state.OriginalRefs["refs/heads/" + branch] = Branches.BranchSha(branch)
                ?? throw new StewardException(FailureKind.InvalidInput, $"branch {branch} does not exist; create it first (steward flow init creates develop)");
        }

        store.Save(state);
        return Execute(state);
    }

    public int Continue(string command)
    {
        var state = Pending(command, "continue");
        var step = state.Steps[state.Next];
        if (Branches.IsMerging())
        {
            var unmerged = Branches.UnmergedFiles();
            if (unmerged.Count > 0)
            {
                throw new StewardException(FailureKind.OperationFailed,
                    $"still unmerged: {string.Join(", ", unmerged)}; resolve them, 'git add' them, then run 'steward flow {command} --continue'");
            }

            var committed = Branches.CommitMerge();
            if (!committed.Succeeded)
            {
                throw new StewardException(FailureKind.OperationFailed, $"could not conclude the merge of {step.From} into {step.Into}: {committed.FirstErrorLine}");
            }
        }
        else if (Branches.CurrentBranch() != step.Into || Branches.ResolveCommit(step.From!) is not { } from || !Branches.IsAncestor(from, "HEAD"))
        {
            throw new StewardException(FailureKind.OperationFailed,
                $"the merge of {step.From} into {step.Into} is neither in progress nor done; run 'steward flow {command} --abort' to undo the finish");
        }

        context.Out.WriteLine($"Merged {step.From} into {step.Into}");
        state.Next++;
        store.Save(state);
        return Execute(state);
    }

    public int Abort(string command)
    {
        var state = Pending(command, "abort");
        Undo(state);
        context.Out.WriteLine($"Aborted 'flow {command}' of {state.Branch}: every branch and tag is back where it was.");
        return ExitCodes.Success;
    }

    private FinishState Pending(string command, string verb)
    {
        var state = store.Load()
            ?? throw new StewardException(FailureKind.OperationFailed, $"no finish is in progress (no {FinishStateStore.FileName} in the git directory); nothing to {verb}");
        if (state.Command != command)
        {
            throw new StewardException(FailureKind.InvalidInput,
                $"the finish in progress is 'flow {state.Command}' of {state.Branch}; run 'steward flow {state.Command} --{verb}'");
        }

        return state;
    }

    private int Execute(FinishState state)
    {
        for (; state.Next < state.Steps.Count; state.Next++)
        {
            Run(state, state.Steps[state.Next]);
            store.Save(state);
        }

        store.Delete();
        if (state.SyncAfter && session.Flow.Sync.Count > 0)
        {
            return SyncReport.Run(context, session, session.Flow.Sync, state.Push);
        }

        return ExitCodes.Success;
    }

    private void Run(FinishState state, FinishStep step)
    {
        switch (step.Kind)
        {
            case FinishStepKind.Merge:
                Merge(state, step);
                break;
            case FinishStepKind.Tag:
                if (Branches.TagExists(step.Tag!))
                {
                    throw Failed(state, $"tag {step.Tag} already exists; the version was released before; delete the tag or release another version");
                }

                Tag(step);
                state.CreatedTags.Add(step.Tag!);
                context.Out.WriteLine($"Tagged {step.Tag} on {step.Into}");
                break;
            case FinishStepKind.DeleteBranch:
                Branches.DeleteRef("refs/heads/" + step.Branch, state.OriginalRefs["refs/heads/" + step.Branch]);
                context.Out.WriteLine($"Deleted branch {step.Branch}");
                break;
            case FinishStepKind.Push:
                var pushed = Branches.PushAtomic(session.Flow.Remote, step.Refspecs!);
                if (!pushed.Succeeded)
                {
                    throw Failed(state, $"push to {session.Flow.Remote} rejected ({pushed.FirstErrorLine}); the finish was undone and {session.Flow.Remote} is unchanged; pull, then rerun");
                }

                context.Out.WriteLine($"Pushed {string.Join(", ", step.Refspecs!.Select(Describe))} to {session.Flow.Remote}");
                break;
            default:
                var switched = Branches.Switch(step.Into!);
                if (!switched.Succeeded)
                {
                    throw Failed(state, $"could not switch to {step.Into}: {switched.FirstErrorLine}");
                }

                break;
        }
    }

    /// <summary>Tags HEAD (the branch just merged into) the way steward release does: annotated, signed when release.sign says so.</summary>
    private void Tag(FinishStep step)
    {
        if (Branches.CurrentBranch() != step.Into)
        {
            Branches.Switch(step.Into!);
        }

        var reader = new WorkTreeReader(session.Git);
        var notesFile = reader.GitPath($"steward/notes-{step.Tag!.Replace('/', '-')}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(notesFile)!);
        File.WriteAllText(notesFile, step.Message);
        new WorkTreeWriter(session.Git).Tag(step.Tag, notesFile, session.Config.Release.Sign);
    }

    private void Merge(FinishState state, FinishStep step)
    {
        var switched = Branches.Switch(step.Into!);
        if (!switched.Succeeded)
        {
            throw Failed(state, $"could not switch to {step.Into}: {switched.FirstErrorLine}");
        }

        var merged = Branches.Merge(step.From!, !step.FastForward, step.Message!);
        if (merged.Succeeded)
        {
            context.Out.WriteLine($"Merged {step.From} into {step.Into}");
            return;
        }

        var unmerged = Branches.IsMerging() ? Branches.UnmergedFiles() : [];
        if (unmerged.Count == 0)
        {
            throw Failed(state, $"merging {step.From} into {step.Into} failed: {merged.FirstErrorLine}");
        }

        store.Save(state);
        throw new StewardException(FailureKind.OperationFailed,
            $"merging {step.From} into {step.Into} conflicts in {string.Join(", ", unmerged)}; resolve them and 'git add' them, "
            + $"then run 'steward flow {state.Command} --continue' (or '--abort' to undo the finish)");
    }

    /// <summary>Undoes the finish and returns the failure to throw.</summary>
    private StewardException Failed(FinishState state, string message)
    {
        Undo(state);
        return new StewardException(FailureKind.OperationFailed, message);
    }

    private void Undo(FinishState state)
    {
        if (Branches.IsMerging())
        {
            Branches.MergeAbort();
        }

        foreach (var tag in state.CreatedTags)
        {
            if (Branches.RefTarget("refs/tags/" + tag) is { } target)
            {
                Branches.DeleteRef("refs/tags/" + tag, target);
            }
        }

        var current = Branches.CurrentBranch();
        foreach (var (name, original) in state.OriginalRefs)
        {
            var now = Branches.RefTarget(name);
            if (now == original)
            {
                continue;
            }

            if (current is not null && name == "refs/heads/" + current)
            {
                Branches.ResetKeep(original);
            }
            else
            {
                Branches.UpdateRef(name, original, now ?? string.Empty);
            }
        }

        var back = state.StartBranch is not null ? Branches.Switch(state.StartBranch) : Branches.SwitchDetached(state.StartHead);
        store.Delete();
        if (!back.Succeeded)
        {
            throw new StewardException(FailureKind.OperationFailed,
                $"every ref is back, but switching back to {state.StartBranch ?? state.StartHead} failed: {back.FirstErrorLine}");
        }
    }

    private static string Describe(string refspec)
    {
        var target = refspec[(refspec.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var name = target.Replace("refs/heads/", string.Empty, StringComparison.Ordinal).Replace("refs/tags/", string.Empty, StringComparison.Ordinal);
        return refspec.StartsWith(':') ? "deletion of " + name : name;
    }
}
