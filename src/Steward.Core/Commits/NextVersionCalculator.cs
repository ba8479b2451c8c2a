using System.Globalization;
using System.Numerics;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Core.Commits;

/// <summary>
/// Computes the next version. A stable release bumps the last stable release by the level the commits since it ask
/// for (the 0.x settings applied); a prerelease <c>--pre rc</c> is that same X.Y.Z with <c>-rc.N</c>, N continuing
/// from existing X.Y.Z-rc.* tags, so a higher bump mid-series moves X.Y.Z and restarts N. Channels move forward only.
/// </summary>
public static class NextVersionCalculator
{
    public static NextVersion Calculate(NextVersionRequest request, BumpPolicy policy, string tagPrefix)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        if (request.ForcedVersion is { } forced)
        {
            return Forced(request, forced, tagPrefix);
        }

        var latestPrerelease = request.ReachableTags
            .Where(t => t.IsPrerelease && (request.LastRelease is null || SemanticVersion.ComparePrecedence(t.Version, request.LastRelease) > 0))
            .MaxBy(t => t.Version);
        SemanticVersion target;
        BumpLevel level;
        NextVersionSource source;
        if (request.LastRelease is null)
        {
            if (request.ForcedLevel is not null)
            {
                throw Messages.NoTagToBumpFrom(tagPrefix, request.InitialVersion.Core);
            }

            // The first release: VERSION as written, or what an earlier prerelease of it already announced.
            target = latestPrerelease is not null && SemanticVersion.ComparePrecedence(latestPrerelease.Version.Core, request.InitialVersion.Core) > 0
                ? latestPrerelease.Version.Core
                : request.InitialVersion.Core;
            level = request.Decision.Level;
            source = NextVersionSource.FirstRelease;
        }
        else
        {
            level = request.ForcedLevel ?? policy.ForVersion(request.Decision.Level, request.LastRelease);
            source = request.ForcedLevel is null ? NextVersionSource.Commits : NextVersionSource.ForcedLevel;
            if (level == BumpLevel.None)
            {
                return Nothing(request, policy, tagPrefix);
            }

            target = VersionIncrement.Bump(request.LastRelease.Core, level);

            // A prerelease forced higher than the commits ask (--as 2.0.0-rc.1) already announced its release line.
            if (latestPrerelease is not null && SemanticVersion.ComparePrecedence(latestPrerelease.Version.Core, target) > 0)
            {
                target = latestPrerelease.Version.Core;
            }
        }

        target = AboveRetracted(target, request.Retracted);
        if (request.Channel is null)
        {
            // The first release is VERSION as written, a prerelease included (1.0.0-rc.1 stays 1.0.0-rc.1).
            if (source == NextVersionSource.FirstRelease && target == request.InitialVersion.Core)
            {
                target = request.InitialVersion.WithBuild([]);
            }

            if (request.CheckExistingTags)
            {
                CheckUnused(target, request.AllTags, tagPrefix);
            }
            return new NextVersion(target, level, source, null);
        }

        if (source != NextVersionSource.ForcedLevel
            && latestPrerelease is not null
            && SemanticVersion.ComparePrecedence(latestPrerelease.Version.Core, target) == 0
            && string.Equals(latestPrerelease.Version.Channel, request.Channel, StringComparison.Ordinal)
            && request.ShasSinceLatestPrerelease is { } since
            && !request.Decision.Commits.Any(c => c.Level > BumpLevel.None && since.Contains(c.Commit.Commit.Sha)))
        {
            return new NextVersion(null, BumpLevel.None, source,
                $"nothing releasable since {latestPrerelease.Name}");
        }

