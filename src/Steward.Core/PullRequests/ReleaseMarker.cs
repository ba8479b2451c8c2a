using System.Text.RegularExpressions;

namespace Steward.Core.PullRequests;

/// <summary>
/// The hidden line in a release pull request's body that Steward finds it by (with its head branch, never by a
/// label): the base commit it was built from, the version, and the commit Steward pushed last (the lease of the next
/// push, and the last generated text a human edit is merged against). In a monorepo the version names each component
/// (<c>api@1.3.0,web@2.0.1</c>), and with <c>pr.split: component</c> the release unit the pull request is for.
/// </summary>
public sealed partial record ReleaseMarker(string Base, string Version, string Head)
{
    /// <summary>The release unit (a group or a component) of a split monorepo's pull request; null otherwise.</summary>
    public string? Unit { get; init; }

    public string Render() => Unit is null
        ? $"<!-- steward:release base={Base} version={Version} head={Head} -->"
        : $"<!-- steward:release base={Base} unit={Unit} version={Version} head={Head} -->";

    /// <summary>The marker in <paramref name="body"/>, or null when it has none (the last one counts).</summary>
    public static ReleaseMarker? Find(string? body)
    {
        if (body is null)
        {
            return null;
        }

        var matches = Pattern().Matches(body);
        if (matches.Count == 0)
        {
            return null;
        }

        var groups = matches[^1].Groups;
        return new ReleaseMarker(groups["base"].Value, groups["version"].Value, groups["head"].Value)
        {
            Unit = groups["unit"].Success ? groups["unit"].Value : null,
        };
    }

    /// <summary>The marker's version of a monorepo release: each component and its version, <c>api@1.3.0,web@2.0.1</c>.</summary>
    public static string Versions(IEnumerable<(string Component, string Version)> components) =>
        string.Join(",", components.Select(c => $"{c.Component}@{c.Version}"));

    [GeneratedRegex(@"<!-- steward:release base=(?<base>[0-9a-f]{7,64})(?: unit=(?<unit>[a-z0-9][a-z0-9._-]*))? version=(?<version>[0-9A-Za-z.+@,_-]+) head=(?<head>[0-9a-f]{7,64}) -->", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
