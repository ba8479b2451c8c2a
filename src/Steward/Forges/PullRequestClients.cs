using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Forges.Gitea;
using Steward.Forges.GitHub;
using Steward.Forges.GitLab;

namespace Steward.Forges;

/// <summary>The pull-request client of an open connection's forge: GitHub's pull requests, GitLab's merge requests, Gitea's (and Forgejo's) pull requests.</summary>
internal static class PullRequestClients
{
    /// <summary>
    /// Refuses, before any call or push, what the forge cannot do: <c>pr.dispatch</c> starts a GitHub Actions workflow
    /// (GitLab and Gitea start their CI for the push to the release branch themselves).
    /// </summary>
    public static void CheckSupported(ForgeLocation location, PullRequestConfig config)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(config);
        if (config.Dispatch is not null && location.Kind != ForgeKind.GitHub)
        {
            throw Messages.PullRequestDispatchGitHubOnly(location.Kind.ToString().ToLowerInvariant());
        }
    }

    public static IPullRequestClient For(ForgeConnection connection, ForgeLocation location) => location.Kind switch
    {
        ForgeKind.GitHub => new GitHubPullRequests(location, connection.Client.Http),
        ForgeKind.GitLab => new GitLabMergeRequests(location, connection.Client.Http),
        _ => new GiteaPullRequests(location, connection.Client.Http),
    };
}
