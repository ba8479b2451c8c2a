using System.Text.RegularExpressions;

namespace Steward.Core.Text;

/// <summary>
/// Takes secrets out of any text before it is shown: each value given (forge tokens, webhook URLs, which embed
/// tokens, signing secrets), the path, query and user part of each URL given, and any string shaped like a forge
/// token (GitHub's <c>ghp_</c>, <c>gho_</c>, <c>ghu_</c>, <c>ghs_</c>, <c>ghr_</c>, <c>github_pat_</c>; GitLab's
/// <c>glpat-</c> and its other prefixed tokens), wherever it came from, all become <c>***</c>.
/// </summary>
public sealed partial class SecretRedactor
{
    public const string Mask = "***";

    // Longest first, so that a URL is masked whole before its path is; kept in that order as they are added, not
    // sorted again for each of the thousands of lines a verb may print.
    private readonly List<string> secrets = [];

    public SecretRedactor(IEnumerable<string>? secrets = null)
    {
        foreach (var secret in secrets ?? [])
        {
            Add(secret);
        }
    }

    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < 4)
        {
            return;
        }

        Insert(secret);
        if (Uri.TryCreate(secret, UriKind.Absolute, out var uri) && uri.PathAndQuery.Length > 1)
        {
            Insert(uri.PathAndQuery);
            if (uri.UserInfo.Length > 0)
            {
                Insert(uri.UserInfo);
            }
        }
    }

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Longest first (the list is kept in that order): a URL is masked whole before its path is.
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        // Every line Steward prints passes here, and most cannot hold a token's shape: the regular expression is built
        // (at a cost to every start of the native build) only for text with a line that could.
        return MayHoldTokenShape(text) ? TokenShape().Replace(text, Mask) : text;
    }

    /// <summary>
    /// Whether <see cref="Redact"/> would change <paramref name="text"/>, asked of a span: a writer passes text with
    /// nothing to take out (nearly all of it) on as it is, without making a string of it.
    /// </summary>
    public bool Finds(ReadOnlySpan<char> text)
    {
        foreach (var secret in secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return MayHoldTokenShape(text) && TokenShape().IsMatch(text);
    }

    /// <summary>
    /// Whether a line of <paramref name="text"/> could match <see cref="TokenShape"/> at all: a match is at least 24
    /// characters (<c>ghp_</c> and 20 more) within one line and starts with <c>gh</c>, <c>github_pat_</c> or <c>gl</c>.
    /// </summary>
    private static bool MayHoldTokenShape(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var end = text.IndexOf('\n');
            var line = end < 0 ? text : text[..end];
            if (line.Length >= 24
                && (line.Contains("gh", StringComparison.Ordinal)
                    || line.Contains("gl", StringComparison.Ordinal)
                    || line.Contains("github_pat_", StringComparison.Ordinal)))
            {
                return true;
            }

            text = end < 0 ? [] : text[(end + 1)..];
        }

        return false;
    }

    /// <summary>Keeps <see cref="secrets"/> longest first, and in the order added among equal lengths.</summary>
    private void Insert(string secret)
    {
        var at = secrets.FindIndex(s => s.Length < secret.Length);
        secrets.Insert(at < 0 ? secrets.Count : at, secret);
    }

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|gl(?:pat|oas|dt|rt|cbt|ptt|ft|imt|agent|soat)-[A-Za-z0-9_\-]{20,})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TokenShape();
}
