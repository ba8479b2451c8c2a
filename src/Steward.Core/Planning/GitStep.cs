namespace Steward.Core.Planning;

/// <summary>
/// A git command exactly as it will run: <see cref="Argv"/> starts with <c>git</c>, and <see cref="Input"/> (a tag
/// message, for example) is what git reads on standard input.
/// </summary>
public sealed record GitStep(GitStepRole Role, IReadOnlyList<string> Argv, string? Input = null) : PlanStep
{
    public override string Kind => "git";

    /// <summary>The branch a <see cref="GitStepRole.CreateBranch"/> step creates (undo deletes it), or null.</summary>
    public string? Branch { get; init; }
}
