namespace Steward.Core.Report;

/// <summary>
/// One release line (a major version, as <c>steward support</c> counts them) of a component: its releases oldest first
/// and its support under the policy.
/// </summary>
/// <param name="Name">The line, <c>2.x</c>.</param>
/// <param name="Status"><c>full</c>, <c>security</c> or <c>eol</c> as <c>steward support</c> says; <c>none</c> for a line
/// with prereleases only (not released yet, so not supported either).</param>
/// <param name="Since">The date of the line's first stable release; null for a line with prereleases only.</param>
/// <param name="Ends">The date its support ends (or ended); null while it has full support with no end.</param>
public sealed record ReportLine(string Name, string Status, DateOnly? Since, DateOnly? Ends, IReadOnlyList<ReportRelease> Releases);
