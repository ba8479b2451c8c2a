using System.Globalization;
using System.Text.RegularExpressions;

namespace Steward.Core.Changelog.Links;

/// <summary>
/// A git remote URL taken apart into host and project path, from the forms git accepts: <c>https://host/path.git</c>,
/// <c>ssh://git@host:port/path</c> and scp-like <c>git@host:path</c>. Any user name or password in the URL is dropped
/// here, so a token can never reach a link or the output. An http(s) remote keeps its scheme and port, which a
/// self-hosted forge's web pages share (<c>https://git.example.com:8443/...</c>); an ssh port is not the web's.
/// </summary>
public sealed partial record RemoteUrl(string Host, string Path, string Scheme = "https", int? Port = null)
{
    /// <summary>The remote's project as a web address, <c>https://host/path</c>, without credentials or <c>.git</c>.</summary>
    public string WebUrl => Port is null ? $"{Scheme}://{Host}/{Path}" : string.Create(CultureInfo.InvariantCulture, $"{Scheme}://{Host}:{Port}/{Path}");

    public static RemoteUrl? Parse(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        if (url.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || uri.Scheme is "file")
            {
                return null;
            }

            var parsed = Create(uri.Host, uri.AbsolutePath);
            return parsed is not null && uri.Scheme is "http" or "https"
                ? parsed with { Scheme = uri.Scheme, Port = uri.IsDefaultPort ? null : uri.Port }
                : parsed;
        }

        // scp-like syntax: [user@]host:path (a local path such as ../repo or C:\repo is not a remote host).
        var scp = ScpLike().Match(url);
        return scp.Success ? Create(scp.Groups["host"].Value, scp.Groups["path"].Value) : null;
    }

    /// <summary>The URL with any user name and password removed, for showing to people.</summary>
    public static string Redact(string url)
    {
        if (url.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0)
        {
            return new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.ToString();
        }

        return url;
    }

    private static RemoteUrl? Create(string host, string path)
    {
        path = Uri.UnescapeDataString(path).Trim('/');
        if (path.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^4];
        }

        return path.Length == 0 ? null : new RemoteUrl(host.ToLowerInvariant(), path);
    }

    [GeneratedRegex(@"^(?:[^@/:]+@)?(?<host>[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z0-9.-]+|[A-Za-z0-9-]{2,}):(?<path>[^\\].*)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ScpLike();
}
