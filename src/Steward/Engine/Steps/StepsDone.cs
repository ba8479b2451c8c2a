namespace Steward.Engine.Steps;

/// <summary>
/// What a runner finished: the journal's new count of finished steps, the step's name for the test seam
/// (<see cref="PlanExecutor.AfterStep"/>), and the line to print once it is recorded, if any.
/// </summary>
internal readonly record struct StepsDone(int Done, string Name, string? Announce = null);
