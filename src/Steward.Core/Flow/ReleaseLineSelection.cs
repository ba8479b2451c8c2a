using System.Globalization;
using System.Numerics;
using Steward.Core.Commits;
using Steward.Core.Configuration;
using Steward.Core.Errors;

namespace Steward.Core.Flow;

/// <summary>
/// Which release lines <c>--lines</c> names: <c>supported</c> (the lines <c>steward support</c> calls full or security
/// today), <c>all</c> (every line with a stable release), or a comma-separated list (<c>1.x,2.x</c>, or <c>1.4.x</c> when
/// the maintenance branches are pinned to minors). A line's last release is its highest stable version tag.
/// </summary>
public static class ReleaseLineSelection
{
    /// <param name="tags">Every version tag of the component.</param>
    /// <param name="byMinor">Lines are minors (flow.maintenance's first pattern has <c>{minor}</c>), else majors.</param>
    public static IReadOnlyList<ReleaseLine> Select(string lines, IReadOnlyList<VersionTag> tags, bool byMinor, SupportPolicyConfig policy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(tags);
        var all = tags.Where(t => !t.IsPrerelease)
            .GroupBy(t => (t.Version.Major, Minor: byMinor ? t.Version.Minor : (BigInteger?)null))
            .Select(g => new ReleaseLine(g.Key.Major, g.Key.Minor, g.MaxBy(t => t.Version)!))
            .OrderByDescending(l => l.LastRelease.Version)
            .ToList();
        var form = byMinor ? "MAJOR.MINOR.x (1.4.x)" : "MAJOR.x (1.x)";
        List<ReleaseLine> chosen;
        switch (lines.Trim())
        {
            case "all":
                chosen = all;
                break;
            case "supported":
                var supported = SupportPolicy.Evaluate(tags, policy, today).Where(l => l.IsSupported).Select(l => l.Major).ToHashSet();
                chosen = [.. all.Where(l => supported.Contains(l.Major))];
                break;
            default:
                var wanted = lines.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t => Parse(t, byMinor, form)).ToList();
                if (wanted.Count == 0)
                {
                    throw Messages.BackportBadLine(lines, form);
                }

                chosen = [.. all.Where(l => wanted.Any(w => w.Major == l.Major && w.Minor == l.Minor))];
                break;
        }

        return chosen.Count > 0
            ? chosen
            : throw Messages.BackportNoLine(lines, all.Count == 0 ? "none" : string.Join(", ", all.Select(l => l.Name)));
    }

    private static (BigInteger Major, BigInteger? Minor) Parse(string text, bool byMinor, string form)
    {
        var parts = text.Split('.');
        var expected = byMinor ? 3 : 2;
        if (parts.Length != expected || parts[^1] != "x" || !parts[..^1].All(IsNumber))
        {
            throw Messages.BackportBadLine(text, form);
        }

        var major = BigInteger.Parse(parts[0], CultureInfo.InvariantCulture);
        return (major, byMinor ? BigInteger.Parse(parts[1], CultureInfo.InvariantCulture) : null);
    }

    private static bool IsNumber(string part) =>
        part.Length > 0 && part.All(char.IsAsciiDigit) && (part.Length == 1 || part[0] != '0');
}
