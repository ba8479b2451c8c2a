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

        secrets.Add(secret);
        if (Uri.TryCreate(secret, UriKind.Absolute, out var uri) && uri.PathAndQuery.Length > 1)
        {
            secrets.Add(uri.PathAndQuery);
            if (uri.UserInfo.Length > 0)
            {
                secrets.Add(uri.UserInfo);
            }
        }
    }

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Longest first: a URL is masked whole before its path is.
        foreach (var secret in secrets.OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return TokenShape().Replace(text, Mask);
    }

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|gl(?:pat|oas|dt|rt|cbt|ptt|ft|imt|agent|soat)-[A-Za-z0-9_\-]{20,})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TokenShape();
}
