using System.Globalization;
using System.Numerics;

namespace Steward.Core.Versioning;

/// <summary>
/// Parses SemVer 2.0.0 text exactly as the spec's grammar; each rejection names the rule broken. The rules are found
/// without exceptions, so that TryParse (tag lists, guessing a scheme) costs no more than a success.
/// </summary>
internal static class SemanticVersionParser
{
    public static SemanticVersion Parse(string text, bool allowVPrefix) =>
        TryParse(text, allowVPrefix, out var version) is { } rule ? throw new VersionFormatException(text, rule) : version!;

    /// <summary>Parses <paramref name="text"/>; returns null on success, else the rule it breaks.</summary>
    public static string? TryParse(string text, bool allowVPrefix, out SemanticVersion? version)
    {
        ArgumentNullException.ThrowIfNull(text);
        version = null;
        var s = text.AsSpan();
        if (allowVPrefix && s.Length > 0 && (s[0] == 'v' || s[0] == 'V'))
        {
            s = s[1..];
        }

        if (s.Length == 0)
        {
            return "it is empty";
        }

        if (PlainCore(s) is { } core)
        {
            version = new SemanticVersion(core.Major, core.Minor, core.Patch);
            return null;
        }

        string[] build = [];
        var plus = s.IndexOf('+');
        if (plus >= 0)
        {
            build = s[(plus + 1)..].ToString().Split('.');
            s = s[..plus];
        }

        string[] prerelease = [];
        var dash = s.IndexOf('-');
        if (dash >= 0)
        {
            prerelease = s[(dash + 1)..].ToString().Split('.');
            s = s[..dash];
        }

        var parts = s.ToString().Split('.');
        if (parts.Length != 3)
        {
            return "SemVer needs exactly three numbers, MAJOR.MINOR.PATCH";
        }

        var numbers = new BigInteger[3];
        string[] names = ["major", "minor", "patch"];
        for (var i = 0; i < 3; i++)
        {
            if (NumberProblem(parts[i], names[i]) is { } problem)
            {
                return problem;
            }

            numbers[i] = ParseNumber(parts[i]);
        }

        foreach (var id in prerelease)
        {
            if (PrereleaseIdentifierProblem(id) is { } problem)
            {
                return problem;
            }
        }

        foreach (var id in build)
        {
            if (BuildIdentifierProblem(id) is { } problem)
            {
                return problem;
            }
        }

        version = new SemanticVersion(numbers[0], numbers[1], numbers[2], prerelease, build);
        return null;
    }

    /// <summary>
    /// MAJOR.MINOR.PATCH with nothing after it and numbers that fit a long, read straight from the text: most tags of a
    /// list spell one, and the general path's splitting costs several allocations per tag. Null for anything else
    /// (prerelease, build, a leading zero, a rule broken), which the general path parses or names the rule of.
    /// </summary>
    private static (long Major, long Minor, long Patch)? PlainCore(ReadOnlySpan<char> s)
    {
        Span<long> numbers = stackalloc long[3];
        var part = 0;
        var start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                continue;
            }

            var length = i - start;
            if ((i < s.Length && s[i] != '.') || part == 3 || length == 0 || length > 18 || (length > 1 && s[start] == '0'))
            {
                return null;
            }

            var value = 0L;
            foreach (var digit in s[start..i])
            {
                value = (value * 10) + (digit - '0');
            }

            numbers[part++] = value;
            start = i + 1;
        }

        return part == 3 ? (numbers[0], numbers[1], numbers[2]) : null;
    }

    internal static void CheckPrereleaseIdentifier(string text, string id)
    {
        if (PrereleaseIdentifierProblem(id) is { } problem)
        {
            throw new VersionFormatException(text, problem);
        }
    }

    internal static void CheckBuildIdentifier(string text, string id)
    {
        if (BuildIdentifierProblem(id) is { } problem)
        {
            throw new VersionFormatException(text, problem);
        }
    }

    /// <summary>
    /// A validated run of digits as a number. Below 19 digits it fits a long, read directly: a tag list parses every
    /// tag, and BigInteger's own parser costs several times more. Longer numbers (SemVer sets no limit) take that path.
    /// </summary>
    private static BigInteger ParseNumber(string digits)
    {
        if (digits.Length > 18)
        {
            return BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        }

        var value = 0L;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    private static string? NumberProblem(string part, string name)
    {
        if (part.Length == 0)
        {
            return $"the {name} number is empty";
        }

        if (!SemanticVersion.IsNumeric(part))
        {
            return $"the {name} number '{part}' is not a non-negative integer";
        }

        return part.Length > 1 && part[0] == '0' ? $"the {name} number '{part}' has a leading zero" : null;
    }

    private static string? PrereleaseIdentifierProblem(string id) =>
        CharacterProblem(id, "prerelease")
        ?? (id.Length > 1 && id[0] == '0' && SemanticVersion.IsNumeric(id) ? $"the numeric prerelease identifier '{id}' has a leading zero" : null);

    private static string? BuildIdentifierProblem(string id) => CharacterProblem(id, "build metadata");

    private static string? CharacterProblem(string id, string what)
    {
        if (id.Length == 0)
        {
            return $"a {what} identifier is empty";
        }

        foreach (var ch in id)
        {
            if (!(char.IsAsciiLetterOrDigit(ch) || ch == '-'))
            {
                return $"the {what} identifier '{id}' has '{ch}'; only [0-9A-Za-z-] are allowed";
            }
        }

        return null;
    }
}
