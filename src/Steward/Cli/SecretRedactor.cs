using System.Text.RegularExpressions;

namespace Steward.Cli;

/// <summary>
/// Takes secrets out of text before it is written: the values of the token variables Steward reads (exactly), and
/// any string shaped like a forge token (GitHub's <c>ghp_</c>, <c>gho_</c>, <c>ghu_</c>, <c>ghs_</c>, <c>ghr_</c>,
/// <c>github_pat_</c>; GitLab's <c>glpat-</c> and its other prefixed tokens), wherever it came from.
/// </summary>
internal static partial class SecretRedactor
{
    public const string Mask = "***";

    public static string Redact(string text, IReadOnlyList<string> secrets)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return TokenShape().Replace(text, Mask);
    }

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|gl(?:pat|oas|dt|rt|cbt|ptt|ft|imt|agent|soat)-[A-Za-z0-9_\-]{20,})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TokenShape();
}
