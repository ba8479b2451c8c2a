namespace Steward.Releasing;

/// <summary>What the user asked of one `steward release` run.</summary>
internal sealed record ReleaseOptions(
    bool DryRun,
    bool AllowDirty,
    bool NoFetch,
    bool Push,
    string? Bump,
    string? As,
    string? Pre,
    bool Json)
{
    /// <summary>The reason given with --override-freeze, or null: a freeze refuses the release.</summary>
    public string? FreezeOverrideReason { get; init; }

    /// <summary>The reason given with --ignore-blockers, or null: open release blockers refuse the release.</summary>
    public string? IgnoreBlockersReason { get; init; }

    /// <summary>Announce the release once it is made (steward announce, not strict).</summary>
    public bool Announce { get; init; }

    /// <summary>--publish: once pushed, publish the release on the forge (a forge step after the push).</summary>
    public bool Publish { get; init; }

    /// <summary>--verbose: trace the forge calls of the publish.</summary>
    public bool Verbose { get; init; }

    /// <summary>--component: in a monorepo, only these components (by name); empty for every one.</summary>
    public IReadOnlyList<string> Components { get; init; } = [];

    /// <summary>The verb a freeze refuses, in its message: release, or pr (which plans the same release commit).</summary>
    public string Verb { get; init; } = "release";

    /// <summary>--pr-notes as given (commits or api), or null: notes.prNotes in steward.yml decides.</summary>
    public string? PrNotes { get; init; }

    /// <summary>
    /// --allow-unlisted: release a merged release pull request even when commits landed on the base after it was last
    /// built (their changes are not in its notes).
    /// </summary>
    public bool AllowUnlisted { get; init; }
}
