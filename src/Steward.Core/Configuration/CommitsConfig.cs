namespace Steward.Core.Configuration;

/// <summary>How commit messages are read and what they bump, owned by history (next, log, lint).</summary>
public sealed class CommitsConfig
{
    /// <summary>
    /// Bumps by commit type, merged over the defaults (<c>feat: minor</c>, <c>fix: patch</c>, <c>perf: patch</c>, every
    /// other type <c>none</c>). Values: major, minor, patch, none. A breaking change is always major (see the 0.x settings).
    /// </summary>
    public Dictionary<string, string> Types { get; set; } = [];

    /// <summary>While the major version is 0, a breaking change bumps the minor version instead of giving 1.0.0.</summary>
    public bool BumpMinorPreMajor { get; set; }

    /// <summary>While the major version is 0, a minor bump (a <c>feat</c>) becomes a patch.</summary>
    public bool BumpPatchForMinorPreMajor { get; set; }

    /// <summary>Count merge commits' own messages. Off by default: the merged commits are counted, the merge is not.</summary>
    public bool IncludeMerges { get; set; }

    /// <summary>
    /// What a pull request merged with a merge commit counts as: <c>branch-commits</c> (the default: its commits, each
    /// on its own), <c>pr-title</c> (the title the forge wrote into the merge commit; its commits are not listed again)
    /// or <c>both</c>. Null is the default.
    /// </summary>
    public string? Merges { get; set; }

    public CommitLintConfig Lint { get; set; } = new();
}
