using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Steward.Core.Versioning;

/// <summary>
/// Parses any spelling PEP 440 accepts (case-insensitive, alternative pre/post spellings, separators,
/// implicit numbers, leading <c>v</c>, surrounding whitespace) into the normalized version.
/// </summary>
internal static partial class Pep440Parser
{
    public static Pep440Version Parse(string text) =>
        TryParse(text) ?? throw new VersionFormatException(text, Explain(text.Trim()));

    /// <summary>The version, or null when <paramref name="text"/> is not PEP 440 (found without exceptions).</summary>
    public static Pep440Version? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var epoch = match.Groups["epoch"].Success ? Number(match.Groups["epoch"].Value) : BigInteger.Zero;
        var release = match.Groups["release"].Value.Split('.').Select(Number).ToArray();

        (Pep440PreLabel, BigInteger)? pre = null;
        if (match.Groups["pre_l"].Success)
        {
            pre = (PreLabel(match.Groups["pre_l"].Value), OptionalNumber(match.Groups["pre_n"]));
        }

        BigInteger? post = null;
        if (match.Groups["post_n1"].Success)
        {
            post = Number(match.Groups["post_n1"].Value);
        }
        else if (match.Groups["post_l"].Success)
        {
            post = OptionalNumber(match.Groups["post_n2"]);
        }

        BigInteger? dev = match.Groups["dev_l"].Success ? OptionalNumber(match.Groups["dev_n"]) : null;

        string[]? local = null;
        if (match.Groups["local"].Success)
        {
            local = match.Groups["local"].Value.ToLowerInvariant()
                .Split('.', '-', '_')
                .Select(s => SemanticVersion.IsNumeric(s) ? Number(s).ToString(CultureInfo.InvariantCulture) : s)
                .ToArray();
        }

        return new Pep440Version(epoch, release, pre, post, dev, local);
    }

    private static Pep440PreLabel PreLabel(string spelled) => spelled.ToLowerInvariant() switch
    {
        "a" or "alpha" => Pep440PreLabel.Alpha,
        "b" or "beta" => Pep440PreLabel.Beta,
        _ => Pep440PreLabel.ReleaseCandidate, // rc, c, pre, preview
    };

    private static BigInteger OptionalNumber(Group group) =>
        group.Success && group.Value.Length > 0 ? Number(group.Value) : BigInteger.Zero;

    private static BigInteger Number(string digits) => BigInteger.Parse(digits, CultureInfo.InvariantCulture);

    private static string Explain(string s)
    {
        if (s.Length == 0)
        {
            return "it is empty";
        }

        var plus = s.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0 && !LocalPattern().IsMatch(s[(plus + 1)..]))
        {
            return "the local version after '+' must be letters and digits separated by '.', '-' or '_'";
        }

        var body = s.TrimStart('v', 'V');
        return body.Length > 0 && char.IsAsciiDigit(body[0])
            ? "PEP 440 allows only [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local] (with the spec's alternative spellings)"
            : "a PEP 440 version starts with a release number (an optional 'v' and 'N!' epoch may precede it)";
    }

    [GeneratedRegex(@"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LocalPattern();

    // The grammar of PEP 440's appendix, with named groups for each part.
    [GeneratedRegex(
        """
        ^\s*v?
        (?:(?<epoch>[0-9]+)!)?
        (?<release>[0-9]+(?:\.[0-9]+)*)
        (?:[-_.]?(?<pre_l>alpha|beta|preview|pre|rc|a|b|c)[-_.]?(?<pre_n>[0-9]+)?)?
        (?:-(?<post_n1>[0-9]+)|[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?)?
        (?:[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?
        (?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?
        \s*$
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
