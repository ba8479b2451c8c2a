using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Engine.Steps;
using Steward.Git;

namespace Steward.Engine;

/// <summary>
/// The one executor: applies a plan's steps in order with one journal. Before the push a failure (or <c>--abort</c>
/// after a kill) puts files, index, HEAD and tags back; the push is the point of no return, decided by asking the
/// remote, after which nothing is undone and <c>--continue</c> finishes the remaining steps. It only sequences: each
/// step runs in the <see cref="StepRunner"/> of its kind, which also records and undoes what its steps change.
/// </summary>
internal sealed class PlanExecutor
{
    private readonly EngineContext context;
    private readonly FileStepRunner files;
    private readonly CommandStepRunner commands;
    private readonly PushStepRunner push;

    /// <summary>Every runner; the order is the order of undo (branches first, so the others undo on the start branch).</summary>
    private readonly IReadOnlyList<StepRunner> runners;

    public PlanExecutor(string root, GitRunner git, ExternalCommandRunner commands, TextWriter output)
    {
        context = new EngineContext(root, git, commands, output);
        files = new FileStepRunner(context);
        this.commands = new CommandStepRunner(context);
        push = new PushStepRunner(context);
        runners =
        [
            new BranchStepRunner(context),
            new CommitStepRunner(context),
            files,
            this.commands,
            new GitHookStepRunner(context),
            new ArtifactStepRunner(context),
            push,
            new ForgeStepRunner(context),
            new AnnounceStepRunner(context),
        ];
    }

    /// <summary>A test seam: called after each finished step with its name (journal, files, hooks, stage, commit, tag, push).</summary>
    public Action<string>? AfterStep { get; init; }

    /// <summary>What runs the plan's forge and announce steps (the verb's; see <see cref="IServiceSteps"/>).</summary>
    public IServiceSteps? Services
    {
        get => context.Services;
        init => context.Services = value;
    }

    /// <summary>A test seam: false models a process killed mid-step, which runs no undo and leaves the journal behind.</summary>
    public bool UndoOnFailure { get; init; } = true;

    /// <summary>Whether --continue first says which step it continues from (the flow verbs print each step instead).</summary>
    public bool AnnounceContinue { get; init; } = true;

    public JournalStore Store => context.Store;

    /// <summary>Applies a new plan: its gates first (they change nothing), then every other step under the journal.</summary>
    public ExecutionResult Apply(ExecutionPlan plan, string version, IReadOnlyDictionary<string, string> hookEnvironment)
    {
        Store.RefuseIfInterrupted();
        var reader = context.Reader;
        RepositoryGuards.RefuseIndexLock(reader);
        foreach (var runner in runners)
        {
            runner.Check(plan);
        }

        var steps = plan.Steps.ToList();
        var gates = steps.TakeWhile(s => s is CommandStep { Phase: CommandStepPhase.Gate }).Cast<CommandStep>().ToList();
        foreach (var gate in gates)
        {
            commands.RunGate(gate);
        }

        var journalSteps = steps.Skip(gates.Count).Select(JournalStep.From).ToList();
        var journal = new EngineJournal
        {
            Verb = plan.Verb,
            Version = version,
            Tag = plan.Tag,
            Branch = plan.Branch,
            Remote = plan.Remote,
            OriginalHead = reader.HeadSha(),
            // A plan across branches is undone ref by ref; sync and artifacts run in a bare repository too, which has no index.
            OriginalIndexTree = EngineJournal.AcrossBranches(plan.Refs, journalSteps) || !plan.Steps.Any(s => s.TouchesWorkTree) ? string.Empty : reader.WriteIndexTree(),
            CommitMessage = plan.CommitMessage ?? string.Empty,
            Steps = journalSteps,
            HookEnvironment = new Dictionary<string, string>(hookEnvironment, StringComparer.Ordinal),
            Subject = plan.Subject,
            PushRejected = plan.PushRejected,
            StartBranch = reader.CurrentBranch(),
        };
        foreach (var runner in runners)
        {
            runner.Record(journal, plan);
        }

        Store.Save(journal);
        // The journal keeps no artifact's bytes: this run takes them from its own plan, as --continue from a new one.
        return Run(journal, () => Step("journal"), plan);
    }

