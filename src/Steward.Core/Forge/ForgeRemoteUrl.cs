namespace Steward.Core.Forge;

/// <summary>
/// A remote's URL read as a forge address: its host and the repository path. Reads the three forms git accepts for a
/// forge: <c>https://HOST/OWNER/NAME(.git)</c>, <c>ssh://USER@HOST[:PORT]/OWNER/NAME(.git)</c> and the scp form
/// <c>USER@HOST:OWNER/NAME(.git)</c>. User names and passwords in an https URL are dropped, never kept.
/// </summary>
public sealed record ForgeRemoteUrl(string Host, string RepositoryPath)
{
    /// <summary>The forge address of <paramref name="address"/>, or null when it is none (a local path, a file URL).</summary>
    public static ForgeRemoteUrl? TryParse(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var url = address.Trim();
        string host;
        string path;
        if (url.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http" or "ssh" or "git" or "git+ssh") || uri.Host.Length == 0)
            {
                return null;
            }

            // The port of an https URL belongs to the web host (and so the API); an ssh port does not.
            host = uri.Scheme is "https" or "http" && !uri.IsDefaultPort ? $"{uri.Host}:{uri.Port}" : uri.Host;
            path = Uri.UnescapeDataString(uri.AbsolutePath);
        }
        else
        {
            // scp form: [user@]host:path, where the host part holds no slash (else it is a local path).
            var colon = url.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || url.AsSpan(0, colon).Contains('/') || url.StartsWith('/'))
            {
                return null;
            }

            var at = url.LastIndexOf('@', colon);
            host = url[(at + 1)..colon];
            path = url[(colon + 1)..];
        }

        path = path.Trim('/');
        if (path.EndsWith(".git", StringComparison.Ordinal))
        {
            path = path[..^4];
        }

        return host.Length == 0 || !RepositoryName.IsValid(path) ? null : new ForgeRemoteUrl(host.ToLowerInvariant(), path);
    }

    /// <summary>The host without a port.</summary>
    public string HostName => Host.Split(':')[0];
}
