using Steward.Core.Planning;

namespace Steward.Engine.Steps;

/// <summary>
/// Runs one kind of plan step, and knows what it takes to undo it. The executor sequences the steps, keeps the journal
/// and dispatches: each step goes to the runner that <see cref="Runs"/> it; before the first change every runner
/// <see cref="Record"/>s what its undo needs; <c>--continue</c> lets every runner <see cref="Resume"/>; and an undo calls
/// every runner's <see cref="Undo"/> in the order they are registered in <see cref="PlanExecutor"/>. A new kind of step
/// is a new runner and one line in that registration.
/// </summary>
internal abstract class StepRunner(EngineContext context)
{
    protected EngineContext Context => context;

    public abstract bool Runs(PlanStep step);

    /// <summary>Runs the step at <paramref name="index"/> (and, for a batch, the steps of its kind that follow it).</summary>
    public abstract StepsDone Run(EngineRun run, IReadOnlyList<PlanStep> steps, int index);

    /// <summary>Refuses, before the gates run, a plan whose steps of this kind could not be undone.</summary>
    public virtual void Check(ExecutionPlan plan)
    {
    }

    /// <summary>Records in a new journal, before anything changes, what this runner's undo will put back.</summary>
    public virtual void Record(EngineJournal journal, ExecutionPlan plan)
    {
    }

    /// <summary>For <c>--continue</c>: settles what an interrupted step of this kind left half-done.</summary>
    public virtual void Resume(EngineJournal journal)
    {
    }

    /// <summary>Puts back what this runner's steps changed, from the journal alone (the steps may not all have run).</summary>
    public virtual void Undo(EngineJournal journal)
    {
    }
}
