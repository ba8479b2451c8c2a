using System.Text;

namespace Steward.Core.Artifacts.LockFiles;

/// <summary>
/// Builds package URLs (purl, github.com/package-url/purl-spec): <c>pkg:type/namespace/name@version?qualifiers</c>,
/// each part percent-encoded, with the per-type name rules the SBOM needs (PyPI names normalized, npm scopes).
/// </summary>
public static class PackageUrl
{
    public static string Create(string type, string? ns, string name, string version, IReadOnlyList<KeyValuePair<string, string>>? qualifiers = null)
    {
        var purl = new StringBuilder("pkg:").Append(type).Append('/');
        if (!string.IsNullOrEmpty(ns))
        {
            purl.AppendJoin('/', ns.Split('/').Select(Encode)).Append('/');
        }

        purl.Append(Encode(name)).Append('@').Append(Encode(version));
        if (qualifiers is { Count: > 0 })
        {
            purl.Append('?').AppendJoin('&', qualifiers.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $"{q.Key}={Encode(q.Value)}"));
        }

        return purl.ToString();
    }

    public static string Npm(string name, string version)
    {
        var slash = name.StartsWith('@') ? name.IndexOf('/', StringComparison.Ordinal) : -1;
        return slash > 0 ? Create("npm", name[..slash], name[(slash + 1)..], version) : Create("npm", null, name, version);
    }

    /// <summary>PyPI names compare lower-cased with runs of '-', '_' and '.' as one '-' (PEP 503); purl uses that form.</summary>
    public static string NormalizePyPiName(string name)
    {
        var normalized = new StringBuilder();
        var lastWasSeparator = false;
        foreach (var c in name.ToLowerInvariant())
        {
            var separator = c is '-' or '_' or '.';
            if (!separator || !lastWasSeparator)
            {
                normalized.Append(separator ? '-' : c);
            }

            lastWasSeparator = separator;
        }

        return normalized.ToString();
    }

    public static string PyPi(string name, string version) => Create("pypi", null, NormalizePyPiName(name), version);

    public static string Golang(string module, string version)
    {
        var slash = module.LastIndexOf('/');
        return slash > 0 ? Create("golang", module[..slash], module[(slash + 1)..], version) : Create("golang", null, module, version);
    }

    /// <summary>Percent-encodes everything but the unreserved characters of RFC 3986.</summary>
    private static string Encode(string part)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(part))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '~')
            {
                encoded.Append(c);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
