using Steward.Core.Planning;

namespace Steward.Engine.Steps;

/// <summary>
/// Announce steps: a release announced to one announcer by the verb's <see cref="IServiceSteps"/>, at most once (the
/// delivery's git note is the record), so --continue sends only what is missing. A message sent cannot be taken back:
/// nothing is undone. A delivery that failed lets the other steps run, then keeps the journal at it (when the verb asks).
/// </summary>
internal sealed class AnnounceStepRunner(EngineContext context) : StepRunner(context)
{
    public override bool Runs(PlanStep step) => step is AnnounceStep;

    public override StepsDone Run(EngineRun run, IReadOnlyList<PlanStep> steps, int index)
    {
        var services = Context.Services ?? throw new InvalidOperationException($"a plan of '{run.Journal.Verb}' has an announce step, and its verb gave no announcer");
        if (!services.Announce((AnnounceStep)steps[index]))
        {
            run.FirstUnfinished ??= index;
        }

        return new StepsDone(index + 1, "announce");
    }
}
