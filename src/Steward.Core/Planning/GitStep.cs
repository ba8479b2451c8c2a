namespace Steward.Core.Planning;

/// <summary>
/// A git command exactly as it will run: <see cref="Argv"/> starts with <c>git</c>, and <see cref="Input"/> (a tag
/// message, for example) is what git reads on standard input.
/// </summary>
public sealed record GitStep(GitStepRole Role, IReadOnlyList<string> Argv, string? Input = null) : PlanStep
{
    public override string Kind => "git";

    /// <summary>The branch the step works on: switched to, merged into, committed on, deleted; null for HEAD's.</summary>
    public string? Branch { get; init; }

    /// <summary>What a merge takes in (a branch); what an update-ref sets the ref to.</summary>
    public string? From { get; init; }

    /// <summary>The line printed once the step is done ("Merged X into Y"), or null for none.</summary>
    public string? Announce { get; init; }
}
