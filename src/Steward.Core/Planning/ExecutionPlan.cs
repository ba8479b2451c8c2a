namespace Steward.Core.Planning;

/// <summary>
/// What one writing verb will do, in order, built without changing anything: the one thing <c>--dry-run</c> prints and
/// the one thing the executor applies. <see cref="Tag"/>, <see cref="Branch"/> and <see cref="Remote"/> say what the
/// push makes public, so that recovery can ask the remote whether the point of no return was passed.
/// </summary>
public sealed record ExecutionPlan(string Verb, IReadOnlyList<PlanStep> Steps)
{
    /// <summary>The tag the plan makes, or null (propagate without --tag).</summary>
    public string? Tag { get; init; }

    public string? Branch { get; init; }

    public string? Remote { get; init; }

    /// <summary>The commit message of the plan's commit step, used to recognise a commit a killed run made.</summary>
    public string? CommitMessage { get; init; }

    /// <summary>
    /// Every ref (full name) the plan may create, move or delete besides HEAD's own commit: the engine records where each
    /// pointed before the first step and puts each back (compare-and-swap) when the run is undone. Empty for a plan that
    /// works on the checked-out branch only (release, propagate), which is undone by its commit and tag.
    /// </summary>
    public IReadOnlyList<string> Refs { get; init; } = [];

    /// <summary>What the run is about in messages (the branch a finish finishes); null for the tag or version.</summary>
    public string? Subject { get; init; }

    /// <summary>The one line for a push the remote rejected, with {0} for git's reason; null for the release wording.</summary>
    public string? PushRejected { get; init; }

    public IEnumerable<FileWriteStep> Files => Steps.OfType<FileWriteStep>();

    public IEnumerable<GitStep> Git => Steps.OfType<GitStep>();

    public bool Commits => Git.Any(s => s.Role == GitStepRole.Commit);

    public bool Pushes => Git.Any(s => s.Role == GitStepRole.Push);
}
