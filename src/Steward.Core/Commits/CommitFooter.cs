namespace Steward.Core.Commits;

/// <summary>A git trailer / Conventional Commits footer: <c>Token: value</c> or <c>Token #value</c>; the value may span lines.</summary>
public sealed record CommitFooter(string Token, string Value);
