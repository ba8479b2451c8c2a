using Steward.Core.Configuration;
using Steward.Core.Forge;
using Steward.Core.Planning;
using Steward.Forges;

namespace Steward.UseCases;

/// <summary>
/// <c>forge doctor --fix</c>'s labels: the ones Steward sets or reads (<c>pr.labels.pending</c>, <c>pr.labels.tagged</c>,
/// the <c>release.blockers</c> labels), each reported; one step is planned per label the repository lacks, with the call
/// that makes it. A label that exists is left as it is (its colour and description are the maintainers'), so a rerun
/// plans nothing.
/// </summary>
internal static class ForgeLabelFixer
{
    /// <summary>One line per wanted label, read against <paramref name="existing"/> (the repository's label names).</summary>
    public static IReadOnlyList<ForgeDoctorCheck> Plan(IRepositoryLabels labels, IReadOnlySet<string> existing, ForgeLocation location, StewardConfig config)
    {
        var checks = new List<ForgeDoctorCheck>();
        foreach (var (name, description) in Wanted(config))
        {
            if (existing.Contains(name))
            {
                checks.Add(new ForgeDoctorCheck("label", true, $"'{name}' exists"));
                continue;
            }

            var call = labels.PlannedCreate();
            var step = new ForgeFixStep(location.Kind, location.Api.OriginalString, location.Repository, ForgeFixAction.CreateLabel)
            {
                Name = name,
                Description = description,
                Method = call.Method,
                Endpoint = call.Url,
            };
            checks.Add(new ForgeDoctorCheck("label", true, $"'{name}' is missing") { Warning = true, Fix = step });
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
