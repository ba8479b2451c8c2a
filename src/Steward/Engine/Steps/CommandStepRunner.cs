using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Workspace;

namespace Steward.Engine.Steps;

/// <summary>
/// External command steps: gates (change nothing), before-commit hooks (may change files, which the commit then takes)
/// and after-release hooks (the release stands whatever they do). Undo restores the tracked files the before-commit
/// hooks changed and removes the untracked files they created, never a file that was there before.
/// </summary>
internal sealed class CommandStepRunner(EngineContext context) : StepRunner(context)
{
    public override bool Runs(PlanStep step) => step is CommandStep;

    public override StepsDone Run(EngineRun run, IReadOnlyList<PlanStep> steps, int index)
    {
        var step = (CommandStep)steps[index];
        switch (step.Phase)
        {
            case CommandStepPhase.Gate:
                RunGate(step);
                return new StepsDone(index + 1, "gate");
            case CommandStepPhase.BeforeCommit:
                RunBeforeCommitHook(run.Journal, step);
                return new StepsDone(index + 1, "hooks");
            default:
                run.Warning ??= RunAfterReleaseHook(run.Journal, step);
                return new StepsDone(index + 1, "after-release hook");
        }
    }

    public void RunGate(CommandStep gate) => GateRunner.Run([gate.Command], Context.Commands, Context.Reader, Context.Output);

    /// <summary>
    /// For a plan on the checked-out branch, once its index is back: restores the tracked files a before-commit hook
    /// changed, and removes the files the hooks created.
    /// </summary>
    public override void Undo(EngineJournal journal)
    {
        if (journal.AcrossBranches())
        {
            return;
        }

        // A hook that failed half-way changed files the journal has not listed yet: find them the same way. A file the
        // hook created and staged is not in the original HEAD: the index is back, so it is untracked now, and removed below.
        foreach (var path in journal.HookChangedFiles.Union(journal.TrackedChangesBeforeHooks is null ? [] : HookChanges(journal)))
        {
            if (journal.OriginalHead is not null && Context.Reader.ExistsIn(journal.OriginalHead, path))
            {
                Context.Writer.RestoreFile(journal.OriginalHead, path);
            }
        }

        if (journal.UntrackedBeforeHooks is not null)
        {
            RemoveCreatedFiles(journal.UntrackedBeforeHooks);
        }
    }

    private void RunBeforeCommitHook(EngineJournal journal, CommandStep hook)
    {
        if (journal.TrackedChangesBeforeHooks is null)
        {
            journal.TrackedChangesBeforeHooks = TrackedChanges().Order(StringComparer.Ordinal).ToList();
            journal.UntrackedBeforeHooks = Untracked().Order(StringComparer.Ordinal).ToList();
            Context.Store.Save(journal);
        }

        var outcome = RunHook(journal, hook, "before-commit hook");
        journal.HookChangedFiles = HookChanges(journal);
        if (!outcome.Succeeded)
        {
            throw Messages.BeforeCommitHookFailed(hook.Command.Name, Why(outcome, hook));
        }
    }

    /// <summary>The release stands whatever an after-release hook does: a failure is the warning returned.</summary>
    private string? RunAfterReleaseHook(EngineJournal journal, CommandStep hook)
    {
        var outcome = RunHook(journal, hook, "after-release hook");
        return outcome.Succeeded ? null : $"released, but after-release hook '{hook.Command.Name}' failed ({Why(outcome, hook)})";
    }

    private CommandOutcome RunHook(EngineJournal journal, CommandStep hook, string what)
    {
        Context.Output.WriteLine($"{what} '{hook.Command.Name}': {string.Join(' ', hook.Command.Command)}");
        var environment = journal.HookEnvironment.ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal);
        var log = Context.Reader.GitPath($"steward/logs/hook-{GateRunner.LogFileName(hook.Command.Name)}.log");
        return Context.Commands.Run(hook.Command, what, log, environment);
    }

    private static string Why(CommandOutcome outcome, CommandStep step) => outcome.TimedOut ? $"timed out after {step.Command.Timeout}" : $"exit code {outcome.ExitCode}";

    /// <summary>
    /// Removes the untracked files the hooks created: those not listed before they ran. Runs after the tracked files
    /// are back, so the ignore rules are the user's again; a .gitignore the hooks created goes first for the same
    /// reason, so that a file it un-ignored, which the user had, is ignored again and never listed.
    /// </summary>
    private void RemoveCreatedFiles(IReadOnlyList<string> untrackedBefore)
    {
        var created = Untracked().Except(untrackedBefore).ToList();
        var ignoreFiles = created.Where(p => Path.GetFileName(p) == ".gitignore").ToList();
        if (ignoreFiles.Count > 0)
        {
            ignoreFiles.ForEach(RemoveCreatedFile);
            created = Untracked().Except(untrackedBefore).ToList();
        }

        created.ForEach(RemoveCreatedFile);
    }

    private void RemoveCreatedFile(string path)
    {
        // git lists a symbolic link as a file of its own, never what is under it: File.Delete removes the link itself.
        if (SafePath.ForRemoving(Context.Root, path) is { } full)
        {
            File.Delete(full);
        }
    }

    private List<string> HookChanges(EngineJournal journal) =>
        TrackedChanges().Except(journal.TrackedChangesBeforeHooks ?? []).Except(journal.OriginalFiles.Keys).Order(StringComparer.Ordinal).ToList();

    private HashSet<string> Untracked() =>
        Context.Reader.Status().Where(e => e.IsUntracked).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);

    private HashSet<string> TrackedChanges() =>
        Context.Reader.Status().Where(e => !e.IsUntracked).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
}
