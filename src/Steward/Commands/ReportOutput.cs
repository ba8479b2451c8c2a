using Steward.Core.Report;

namespace Steward.Commands;

/// <summary>What <c>steward report --json</c> prints: the page written (relative to where Steward runs) and the report's data.</summary>
internal sealed record ReportOutput(string File, ReleaseReport Report);
