namespace Steward.Core.Report;

/// <summary>
/// What <c>steward report</c> shows, as data (<c>--json</c> prints it): the repository's name, the day the support bars
/// are measured against, and one part per component.
/// </summary>
public sealed record ReleaseReport(string Title, DateOnly Today, IReadOnlyList<ReportComponent> Components);
