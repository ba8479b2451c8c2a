using System.Text.RegularExpressions;

namespace Steward.Core.PullRequests;

/// <summary>
/// The hidden line in a release pull request's body that Steward finds it by (with its head branch, never by a
/// label): the base commit it was built from, the version, and the commit Steward pushed last (the lease of the next
/// push, and the last generated text a human edit is merged against).
/// </summary>
public sealed partial record ReleaseMarker(string Base, string Version, string Head)
{
    public string Render() => $"<!-- steward:release base={Base} version={Version} head={Head} -->";

    /// <summary>The marker in <paramref name="body"/>, or null when it has none (the last one counts).</summary>
    public static ReleaseMarker? Find(string? body)
    {
        if (body is null)
        {
            return null;
        }

        var matches = Pattern().Matches(body);
        return matches.Count == 0
            ? null
            : new ReleaseMarker(matches[^1].Groups["base"].Value, matches[^1].Groups["version"].Value, matches[^1].Groups["head"].Value);
    }

    [GeneratedRegex(@"<!-- steward:release base=(?<base>[0-9a-f]{7,64}) version=(?<version>[0-9A-Za-z.+-]+) head=(?<head>[0-9a-f]{7,64}) -->", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
