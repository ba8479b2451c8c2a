namespace Steward.Core.Configuration;

/// <summary>How steward release runs: gates, branches, commit message, signing, push, hooks.</summary>
public sealed class ReleaseConfig
{
    /// <summary>Branches a release may be made from; <c>*</c> matches within one path segment, <c>**</c> across them.</summary>
    public List<string> Branches { get; set; } = ["main", "master", "release/*", "hotfix/*", "support/*"];

    /// <summary>The release commit's message; <c>{version}</c>, <c>{tag}</c> and <c>{previousVersion}</c> are replaced.</summary>
    public string CommitMessage { get; set; } = "chore(release): {version}";

    /// <summary>
    /// The release tag's message: <c>{{tag}}</c>, <c>{{version}}</c>, <c>{{previousVersion}}</c> and <c>{{notes}}</c> are
    /// replaced (e.g. <c>Release {{tag}}</c>). Null (the default): the release notes.
    /// </summary>
    public string? TagMessage { get; set; }

    /// <summary>Sign the tag (the user's git signs, with GPG or SSH as it is configured). git's own tag.gpgSign also signs.</summary>
    public bool Sign { get; set; }

    /// <summary>Push the branch and the tag (atomically) without --push.</summary>
    public bool Push { get; set; }

    /// <summary>
    /// In a monorepo release, the most tags one push carries (0, the default: every tag in the one atomic push). GitHub
    /// sends no push event for a push of more than three tags; with N the branch and the first N tags go in one atomic
    /// push, the rest in further pushes of N, which --continue finishes after an interruption.
    /// </summary>
    public int TagsPerPush { get; set; }

    /// <summary>The remote to fetch from and push to.</summary>
    public string Remote { get; set; } = "origin";

    /// <summary>Commands that must pass before anything is written (tests, benchmarks, scanners).</summary>
    public List<GateConfig> Gates { get; set; } = [];

    public ReleaseHooksConfig Hooks { get; set; } = new();

    /// <summary>
    /// Freeze windows, as in <c>.steward/freeze.yml</c>: releases stop while one is open (see docs/freeze.md). Read
    /// with their lines by the freeze check; here so that steward.yml accepts the key.
    /// </summary>
    public List<FreezeWindowConfig> Freeze { get; set; } = [];

    /// <summary>
    /// Labels of open issues and pull requests that refuse a release, and whether the check must run (see
    /// docs/blockers.md). Null: the default labels, checked when a forge and a token are at hand, silently skipped otherwise.
    /// </summary>
    public BlockersConfig? Blockers { get; set; }

    /// <summary>
    /// Commit statuses (by context) and check runs (by name) of the released commit that must have succeeded, or
    /// <c>all</c>; empty (the default): none (see docs/blockers.md).
    /// </summary>
    public List<string> RequireChecks { get; set; } = [];

    /// <summary>How long to wait for pending required checks: seconds, or a number with s, m or h (default 10m).</summary>
    public string? ChecksTimeout { get; set; }
}
