using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Forges.GitHub;

namespace Steward.Forges;

/// <summary>The pull-request client of an open connection's forge (GitHub for now; GitLab and Gitea are to come).</summary>
internal static class PullRequestClients
{
    public static IPullRequestClient For(ForgeConnection connection, ForgeLocation location) => location.Kind switch
    {
        ForgeKind.GitHub => new GitHubPullRequests(location, connection.Client.Http),
        _ => throw Messages.PullRequestForgeNotSupported(location.Kind.ToString().ToLowerInvariant()),
    };
}
