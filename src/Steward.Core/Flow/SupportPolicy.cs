using Steward.Core.Commits;
using Steward.Core.Configuration;
using Steward.Core.Errors;

namespace Steward.Core.Flow;

/// <summary>
/// Derives release lines and their support status from release tags and the policy. Lines are major versions, newest
/// first; a line's full support ends when the major that replaces it is first released, its security support
/// <c>securityMonths</c> later, or sooner when enough newer majors push it out of the supported set.
/// Prerelease tags are not releases and count for nothing here.
/// </summary>
public static class SupportPolicy
{
    public static IReadOnlyList<SupportLine> Evaluate(IReadOnlyList<VersionTag> tags, SupportPolicyConfig policy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(policy);
        Validate(policy);
        var groups = tags
            .Where(t => !t.IsPrerelease)
            .GroupBy(t => t.Version.Major)
            .OrderByDescending(g => g.Key)
            .Select(g => (Major: g.Key, First: g.MinBy(t => t.Version)!, Latest: g.MaxBy(t => t.Version)!))
            .ToList();
        var lines = new List<SupportLine>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var (major, first, latest) = groups[i];
            if (i < policy.FullMajors)
            {
                lines.Add(new SupportLine(major, SupportStatus.Full, first, latest, null));
                continue;
            }

            // Replaced when the line FullMajors above it first shipped; pushed out entirely when the one FullMajors +
            // SecurityMajors above it did.
            var replacedOn = DateOf(groups[i - policy.FullMajors].First);
            var ends = replacedOn.AddMonths(policy.SecurityMonths);
            var pushedOut = i - policy.FullMajors - policy.SecurityMajors;
            if (pushedOut >= 0 && DateOf(groups[pushedOut].First) < ends)
            {
                ends = DateOf(groups[pushedOut].First);
            }

            var status = i < policy.FullMajors + policy.SecurityMajors && today < ends ? SupportStatus.Security : SupportStatus.EndOfLife;
            lines.Add(new SupportLine(major, status, first, latest, ends));
        }

        return lines;
    }

    /// <summary>The day a release happened, as a calendar date in UTC (a tag's date, or its commit's for a lightweight tag).</summary>
    public static DateOnly DateOf(VersionTag tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return DateOnly.FromDateTime(tag.Date.UtcDateTime);
    }

    private static void Validate(SupportPolicyConfig policy)
    {
        if (policy.FullMajors < 1)
        {
            throw Messages.SupportFullMajorsTooFew(policy.FullMajors);
        }

        if (policy.SecurityMajors < 0 || policy.SecurityMonths < 0)
        {
            throw Messages.SupportSecurityNegative();
        }
    }
}