        return new NextVersion(Prerelease(target, request.Channel, request.AllTags, tagPrefix), level, source, null);
    }

    /// <summary>
    /// X.Y.Z-channel.N: N is one more than the highest number on existing X.Y.Z-channel tags (1 when there is none),
    /// and the result must sort above every existing X.Y.Z prerelease, so channels only move forward.
    /// </summary>
    public static SemanticVersion Prerelease(SemanticVersion target, string channel, IReadOnlyList<VersionTag> allTags, string tagPrefix)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(allTags);
        CheckChannel(channel);
        var series = allTags.Where(t => t.IsPrerelease && SemanticVersion.ComparePrecedence(t.Version.Core, target) == 0).ToList();
        var number = BigInteger.Zero;
        foreach (var tag in series.Where(t => string.Equals(t.Version.Channel, channel, StringComparison.Ordinal)))
        {
            var ids = tag.Version.Prerelease;
            if (ids.Length > 1 && SemanticVersion.IsNumeric(ids[1]))
            {
                var n = BigInteger.Parse(ids[1], CultureInfo.InvariantCulture);
                if (n > number)
                {
                    number = n;
                }
            }
        }

        var next = target.WithPrerelease([channel, (number + 1).ToString(CultureInfo.InvariantCulture)]);
        var highest = series.MaxBy(t => t.Version);
        if (highest is not null && SemanticVersion.ComparePrecedence(next, highest.Version) <= 0)
        {
            throw Messages.PreChannelBelowTag(channel, highest.Name, next, highest.Version.Channel);
        }

        return next;
    }

    /// <summary>A retracted version is never released again: the first patch above it that is not retracted too.</summary>
    private static SemanticVersion AboveRetracted(SemanticVersion target, IReadOnlyList<SemanticVersion>? retracted)
    {
        if (retracted is null || retracted.Count == 0)
        {
            return target;
        }

        while (retracted.Any(r => SemanticVersion.ComparePrecedence(r.Core, target.Core) == 0 && !r.IsPrerelease))
        {
            target = VersionIncrement.Bump(target.Core, BumpLevel.Patch);
        }

        return target;
    }

    private static NextVersion Forced(NextVersionRequest request, SemanticVersion forced, string tagPrefix)
    {
        var highest = request.ReachableTags.MaxBy(t => t.Version);
        if (highest is not null && SemanticVersion.ComparePrecedence(forced, highest.Version) <= 0)
        {
            throw Messages.ForcedNotAboveLastOrPrerelease(forced, highest.Name);
        }

        if (request.LastRelease is not null && SemanticVersion.ComparePrecedence(forced, request.LastRelease) <= 0)
        {
            throw Messages.ForcedNotAboveLastRelease(forced, request.LastRelease);
        }

        if (request.Retracted?.Any(r => SemanticVersion.ComparePrecedence(r, forced.Core) == 0) == true)
        {
            throw Messages.ForcedWasRetracted(forced);
        }

        if (request.CheckExistingTags)
        {
            CheckUnused(forced, request.AllTags, tagPrefix);
        }
        return new NextVersion(forced, request.Decision.Level, NextVersionSource.ForcedVersion, null);
    }

    private static NextVersion Nothing(NextVersionRequest request, BumpPolicy policy, string tagPrefix)
    {
        var count = request.Decision.Commits.Count;
        var since = $"{tagPrefix}{request.LastRelease}";
        var reason = count == 0
            ? $"no commits since {since}"
            : $"{count} commit{(count == 1 ? string.Empty : "s")} since {since}, none releasable ({string.Join(", ", policy.ReleasingTypes)} or a breaking change)";
        return new NextVersion(null, BumpLevel.None, NextVersionSource.Commits, reason);
    }

    private static void CheckUnused(SemanticVersion version, IReadOnlyList<VersionTag> allTags, string tagPrefix)
    {
        var existing = allTags.FirstOrDefault(t => SemanticVersion.ComparePrecedence(t.Version, version) == 0);
        if (existing is not null)
        {
            throw Messages.NextVersionTaggedElsewhere(version, existing.Name, Short(existing.Sha), tagPrefix);
        }
    }

    private static void CheckChannel(string channel)
    {
        if (channel.Length == 0 || !channel.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || SemanticVersion.IsNumeric(channel))
        {
            throw Messages.PreOptionNotAChannel(channel);
        }
    }

    private static string Short(string sha) => sha.Length > 7 ? sha[..7] : sha;
}
