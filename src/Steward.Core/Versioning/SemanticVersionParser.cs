using System.Numerics;

namespace Steward.Core.Versioning;

/// <summary>Parses SemVer 2.0.0 text exactly as the spec's grammar; each rejection names the rule broken.</summary>
internal static class SemanticVersionParser
{
    public static SemanticVersion Parse(string text, bool allowVPrefix)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text;
        if (allowVPrefix && s.Length > 0 && (s[0] == 'v' || s[0] == 'V'))
        {
            s = s[1..];
        }

        if (s.Length == 0)
        {
            throw new VersionFormatException(text, "it is empty");
        }

        string? build = null;
        var plus = s.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            build = s[(plus + 1)..];
            s = s[..plus];
        }

        string? pre = null;
        var dash = s.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            pre = s[(dash + 1)..];
            s = s[..dash];
        }

        var parts = s.Split('.');
        if (parts.Length != 3)
        {
            throw new VersionFormatException(text, "SemVer needs exactly three numbers, MAJOR.MINOR.PATCH");
        }

        var major = ParseNumber(text, parts[0], "major");
        var minor = ParseNumber(text, parts[1], "minor");
        var patch = ParseNumber(text, parts[2], "patch");

        var prerelease = pre is null ? [] : pre.Split('.');
        if (pre is not null)
        {
            foreach (var id in prerelease)
            {
                CheckPrereleaseIdentifier(text, id);
            }
        }

        var buildIds = build is null ? [] : build.Split('.');
        if (build is not null)
        {
            foreach (var id in buildIds)
            {
                CheckBuildIdentifier(text, id);
            }
        }

        return new SemanticVersion(major, minor, patch, prerelease, buildIds);
    }

    private static BigInteger ParseNumber(string text, string part, string name)
    {
        if (part.Length == 0)
        {
            throw new VersionFormatException(text, $"the {name} number is empty");
        }

        if (!SemanticVersion.IsNumeric(part))
        {
            throw new VersionFormatException(text, $"the {name} number '{part}' is not a non-negative integer");
        }

        if (part.Length > 1 && part[0] == '0')
        {
            throw new VersionFormatException(text, $"the {name} number '{part}' has a leading zero");
        }

        return BigInteger.Parse(part, System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static void CheckPrereleaseIdentifier(string text, string id)
    {
        CheckCharacters(text, id, "prerelease");
        if (id.Length > 1 && id[0] == '0' && SemanticVersion.IsNumeric(id))
        {
            throw new VersionFormatException(text, $"the numeric prerelease identifier '{id}' has a leading zero");
        }
    }

    internal static void CheckBuildIdentifier(string text, string id) => CheckCharacters(text, id, "build metadata");

    private static void CheckCharacters(string text, string id, string what)
    {
        if (id.Length == 0)
        {
            throw new VersionFormatException(text, $"a {what} identifier is empty");
        }

        foreach (var ch in id)
        {
            if (!(char.IsAsciiLetterOrDigit(ch) || ch == '-'))
            {
                throw new VersionFormatException(text, $"the {what} identifier '{id}' has '{ch}'; only [0-9A-Za-z-] are allowed");
            }
        }
    }
}
