using System.Globalization;
using System.Numerics;
using Steward.Core.Errors;

namespace Steward.Core.Versioning;

/// <summary>
/// Version arithmetic. A prerelease channel only moves forward (alpha, beta, rc, then the release), and a bump that a
/// prerelease already carries is absorbed: <c>1.3.0-rc.1</c> plus minor is <c>1.3.0</c>, not <c>1.4.0</c>.
/// Build metadata never survives a bump.
/// </summary>
public static class VersionIncrement
{
    /// <summary>The version after a <paramref name="level"/> change, as a prerelease on <paramref name="channel"/> when one is given.</summary>
    public static SemanticVersion Bump(SemanticVersion current, BumpLevel level, string? channel = null)
    {
        if (level == BumpLevel.None)
        {
            throw new ArgumentOutOfRangeException(nameof(level), "a bump needs a level");
        }

        if (channel is not null)
        {
            CheckChannel(channel);
        }

        var target = Target(current, level);
        if (channel is null)
        {
            return target;
        }

        // Same release line and same channel: continue its counter (1.3.0-rc.1 + minor + rc is 1.3.0-rc.2).
        if (current.IsPrerelease && SemanticVersion.ComparePrecedence(current.Core, target) == 0)
        {
            return NextOnChannel(current, channel);
        }

        return target.WithPrerelease([channel, "1"]);
    }

    /// <summary>
    /// The next prerelease: continues the current channel's counter, or moves to <paramref name="channel"/> (forward only).
    /// A release needs a channel and becomes a patch prerelease (1.2.3 + prerelease + rc is 1.2.4-rc.1).
    /// </summary>
    public static SemanticVersion NextPrerelease(SemanticVersion current, string? channel = null)
    {
        if (channel is not null)
        {
            CheckChannel(channel);
        }

        if (!current.IsPrerelease)
        {
            if (channel is null)
            {
                throw Messages.PrereleaseBumpNeedsChannel(current);
            }

            return Target(current, BumpLevel.Patch).WithPrerelease([channel, "1"]);
        }

        return NextOnChannel(current, channel ?? current.Channel!);
    }

    /// <summary>The release a prerelease leads to: <c>1.3.0-rc.2</c> gives <c>1.3.0</c>.</summary>
    public static SemanticVersion Release(SemanticVersion current)
    {
        if (!current.IsPrerelease)
        {
            throw Messages.NoPrereleaseToFinish(current);
        }

        return current.Core;
    }

    /// <summary>The release a bump of <paramref name="level"/> leads to, absorbing what a prerelease already carries.</summary>
    private static SemanticVersion Target(SemanticVersion v, BumpLevel level)
    {
        if (v.IsPrerelease)
        {
            // 2.0.0-rc.1 already is a major change; 1.3.0-rc.1 a minor one; 1.2.4-rc.1 a patch.
            var carried = !v.Minor.IsZero || !v.Patch.IsZero
                ? (v.Patch.IsZero ? BumpLevel.Minor : BumpLevel.Patch)
                : BumpLevel.Major;
            if (carried >= level)
            {
                return v.Core;
            }
        }

        return level switch
        {
            BumpLevel.Major => new SemanticVersion(v.Major + 1, BigInteger.Zero, BigInteger.Zero),
            BumpLevel.Minor => new SemanticVersion(v.Major, v.Minor + 1, BigInteger.Zero),
            _ => new SemanticVersion(v.Major, v.Minor, v.Patch + 1),
        };
    }

    private static SemanticVersion NextOnChannel(SemanticVersion current, string channel)
    {
        SemanticVersion next;
        if (string.Equals(current.Channel, channel, StringComparison.Ordinal))
        {
            next = current.WithBuild([]).WithPrerelease(IncrementLastNumber(current.Prerelease));
        }
        else
        {
            next = current.Core.WithPrerelease([channel, "1"]);
        }

        if (SemanticVersion.ComparePrecedence(next, current) <= 0)
        {
            throw Messages.ChannelGoesBackwards(channel, current.Channel, next, current);
        }

        return next;
    }

    private static List<string> IncrementLastNumber(IReadOnlyList<string> ids)
    {
        var result = ids.ToList();
        for (var i = result.Count - 1; i >= 0; i--)
        {
            if (SemanticVersion.IsNumeric(result[i]))
            {
                result[i] = (BigInteger.Parse(result[i], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
                return result;
            }
        }

        result.Add("1");
        return result;
    }

    private static void CheckChannel(string channel)
    {
        if (channel.Length == 0 || !channel.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || SemanticVersion.IsNumeric(channel))
        {
            throw Messages.PreOptionNotAChannel(channel);
        }
    }
}
