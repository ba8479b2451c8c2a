using Steward.Core.Configuration;
using Steward.Forges;

namespace Steward.UseCases;

/// <summary>
/// <c>forge doctor --fix</c>'s labels: the ones Steward sets or reads (<c>pr.labels.pending</c>, <c>pr.labels.tagged</c>,
/// the <c>release.blockers</c> labels) made on the forge where the repository lacks them, each reported; with
/// <c>--dry-run</c> only reported, with the call that would make it. A label that exists is left as it is (its colour
/// and description are the maintainers'), so a rerun makes nothing.
/// </summary>
internal static class ForgeLabelFixer
{
    public static IReadOnlyList<ForgeDoctorCheck> Fix(IRepositoryLabels labels, StewardConfig config, bool dryRun)
    {
        var existing = labels.NamesAsync(CancellationToken.None).GetAwaiter().GetResult().ToHashSet(StringComparer.Ordinal);
        var checks = new List<ForgeDoctorCheck>();
        foreach (var (name, description) in Wanted(config))
        {
            if (existing.Contains(name))
            {
                checks.Add(new ForgeDoctorCheck("label", true, $"'{name}' exists"));
            }
            else if (dryRun)
            {
                var call = labels.PlannedCreate();
                checks.Add(new ForgeDoctorCheck("label", true, $"would make '{name}' ({call.Method} {call.Url})") { Warning = true });
            }
            else
            {
                labels.CreateAsync(name, description, CancellationToken.None).GetAwaiter().GetResult();
                existing.Add(name);
                checks.Add(new ForgeDoctorCheck("label", true, $"made '{name}'"));
            }
        }

        return checks;
    }

    /// <summary>Each label once, in the order a reader meets them: the release pull request's, then the blockers'.</summary>
    private static List<(string Name, string Description)> Wanted(StewardConfig config)
    {
        var wanted = new List<(string, string)>
        {
            (config.Pr.Labels.Pending, "A release pull request waiting for its merge (steward pr)"),
            (config.Pr.Labels.Tagged, "A merged release pull request, tagged by steward release"),
        };
        wanted.AddRange(ReleaseBlockerCheck.Labels(config.Release.Blockers).Select(l => (l, "Blocks the release while open (release.blockers)")));
        return [.. wanted.DistinctBy(w => w.Item1, StringComparer.Ordinal)];
    }
}
