using Steward.Core.Forge;
using Steward.Forges.Gitea;
using Steward.Forges.GitHub;
using Steward.Forges.GitLab;

namespace Steward.Forges;

/// <summary>An open connection to one forge: the HTTP client (with the token in its headers) and the forge's API client.</summary>
internal sealed class ForgeConnection : IDisposable
{
    private readonly HttpClient http;

    private ForgeConnection(HttpClient http, IForgeClient client)
    {
        this.http = http;
        Client = client;
    }

    public IForgeClient Client { get; }

    public static ForgeConnection Open(ForgeLocation location, ForgeToken token, ForgeHttpSettings settings, string userAgent)
    {
        // Timeouts are per call (ForgeHttpSettings), not the client's one timeout for everything.
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            var forgeHttp = new ForgeHttp(http, settings);
            IForgeClient client;
            switch (location.Kind)
            {
                case ForgeKind.GitHub:
                    GitHubClient.Configure(http, token, userAgent);
                    client = new GitHubClient(location, forgeHttp);
                    break;
                case ForgeKind.GitLab:
                    GitLabClient.Configure(http, token, userAgent);
                    client = new GitLabClient(location, forgeHttp, token);
                    break;
                default:
                    GiteaClient.Configure(http, token, userAgent);
                    client = new GiteaClient(location, forgeHttp);
                    break;
            }

            return new ForgeConnection(http, client);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>The largest asset the forge takes by default, known before any connection (a plan checks its assets).</summary>
    public static long MaxAssetSize(ForgeKind kind) => kind switch
    {
        ForgeKind.GitHub => GitHubClient.AssetLimit,
        ForgeKind.GitLab => GitLabClient.AssetLimit,
        _ => GiteaClient.AssetLimit,
    };

    public void Dispose() => http.Dispose();
}
