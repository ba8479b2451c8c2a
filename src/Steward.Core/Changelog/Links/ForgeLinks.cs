using System.Globalization;
using System.Text.RegularExpressions;
using Steward.Core.Configuration;
using Steward.Core.Errors;

namespace Steward.Core.Changelog.Links;

/// <summary>
/// The links of one project on one forge: commits, compare ranges, pull requests and issues, and user profiles where
/// the forge has them. Built from the remote URL (the forge told from its host name) or from configuration for a
/// self-hosted instance; null when the forge is unknown, so that a changelog then simply has no links.
/// </summary>
public sealed partial class ForgeLinks
{
    private ForgeLinks(ForgeKind kind, Uri baseUrl)
    {
        Kind = kind;
        BaseUrl = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        Origin = baseUrl.GetLeftPart(UriPartial.Authority);
        Host = baseUrl.Host;
    }

    public ForgeKind Kind { get; }

    /// <summary>The project's web address, without a trailing slash.</summary>
    public string BaseUrl { get; }

    private string Origin { get; }

    private string Host { get; }

    /// <summary>
    /// The links for a remote URL and the <c>changelog.links</c> settings; null when there is no remote, the forge is
    /// unknown, or links are turned off with <c>host: none</c>.
    /// </summary>
    public static ForgeLinks? Resolve(string? remoteUrl, ChangelogLinksConfig config)
    {
        ForgeKind? configured = config.Host is null ? null : ParseKind(config.Host);
        if (config.Host is not null && configured is null)
        {
            return null;
        }

        if (config.BaseUrl is not null)
        {
            if (!Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            {
                throw Messages.LinksBaseUrlNotHttp(RemoteUrl.Redact(config.BaseUrl));
            }

            var strippedBase = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri;
            var kind = configured ?? Detect(strippedBase.Host);
            return kind is null ? null : new ForgeLinks(kind.Value, strippedBase);
        }

        var remote = RemoteUrl.Parse(remoteUrl);
        if (remote is null)
        {
            return null;
        }

        var detected = configured ?? Detect(remote.Host);
        return detected is null ? null : new ForgeLinks(detected.Value, new Uri(WebAddress(detected.Value, remote)));
    }

    /// <summary>The forge kind for a configured name; null for <c>none</c>. An unknown name is an error.</summary>
    public static ForgeKind? ParseKind(string name) => name.Trim().ToLowerInvariant() switch
    {
        "github" => ForgeKind.GitHub,
        "gitlab" => ForgeKind.GitLab,
        "bitbucket" => ForgeKind.Bitbucket,
        "gitea" or "forgejo" => ForgeKind.Gitea,
        "azure" or "azuredevops" or "azure-devops" => ForgeKind.AzureDevOps,
        "none" => null,
        _ => throw Messages.LinksHostUnknown(name),
    };

    public string CommitUrl(string sha) => Kind switch
    {
        ForgeKind.GitLab => $"{BaseUrl}/-/commit/{sha}",
        ForgeKind.Bitbucket => $"{BaseUrl}/commits/{sha}",
        _ => $"{BaseUrl}/commit/{sha}",
    };

    /// <summary>The page comparing two tags (or refs): what changed from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public string CompareUrl(string from, string to) => Kind switch
    {
        ForgeKind.GitLab => $"{BaseUrl}/-/compare/{Escape(from)}...{Escape(to)}",
        ForgeKind.Bitbucket => $"{BaseUrl}/branches/compare/{Escape(to)}%0D{Escape(from)}",
        ForgeKind.AzureDevOps => $"{BaseUrl}/branchCompare?baseVersion=GT{Escape(from)}&targetVersion=GT{Escape(to)}",
        _ => $"{BaseUrl}/compare/{Escape(from)}...{Escape(to)}",
    };

    /// <summary>The page of a tag, for a first release that has nothing to compare with.</summary>
    public string TagUrl(string tag) => Kind switch
    {
        ForgeKind.GitLab => $"{BaseUrl}/-/tags/{Escape(tag)}",
        ForgeKind.Bitbucket => $"{BaseUrl}/src/{Escape(tag)}",
        ForgeKind.AzureDevOps => $"{BaseUrl}?version=GT{Escape(tag)}",
        ForgeKind.Gitea => $"{BaseUrl}/src/tag/{Escape(tag)}",
        _ => $"{BaseUrl}/tree/{Escape(tag)}",
    };

    public string PullRequestUrl(string number) => Kind switch
    {
        ForgeKind.GitLab => $"{BaseUrl}/-/merge_requests/{number}",
        ForgeKind.Bitbucket => $"{BaseUrl}/pull-requests/{number}",
        ForgeKind.AzureDevOps => $"{BaseUrl}/pullrequest/{number}",
        ForgeKind.Gitea => $"{BaseUrl}/pulls/{number}",
        _ => $"{BaseUrl}/pull/{number}",
    };

    /// <summary>An issue; on Azure DevOps <c>#123</c> is a work item of the project.</summary>
    public string IssueUrl(string number) => Kind switch
    {
        ForgeKind.GitLab => $"{BaseUrl}/-/issues/{number}",
        ForgeKind.AzureDevOps => $"{ProjectOf(BaseUrl)}/_workitems/edit/{number}",
        _ => $"{BaseUrl}/issues/{number}",
    };

    /// <summary>A user's profile page; null on forges whose user pages are not addressed by handle (Bitbucket, Azure DevOps).</summary>
    public string? UserUrl(string handle) => Kind switch
    {
        // GitHub Apps (dependabot[bot]) have their page under /apps/.
        ForgeKind.GitHub when handle.EndsWith("[bot]", StringComparison.Ordinal) => $"{Origin}/apps/{Uri.EscapeDataString(handle[..^5])}",
        ForgeKind.GitHub or ForgeKind.GitLab or ForgeKind.Gitea => $"{Origin}/{Uri.EscapeDataString(handle)}",
        _ => null,
    };

    /// <summary>
    /// The forge handle that an email reveals: the "noreply" addresses GitHub, GitLab and Gitea/Forgejo give their
    /// users. Other emails reveal none, so no handle is guessed from them.
    /// </summary>
    public string? HandleFromEmail(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0)
        {
            return null;
        }

        var local = email[..at];
        var domain = email[(at + 1)..].ToLowerInvariant();
        var handle = Kind switch
        {
            ForgeKind.GitHub when domain == "users.noreply.github.com" || domain == $"users.noreply.{Host}" => AfterSeparator(local, '+'),
            ForgeKind.GitLab when domain == "users.noreply.gitlab.com" || domain == $"users.noreply.{Host}" => AfterSeparator(local, '-'),
            ForgeKind.Gitea when domain == $"noreply.{Host}" => local,
            _ => null,
        };

        // Anyone can commit with any email, and a handle is written into Markdown unescaped ("[@user](url)"): only
        // what a forge allows in a user name may become one, so "x](https://evil)|" stays a plain, escaped name.
        return handle is not null && Handle().IsMatch(handle) ? handle : null;
    }

