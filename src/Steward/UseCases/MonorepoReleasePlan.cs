using Steward.Core.Planning;

namespace Steward.UseCases;

/// <summary>
/// A monorepo release: each releasing component's part (its version, tag, edits and notes, as for a one-component
/// release) and the one plan of the engine that makes them: one commit, one annotated tag per component, one push.
/// </summary>
/// <param name="Parts">Each releasing component, with its release plan.</param>
/// <param name="Steps">The engine's plan.</param>
/// <param name="Warnings">What the plan warns of (a push carrying more than three tags).</param>
internal sealed record MonorepoReleasePlan(IReadOnlyList<MonorepoReleasePart> Parts, ExecutionPlan Steps, IReadOnlyList<string> Warnings)
{
    /// <summary>What the journal records as the run's version: <c>api 1.3.0, chart 3.0.1</c>.</summary>
    public string Versions => string.Join(", ", Parts.Select(p => $"{p.Release.Component.Name} {p.Plan.Version}"));

    /// <summary>HEAD carries every part's version already (a merged release pull request): the plan tags it, and commits nothing.</summary>
    public bool Carried { get; init; }
}

/// <summary>One component of a monorepo release: what decided it and its part of the plan.</summary>
internal sealed record MonorepoReleasePart(ComponentRelease Release, ReleasePlan Plan);
