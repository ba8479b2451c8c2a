namespace Steward.Flow;

/// <summary>
/// What <c>steward flow feature start|finish --json</c> prints: the command, the feature branch, the branch it starts
/// from or is merged into, the steps taken (none for a start) and whether they were pushed.
/// </summary>
internal sealed record FlowFeatureOutput(string Command, string Branch, string Develop, bool Pushed, IReadOnlyList<string> Steps);
