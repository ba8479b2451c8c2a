using Steward.Core.Forge;
using Steward.Forges.Gitea;
using Steward.Forges.GitHub;
using Steward.Forges.GitLab;

namespace Steward.Forges;

/// <summary>The label client of an open connection's forge.</summary>
internal static class RepositoryLabelsClients
{
    public static IRepositoryLabels For(ForgeConnection connection, ForgeLocation location) => location.Kind switch
    {
        ForgeKind.GitHub => new GitHubLabels(location, connection.Client.Http),
        ForgeKind.GitLab => new GitLabLabels(location, connection.Client.Http),
        _ => new GiteaLabels(location, connection.Client.Http),
    };
}
