using System.Globalization;

namespace Steward.Core.Report.Charts;

/// <summary>How the charts and the page write a date: ISO 8601, the same in every locale.</summary>
public static class ChartDates
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