    /// <summary>Finishes an interrupted run of <paramref name="verb"/> from the first step it had not finished.</summary>
    /// <param name="replan">
    /// Makes the verb's plan again from the journal, for a verb whose steps the journal does not keep whole (artifacts:
    /// their bytes); the steps that run are still the journal's, taking only their content from the new plan.
    /// </param>
    public ExecutionResult Continue(string verb, Func<EngineJournal, ExecutionPlan>? replan = null)
    {
        var journal = Load(verb, "continue");
        if (journal.Steps.Count == 0)
        {
            throw Messages.JournalWithoutSteps(verb, journal.Name());
        }

        RepositoryGuards.RefuseIndexLock(context.Reader);
        var replanned = replan?.Invoke(journal);
        files.RemoveTempFiles(journal);
        if (AnnounceContinue)
        {
            context.Output.WriteLine($"continuing the {verb} of {journal.Name()} from step {journal.Done + 1} of {journal.Steps.Count}");
        }

        foreach (var runner in runners)
        {
            runner.Resume(journal);
        }

        return Run(journal, null, replanned);
    }

    /// <summary>
    /// Undoes an interrupted run of <paramref name="verb"/>, unless the remote already has what its push sent: then the
    /// release exists, and nothing is undone.
    /// </summary>
    public AbortOutcome Abort(string verb)
    {
        var journal = Load(verb, "abort");
        RepositoryGuards.RefuseIndexLock(context.Reader);
        if (journal.Pushed || (journal.PushStarted && push.RemoteHasUnlessPushFailed(journal)))
        {
            files.RemoveTempFiles(journal);
            Store.Delete();
            return new AbortOutcome(journal, AlreadyReleased: true);
        }

        Undo(journal);
        return new AbortOutcome(journal, AlreadyReleased: false);
    }

    private ExecutionResult Run(EngineJournal journal, Action? afterJournal, ExecutionPlan? replanned = null)
    {
        var steps = journal.Steps.Select(s => s.ToStep()).ToList();
        var run = new EngineRun(journal) { Replanned = replanned };
        try
        {
            afterJournal?.Invoke();
            while (journal.Done < steps.Count)
            {
                var step = steps[journal.Done];
                var runner = runners.FirstOrDefault(r => r.Runs(step)) ?? throw new InvalidOperationException($"unknown step {step.Kind}");
                var done = runner.Run(run, steps, journal.Done);
                journal.Done = done.Done;
                Store.Save(journal);
                Step(done.Name);
                if (done.Announce is { } line)
                {
                    context.Output.WriteLine(line);
                }
            }
        }
        catch (Exception e) when (UndoOnFailure && !journal.Pushed && e is not UndecidedPushException and not MergeStoppedException and not ForgeStepStoppedException)
        {
            Undo(journal);
            throw;
        }
        catch (Exception e) when (journal.Pushed && e is StewardException or IOException or UnauthorizedAccessException)
        {
            // Past the point of no return the release exists: a failure is a warning, and the journal stays so that
            // --continue can run the steps that are left.
            return new ExecutionResult(journal, Committed(run),
                $"released {journal.Name()}, but {e.Message}; run 'steward {journal.Verb} --continue' to finish the steps after the push")
            {
                Cause = e.Message,
            };
        }

        if (run.FirstUnfinished is { } first)
        {
            // Nothing to undo (what was sent is sent): the journal stays, so --continue runs what was not done.
            journal.Done = first;
            Store.Save(journal);
            return new ExecutionResult(journal, Committed(run), run.Warning);
        }

        Store.Delete();
        return new ExecutionResult(journal, Committed(run), run.Warning);
    }

    private static bool Committed(EngineRun run) =>
        run.Committed || (run.Journal.ReleaseCommit is not null && run.Journal.ReleaseCommit != run.Journal.OriginalHead);

    /// <summary>
    /// Puts everything back as the journal says it was before the run, in one pass for every plan: each runner undoes
    /// its kind of step, in the order they are registered (the declared refs and HEAD first, then the commit and tag,
    /// the index, the files, what the hooks changed, the git hooks), and the journal goes.
    /// </summary>
    private void Undo(EngineJournal journal)
    {
        foreach (var runner in runners)
        {
            runner.Undo(journal);
        }

        Store.Delete();
    }

    private EngineJournal Load(string verb, string action)
    {
        var journal = Store.Load() ?? throw Messages.NoInterruptedRun(verb, action);
        if (journal.Verb != verb)
        {
            throw Messages.InterruptedRunIsAnother(journal.Verb, journal.Name(), verb, action);
        }

        return journal;
    }

    private void Step(string name) => AfterStep?.Invoke(name);
}
