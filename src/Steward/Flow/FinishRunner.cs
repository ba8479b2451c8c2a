using Steward.Cli;
using Steward.Core.Errors;
using Steward.Git;
using Steward.Workspace;

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
    public int Start(FinishState state, IEnumerable<string> branchesToRecord) =>
        Start(state, branchesToRecord, Branches.CurrentBranch(), Branches.ResolveCommit("HEAD") ?? string.Empty);

    /// <summary>
    /// As <see cref="Start(FinishState, IEnumerable{string})"/>, with where HEAD was before the finish's checks moved it
    /// (a release finish plans standing on its branch): --abort goes back there.
    /// </summary>
    public int Start(FinishState state, IEnumerable<string> branchesToRecord, string? startBranch, string startHead)
    {
        state.StartBranch = startBranch;
        state.StartHead = startHead;
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

        // Killed while git was still concluding its merge: git's merge state can outlive a merge commit that is made.
        if (Branches.IsMerging() && Branches.ResolveCommit("MERGE_HEAD") is { } mergeHead && Branches.IsAncestor(mergeHead, "HEAD"))
        {
            Branches.MergeQuit();
        }

        if (step.Kind != FinishStepKind.Merge && !Branches.IsMerging())
        {
            // Stopped by something other than a conflict (the process was killed): run the rest from that step.
            return Execute(state);
        }

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
        // Saved after each step with the step that comes next, so that a finish killed between steps resumes (or is
        // undone) from the right place; a step killed half-way is run again, and each one sees what it already did.
        while (state.Next < state.Steps.Count)
        {
            Run(state, state.Steps[state.Next]);
            state.Next++;
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
                var ours = state.CreatedTags.Contains(step.Tag!);
                if (Branches.TagExists(step.Tag!) && !ours)
                {
                    throw Failed(state, $"tag {step.Tag} already exists; the version was released before; delete the tag or release another version");
                }

                if (!ours)
                {
                    // Recorded before it is made: a finish killed right after still has --abort delete it.
                    state.CreatedTags.Add(step.Tag!);
                    store.Save(state);
                }

                if (!Branches.TagExists(step.Tag!))
                {
                    Tag(step);
                }

                context.Out.WriteLine($"Tagged {step.Tag} on {step.Into}");
                break;
            case FinishStepKind.Commit:
                Commit(state, step);
                break;
            case FinishStepKind.DeleteBranch:
                // Where the branch is now (a commit step may have moved it), and only once HEAD has all of it. Gone
                // already: a finish killed right after deleting it, now resumed.
                if (Branches.BranchSha(step.Branch!) is not { } merged)
                {
                    break;
                }

                if (!Branches.IsAncestor(merged, "HEAD"))
                {
                    throw Failed(state, $"branch {step.Branch} is not merged into {Branches.CurrentBranch()}; the finish was undone");
                }

                Branches.DeleteRef("refs/heads/" + step.Branch, merged);
                context.Out.WriteLine($"Deleted branch {step.Branch}");
                break;
            case FinishStepKind.Push:
                // A deletion the remote has seen already (a finish killed after its push, now resumed) is left out:
                // pushing it again would fail the whole push.
                var refspecs = step.Refspecs!.Where(r => !r.StartsWith(':') || Branches.RemoteHasRef(session.Flow.Remote, r[1..])).ToList();
                var pushed = Branches.PushAtomic(session.Flow.Remote, refspecs);
                if (!pushed.Succeeded)
                {
                    throw Failed(state, $"push to {session.Flow.Remote} rejected ({pushed.FirstErrorLine}); the finish was undone and {session.Flow.Remote} is unchanged; pull, then rerun");
                }

                context.Out.WriteLine($"Pushed {string.Join(", ", refspecs.Select(Describe))} to {session.Flow.Remote}");
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

    private void Commit(FinishState state, FinishStep step)
    {
        // Only this step moves the branch before its merge: moved already means committed, by a run that was killed.
        if (Branches.BranchSha(step.Into!) != state.OriginalRefs["refs/heads/" + step.Into])
        {
            return;
        }

        var switched = Branches.CurrentBranch() == step.Into ? null : Branches.Switch(step.Into!);
        if (switched is { Succeeded: false })
        {
            throw Failed(state, $"could not switch to {step.Into}: {switched.FirstErrorLine}");
        }

        var paths = step.Files!.Select(f => f.Path).ToList();
        try
        {
            // changelog.file may name a folder the branch does not have yet (docs/CHANGES.md).
            foreach (var path in paths)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(session.Project.Root, path))!);
            }

            AtomicFileWriter.WriteAll(session.Project.Root, [.. step.Files!.Select(f => new FileEdit(f.Path, f.Content))]);
            Branches.CommitFiles(step.Message!, paths);
        }
        catch (Exception e) when (e is StewardException or IOException or UnauthorizedAccessException)
        {
            throw Failed(state, $"committing {string.Join(", ", paths)} on {step.Into} failed: {e.Message}");
        }

        context.Out.WriteLine($"Committed {string.Join(", ", paths)} on {step.Into}");
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
        DiscardUncommitted(state, current);
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

    /// <summary>
    /// A commit step stopped between writing its files and committing them (killed, or git refused the commit) leaves
    /// them changed on its branch, which has not moved: put them back as that branch has them.
    /// </summary>
    private void DiscardUncommitted(FinishState state, string? current)
    {
        foreach (var step in state.Steps.Where(s => s.Kind == FinishStepKind.Commit && s.Into == current && s.Files is not null))
        {
            if (!state.OriginalRefs.TryGetValue("refs/heads/" + step.Into, out var original) || Branches.RefTarget("refs/heads/" + step.Into) != original)
            {
                continue;
            }

            foreach (var file in step.Files!)
            {
                if (Branches.ReadCommittedFile("HEAD", file.Path) is null)
                {
                    Branches.Unstage(file.Path);
                    File.Delete(Path.Combine(session.Project.Root, file.Path));
                }
                else
                {
                    Branches.RestoreFromHead(file.Path);
                }
            }
        }
    }

    private static string Describe(string refspec)
    {
        var target = refspec[(refspec.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var name = target.Replace("refs/heads/", string.Empty, StringComparison.Ordinal).Replace("refs/tags/", string.Empty, StringComparison.Ordinal);
        return refspec.StartsWith(':') ? "deletion of " + name : name;
    }
}
