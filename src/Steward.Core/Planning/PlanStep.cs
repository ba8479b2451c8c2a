namespace Steward.Core.Planning;

/// <summary>
/// One step of a plan, built before anything runs: a file write, a git command, an external command, a forge release
/// to reconcile or an announcement. The executor
/// runs exactly these steps in this order, and <c>--dry-run</c> prints exactly these steps.
/// </summary>
public abstract record PlanStep
{
    /// <summary>The step's kind as <c>--dry-run --json</c> names it: <c>file</c>, <c>git</c>, <c>git-hook</c>, <c>command</c>, <c>artifact</c>, <c>forge</c> or <c>announce</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>Whether the step may change the work tree or the index (an artifact outside them does not).</summary>
    public virtual bool TouchesWorkTree => true;
}
