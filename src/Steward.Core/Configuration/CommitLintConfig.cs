namespace Steward.Core.Configuration;

/// <summary>The rules <c>steward lint</c> applies on top of the Conventional Commits grammar.</summary>
public sealed class CommitLintConfig
{
    /// <summary>
    /// The allowed types. Empty means the usual set (build, chore, ci, docs, feat, fix, perf, refactor, revert, style,
    /// test) plus every type named in <c>commits.types</c>.
    /// </summary>
    public List<string> Types { get; set; } = [];

    /// <summary>The allowed scopes; empty allows any scope.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Every commit must name a scope.</summary>
    public bool RequireScope { get; set; }

    /// <summary>The longest header (first line) allowed, in characters.</summary>
    public int MaxHeaderLength { get; set; } = 100;
}
