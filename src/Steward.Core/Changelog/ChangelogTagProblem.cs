namespace Steward.Core.Changelog;

/// <summary>One way a changelog disagrees with its release tags: the heading's line (null: about the whole file) and what is wrong.</summary>
public sealed record ChangelogTagProblem(int? Line, string Problem);
