using System.Numerics;
using Steward.Core.Commits;
using Steward.Core.Versioning;

namespace Steward.Core.Flow;

/// <summary>
/// A release line a backport goes to: a major (<c>1.x</c>), or one minor (<c>1.4.x</c>) when the maintenance branches
/// are pinned to minors (a <c>{minor}</c> pattern in flow.maintenance), with its newest stable release.
/// </summary>
public sealed record ReleaseLine(BigInteger Major, BigInteger? Minor, VersionTag LastRelease)
{
    public string Name => Minor is null ? $"{Major}.x" : $"{Major}.{Minor}.x";

    public bool Contains(SemanticVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.Major == Major && (Minor is null || version.Minor == Minor);
    }

    /// <summary>The branch name <paramref name="pattern"/> gives this line; null when the pattern cannot name it.</summary>
    public string? BranchName(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Contains('*', StringComparison.Ordinal) || !pattern.Contains("{major}", StringComparison.Ordinal)
            || pattern.Contains("{minor}", StringComparison.Ordinal) != Minor is not null)
        {
            return null;
        }

        return pattern.Replace("{major}", Major.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{minor}", Minor?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal);
    }
}
