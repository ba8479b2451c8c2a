using Steward.Core.Configuration;
using Steward.Core.Errors;

namespace Steward.Core.Forge;

/// <summary>
/// Decides where to publish from <c>forge:</c> in steward.yml and the release remote's URL: each key that is set wins,
/// each one that is not comes from the URL (host: type and API; path: repository). Errors name the key to set.
/// </summary>
public static class ForgeLocationResolver
{
    public static ForgeLocation Resolve(ForgeConfig config, string remote, string? remoteAddress)
    {
        var parsed = ForgeRemoteUrl.TryParse(remoteAddress);
        ForgeKind? kind = config.Type is null ? null : ParseKind(config.Type);
        Uri? api = config.Api is null ? null : ParseApi(config.Api);
        var host = api is not null ? Authority(api) : parsed?.Host;
        kind ??= host is null
            ? throw Messages.ForgeTypeUnknown(remote, null)
            : KindOfHost(host) ?? throw Messages.ForgeTypeUnknown(remote, host);
        api ??= host is null ? throw Messages.ForgeApiUnknown(remote) : DefaultApi(kind.Value, host);

        string repository;
        if (config.Repository is not null)
        {
            repository = config.Repository.Trim('/');
            if (!RepositoryName.IsValid(repository, allowSubgroups: kind == ForgeKind.GitLab))
            {
                throw Messages.ForgeRepositoryInvalid(config.Repository, kind == ForgeKind.GitLab);
            }
        }
        else
        {
            repository = parsed?.RepositoryPath ?? throw Messages.ForgeRepositoryUnknown(remote);
            if (!RepositoryName.IsValid(repository, allowSubgroups: kind == ForgeKind.GitLab))
            {
                throw Messages.ForgeRepositoryInvalid(repository, kind == ForgeKind.GitLab);
            }
        }

        return new ForgeLocation(kind.Value, api, repository);
    }

    public static ForgeKind ParseKind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "github" => ForgeKind.GitHub,
        "gitlab" => ForgeKind.GitLab,
        "gitea" or "forgejo" or "codeberg" => ForgeKind.Gitea,
        _ => throw Messages.ForgeTypeInvalid(text),
    };

    /// <summary>The public API of the well-known hosts, and a guess from the host's name for self-hosted ones.</summary>
    public static ForgeKind? KindOfHost(string host)
    {
        var name = host.Split(':')[0].ToLowerInvariant();
        return name switch
        {
            "github.com" or "api.github.com" => ForgeKind.GitHub,
            "gitlab.com" => ForgeKind.GitLab,
            "codeberg.org" => ForgeKind.Gitea,
            _ when name.Contains("gitlab", StringComparison.Ordinal) => ForgeKind.GitLab,
            _ when name.Contains("gitea", StringComparison.Ordinal) || name.Contains("forgejo", StringComparison.Ordinal) => ForgeKind.Gitea,
            _ when name.Contains("github", StringComparison.Ordinal) => ForgeKind.GitHub,
            _ => null,
        };
    }

    /// <summary>github.com's API is api.github.com; GitHub Enterprise Server's is /api/v3 on its host; GitLab's /api/v4; Gitea's /api/v1.</summary>
    public static Uri DefaultApi(ForgeKind kind, string host) => kind switch
    {
        ForgeKind.GitHub when host is "github.com" or "api.github.com" => new Uri("https://api.github.com"),
        ForgeKind.GitHub => new Uri($"https://{host}/api/v3"),
        ForgeKind.GitLab => new Uri($"https://{host}/api/v4"),
        _ => new Uri($"https://{host}/api/v1"),
    };

    private static Uri ParseApi(string text)
    {
        if (!Uri.TryCreate(text.Trim().TrimEnd('/'), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || uri.Host.Length == 0 || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw Messages.ForgeApiInvalid(text);
        }

        return uri;
    }

    private static string Authority(Uri uri) => uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
}
