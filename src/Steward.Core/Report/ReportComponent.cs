namespace Steward.Core.Report;

/// <summary>One component's part of the report: its release lines, newest first, and its cadence, month by month.</summary>
/// <param name="Name">The component (<c>root</c> for a repository of one).</param>
/// <param name="TagPrefix">The prefix of its release tags.</param>
public sealed record ReportComponent(string Name, string TagPrefix, IReadOnlyList<ReportLine> Lines, IReadOnlyList<CadenceMonth> Cadence);
