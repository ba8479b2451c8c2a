namespace Steward.UseCases;

/// <summary>What the user asked of one <c>steward pr</c> run.</summary>
internal sealed record PullRequestOptions(bool DryRun, bool Json, bool NoFetch, string? Bump, string? As, string? Pre, bool Verbose)
{
    /// <summary>The reason given with --override-freeze, or null: a freeze refuses the run.</summary>
    public string? FreezeOverrideReason { get; init; }

    /// <summary>--pr-notes as given (commits or api), or null: notes.prNotes in steward.yml decides.</summary>
    public string? PrNotes { get; init; }
}
