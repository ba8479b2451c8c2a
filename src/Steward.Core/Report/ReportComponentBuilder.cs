using System.Globalization;
using Steward.Core.Flow;

namespace Steward.Core.Report;

/// <summary>
/// Puts a component's releases into the report's shape: one line per major version, newest first, each with its
/// releases oldest first and its support from <see cref="SupportPolicy"/>; and the cadence, month by month from the
/// first release's month to the last's, months without a release included (a gap is part of the picture).
/// </summary>
public static class ReportComponentBuilder
{
    public static ReportComponent Build(string name, string tagPrefix, IReadOnlyList<ReportRelease> releases, IReadOnlyList<SupportLine> support)
    {
        ArgumentNullException.ThrowIfNull(releases);
        ArgumentNullException.ThrowIfNull(support);
        var lines = releases
            .GroupBy(r => r.Parsed.Major)
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var policy = support.FirstOrDefault(s => s.Major == g.Key);
                var ordered = g.OrderBy(r => r.Parsed).ToList();
                return policy is null
                    ? new ReportLine($"{g.Key}.x", "none", null, null, ordered)
                    : new ReportLine(policy.Name, policy.StatusText, SupportPolicy.DateOf(policy.FirstRelease), policy.Ends, ordered);
            })
            .ToList();
        return new ReportComponent(name, tagPrefix, lines, Cadence(releases));
    }

    /// <summary>Releases per month (retracted ones and those without a date left out), every month of the span listed.</summary>
    public static IReadOnlyList<CadenceMonth> Cadence(IReadOnlyList<ReportRelease> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var dated = releases.Where(r => r is { Retracted: false, Date: not null }).ToList();
        if (dated.Count == 0)
        {
            return [];
        }

        var first = MonthIndex(dated.Min(r => r.Date!.Value));
        var last = MonthIndex(dated.Max(r => r.Date!.Value));
        var stable = new int[last - first + 1];
        var prerelease = new int[last - first + 1];
        foreach (var release in dated)
        {
            var at = MonthIndex(release.Date!.Value) - first;
            if (release.Parsed.IsPrerelease)
            {
                prerelease[at]++;
            }
            else
            {
                stable[at]++;
            }
        }

        return [.. Enumerable.Range(0, stable.Length).Select(i => new CadenceMonth(MonthName(first + i), stable[i], prerelease[i]))];
    }

    private static int MonthIndex(DateOnly date) => (date.Year * 12) + date.Month - 1;

    private static string MonthName(int index) =>
        new DateOnly(index / 12, (index % 12) + 1, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
