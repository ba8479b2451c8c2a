using System.Text;
using System.Text.RegularExpressions;

namespace Steward.Core.Planning;

/// <summary>Matches branch names against patterns such as <c>release/*</c>: <c>*</c> within one path segment, <c>**</c> across.</summary>
public static class BranchPattern
{
    public static bool Matches(string pattern, string branch)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(branch);

        // The text before the first '*' is literal: a branch without it cannot match, and no expression is built.
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (!branch.AsSpan().StartsWith(pattern.AsSpan(0, star < 0 ? pattern.Length : star), StringComparison.Ordinal))
        {
            return false;
        }

        if (star < 0)
        {
            return branch.Length == pattern.Length;
        }

        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '*')
            {
                var doubled = i + 1 < pattern.Length && pattern[i + 1] == '*';
                regex.Append(doubled ? ".*" : "[^/]*");
                i += doubled ? 1 : 0;
            }
            else
            {
                regex.Append(Regex.Escape(pattern[i].ToString()));
            }
        }

        return Regex.IsMatch(branch, regex.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