    /// <summary>Whether <paramref name="host"/> is one of the forges Steward knows by name.</summary>
    public static ForgeKind? Detect(string host)
    {
        host = host.ToLowerInvariant();
        if (host is "github.com" or "ssh.github.com" || host.StartsWith("github.", StringComparison.Ordinal))
        {
            return ForgeKind.GitHub;
        }

        if (host is "gitlab.com" or "altssh.gitlab.com" || host.StartsWith("gitlab.", StringComparison.Ordinal))
        {
            return ForgeKind.GitLab;
        }

        if (host is "bitbucket.org" or "altssh.bitbucket.org")
        {
            return ForgeKind.Bitbucket;
        }

        if (host is "codeberg.org" or "gitea.com" || host.StartsWith("gitea.", StringComparison.Ordinal) || host.StartsWith("forgejo.", StringComparison.Ordinal))
        {
            return ForgeKind.Gitea;
        }

        if (host is "dev.azure.com" or "ssh.dev.azure.com" || host.EndsWith(".visualstudio.com", StringComparison.Ordinal))
        {
            return ForgeKind.AzureDevOps;
        }

        return null;
    }

    private static string WebAddress(ForgeKind kind, RemoteUrl remote)
    {
        var host = remote.Host switch
        {
            "ssh.github.com" => "github.com",
            "altssh.gitlab.com" => "gitlab.com",
            "altssh.bitbucket.org" => "bitbucket.org",
            _ => remote.Host,
        };
        if (kind == ForgeKind.AzureDevOps)
        {
            var parts = remote.Path.Split('/');

            // ssh: v3/org/project/repo on ssh.dev.azure.com, or on vs-ssh.visualstudio.com for the old host names.
            if (parts.Length == 4 && parts[0] == "v3")
            {
                return host == "ssh.dev.azure.com"
                    ? $"https://dev.azure.com/{parts[1]}/{parts[2]}/_git/{parts[3]}"
                    : string.Create(CultureInfo.InvariantCulture, $"https://{parts[1]}.visualstudio.com/{parts[2]}/_git/{parts[3]}");
            }
        }

        return host == remote.Host ? remote.WebUrl : $"https://{host}/{remote.Path}";
    }

    private static string ProjectOf(string baseUrl)
    {
        var index = baseUrl.IndexOf("/_git/", StringComparison.Ordinal);
        return index < 0 ? baseUrl : baseUrl[..index];
    }

    private static string AfterSeparator(string local, char separator)
    {
        var index = local.IndexOf(separator, StringComparison.Ordinal);
        return index >= 0 && local[..index].All(char.IsAsciiDigit) ? local[(index + 1)..] : local;
    }

    /// <summary>User names as GitHub, GitLab and Gitea allow them, and GitHub Apps' <c>name[bot]</c>.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,254})(?:\[bot\])?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Handle();

    private static string Escape(string reference) => Uri.EscapeDataString(reference).Replace("%2F", "/", StringComparison.Ordinal);
}
