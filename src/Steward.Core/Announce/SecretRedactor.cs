namespace Steward.Core.Announce;

/// <summary>
/// Takes secrets (webhook URLs, which embed tokens, signing secrets, access tokens) out of any text before it is
/// shown: each value, and the path and query of each URL, become <c>***</c>.
/// </summary>
public sealed class SecretRedactor
{
    private const string Mask = "***";

    private readonly List<string> secrets = [];

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

        return text;
    }
}
