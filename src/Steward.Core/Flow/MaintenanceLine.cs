using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Steward.Core.Flow;

/// <summary>
/// A maintenance line a branch stands for: <c>release/1.x</c> is line 1 (any minor), <c>support/1.4.x</c> with a
/// <c>{minor}</c> pattern is line 1.4 (patches only, since a minor bump would leave it).
/// </summary>
public sealed record MaintenanceLine(string Branch, BigInteger Major, BigInteger? Minor)
{
    public string Name => Minor is null ? $"{Major}.x" : $"{Major}.{Minor}.x";

    /// <summary>
    /// The line of <paramref name="branch"/> under the first matching pattern (<c>{major}</c> and <c>{minor}</c> stand
    /// for numbers, <c>*</c> for any text within a path segment); null when the branch is no maintenance branch.
    /// </summary>
    public static MaintenanceLine? Match(string branch, IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        foreach (var pattern in patterns)
        {
            if (!CouldMatch(branch, pattern))
            {
                continue;
            }

            var regex = "^" + Regex.Escape(pattern)
                .Replace(@"\{major}", "(?<major>0|[1-9][0-9]*)", StringComparison.Ordinal)
                .Replace(@"\{minor}", "(?<minor>0|[1-9][0-9]*)", StringComparison.Ordinal)
                .Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$";
            var match = Regex.Match(branch, regex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (match.Success && match.Groups["major"].Success)
            {
                var major = BigInteger.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture);
                BigInteger? minor = match.Groups["minor"].Success ? BigInteger.Parse(match.Groups["minor"].Value, CultureInfo.InvariantCulture) : null;
                return new MaintenanceLine(branch, major, minor);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="branch"/> starts with the literal text of <paramref name="pattern"/> (before its first
    /// placeholder): a branch that does not cannot match it, so most branches (main, develop, features) are turned away
    /// without building an expression, and without asking git for the branch's short name.
    /// </summary>
    public static bool CouldMatch(string branch, string pattern)
    {
        ArgumentNullException.ThrowIfNull(branch);
        ArgumentNullException.ThrowIfNull(pattern);
        var stop = pattern.IndexOfAny(['{', '*']);
        return branch.AsSpan().StartsWith(pattern.AsSpan(0, stop < 0 ? pattern.Length : stop), StringComparison.Ordinal);
    }
}
