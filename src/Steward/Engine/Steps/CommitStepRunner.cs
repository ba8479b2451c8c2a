using Steward.Core.Planning;

namespace Steward.Engine.Steps;

/// <summary>
/// The git steps that make the release on the branch checked out: stage, commit and tag. A commit or tag a killed run
/// made before it could record it is recognised rather than made again. Undo, for a plan on the checked-out branch,
/// deletes the run's tag and commit (only those) and puts the index back.
/// </summary>
internal sealed class CommitStepRunner(EngineContext context) : StepRunner(context)
{
    public override bool Runs(PlanStep step) => step is GitStep { Role: GitStepRole.Stage or GitStepRole.Commit or GitStepRole.Tag };

    public override StepsDone Run(EngineRun run, IReadOnlyList<PlanStep> steps, int index)
    {
        var step = (GitStep)steps[index];
        switch (step.Role)
        {
            case GitStepRole.Commit:
                run.Committed = Commit(run.Journal, step) || run.Committed;
                return new StepsDone(index + 1, "commit", step.Announce);
            case GitStepRole.Tag:
                Tag(run.Journal, step);
                return new StepsDone(index + 1, "tag", step.Announce);
            default:
                Context.RunGit(WithHookFiles(step.Argv, run.Journal), step.Input);
                return new StepsDone(index + 1, "stage", step.Announce);
        }
    }

    /// <summary>
    /// Release's undo of git, for a plan whose commit is on the branch checked out (release, propagate, init, hooks
    /// install, and, once back on their start branch, flow start, flow init and rollback): deletes the tag and the
    /// commit the run made (only those) and restores the index.
    /// </summary>
    public override void Undo(EngineJournal journal)
    {
        if (journal.AcrossBranches())
        {
            return;
        }

        var reader = Context.Reader;
        var writer = Context.Writer;
        var head = reader.HeadSha();
        var commit = journal.ReleaseCommit;
        if (commit is null && head is not null && head != journal.OriginalHead
            && reader.ParentOf(head) == journal.OriginalHead && journal.CommitMessage.Length > 0 && reader.CommitSubject(head) == journal.CommitMessage.Split('\n')[0])
        {
            // Killed after `git commit` but before the journal recorded it.
            commit = head;
        }

        // Planning refused a tag that existed, so a tag of this name at the release commit (or, with nothing to commit,
        // at the original HEAD) is the run's own.
        // A monorepo release makes one tag per component: each tag step's own tag (its argv's last operand) is undone.
        var tags = journal.Steps.Where(s => s.Role == GitStepRole.Tag && s.Argv is { Count: > 0 }).Select(s => s.Argv![^1])
            .Prepend(journal.Tag).OfType<string>().Distinct(StringComparer.Ordinal);
        foreach (var tag in journal.Tag is null ? [] : tags)
        {
            if ((commit ?? journal.OriginalHead) is { } tagged && reader.TagTarget(tag) == tagged)
            {
                writer.DeleteTag(tag);
            }
        }

        if (commit is not null && commit != journal.OriginalHead && head == commit)
        {
            if (journal.OriginalHead is null)
            {
                writer.DeleteHead();
            }
            else
            {
                writer.ResetSoft(journal.OriginalHead);
            }
        }

        if (journal.OriginalIndexTree.Length > 0)
        {
            writer.ReadTree(journal.OriginalIndexTree);
        }
    }

    /// <summary>Runs the commit, or recognises the one a killed run made before it could record it.</summary>
    private bool Commit(EngineJournal journal, GitStep step)
    {
        var reader = Context.Reader;
        var head = reader.HeadSha();
        var acrossBranches = journal.AcrossBranches();

        // A commit on a branch the plan switched to has that branch's original tip as its parent, not the run's HEAD.
        var parent = acrossBranches && step.Branch is { } branch && journal.OriginalRefs.TryGetValue("refs/heads/" + branch, out var tip) ? tip : journal.OriginalHead;
        if ((acrossBranches || journal.ReleaseCommit is null) && head is not null && head != parent
            && reader.ParentOf(head) == parent && reader.CommitSubject(head) == MessageOf(step, journal).Split('\n')[0])
        {
            journal.ReleaseCommit = acrossBranches ? journal.ReleaseCommit : head;
            return true;
        }

        Context.RunGit(WithHookFiles(step.Argv, journal), step.Input);
        journal.ReleaseCommit = acrossBranches ? journal.ReleaseCommit : reader.HeadSha();
        return true;
    }

    private void Tag(EngineJournal journal, GitStep step)
    {
        var head = Context.Reader.HeadSha();
        // The step's own tag (the argv's last operand): a monorepo release makes one per component.
        var tagged = journal.Tag is not null && Context.Reader.TagTarget(step.Argv[^1]) is { } target && target == head;
        if (!tagged)
        {
            Context.RunGit(step.Argv, step.Input);
        }

        // A multi-branch plan may have committed on another branch first: the release commit is the one tagged.
        journal.ReleaseCommit = journal.AcrossBranches() ? head : journal.ReleaseCommit ?? head;
        journal.Tagged = true;
    }

    /// <summary>The step's own message (a plan may commit twice, on two branches), else the plan's.</summary>
    private static string MessageOf(GitStep step, EngineJournal journal)
    {
        var options = step.Argv.TakeWhile(a => a != "--").ToList();
        var option = options.IndexOf("-m");
        return option > 0 && option + 1 < options.Count ? options[option + 1] : journal.CommitMessage;
    }

    /// <summary>The stage and commit argv take the files the before-commit hooks changed, which no plan can know beforehand.</summary>
    private static IReadOnlyList<string> WithHookFiles(IReadOnlyList<string> argv, EngineJournal journal) =>
        [.. argv, .. journal.HookChangedFiles.Where(p => !argv.Contains(p, StringComparer.Ordinal))];
}
