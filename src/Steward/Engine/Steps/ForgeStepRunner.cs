using Steward.Core.Planning;

namespace Steward.Engine.Steps;

/// <summary>
/// Forge steps: a release on the forge reconciled (read what the forge has, do only what is missing) by the verb's
/// <see cref="IServiceSteps"/>. The forge's own state is the record: the journal keeps the step, and --continue runs
/// it again, which finishes a half-done publish and never duplicates a release or an asset. Nothing is undone: a forge
/// release is reconciled, never deleted (an --abort says so). The release pull request's steps are run the same way, and
/// <c>forge doctor --fix</c>'s fixes, which no push precedes: a fix that fails keeps the journal (nothing here to undo).
/// </summary>
internal sealed class ForgeStepRunner(EngineContext context) : StepRunner(context)
{
    public override bool Runs(PlanStep step) => step is ForgeStep or PullRequestStep or ForgeFixStep;

    public override StepsDone Run(EngineRun run, IReadOnlyList<PlanStep> steps, int index)
    {
        var services = Context.Services ?? throw new InvalidOperationException($"a plan of '{run.Journal.Verb}' has a forge step, and its verb gave no forge");
        var line = steps[index] switch
        {
            PullRequestStep pull => services.PullRequest(pull),
            ForgeFixStep fix => Fix(services, fix),
            var step => services.Reconcile((ForgeStep)step),
        };
        return new StepsDone(index + 1, "forge", line);
    }

    private static string? Fix(IServiceSteps services, ForgeFixStep step)
    {
        try
        {
            return services.Fix(step);
        }
        catch (Core.Errors.StewardException e) when (e is not ForgeStepStoppedException)
        {
            throw new ForgeStepStoppedException(e.Message, e);
        }
    }
}
