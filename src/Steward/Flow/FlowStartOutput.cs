namespace Steward.Flow;

/// <summary>
/// What <c>steward flow release|hotfix start --json</c> prints: the branch created, where from, the version and why,
/// and the files committed with it (empty when they said so already).
/// </summary>
internal sealed record FlowStartOutput(string Kind, string Branch, string From, string Version, string Reason, IReadOnlyList<string> Committed);
