using Steward.Core.Artifacts;

namespace Steward.Artifacts;

/// <summary>
/// Reads who is building from the command's environment: GitHub Actions variables when GITHUB_ACTIONS is "true".
/// Only the variables named here are read, so a token (GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN...) can never end up in
/// the provenance.
/// </summary>
internal static class BuildEnvironment
{
    public const string LocalBuilderId = "urn:steward:builder:local";

    public static BuildContext Read(Func<string, string?> variable)
    {
        if (variable("GITHUB_ACTIONS") != "true")
        {
            return new BuildContext(LocalBuilderId, null, null, []);
        }

        var server = WithoutUserInfo(variable("GITHUB_SERVER_URL") ?? "https://github.com").TrimEnd('/');
        var repository = variable("GITHUB_REPOSITORY");
        var workflowRef = variable("GITHUB_WORKFLOW_REF");
        var runId = variable("GITHUB_RUN_ID");
        var builderId = workflowRef is not null ? $"{server}/{workflowRef}" : $"{server}/{repository}/.github/workflows";
        var invocation = repository is not null && runId is not null
            ? $"{server}/{repository}/actions/runs/{runId}/attempts/{variable("GITHUB_RUN_ATTEMPT") ?? "1"}"
            : null;
        var parameters = new List<KeyValuePair<string, string>>();
        foreach (var (key, name) in new[]
        {
            ("github_event_name", "GITHUB_EVENT_NAME"),
            ("github_repository_id", "GITHUB_REPOSITORY_ID"),
            ("github_repository_owner_id", "GITHUB_REPOSITORY_OWNER_ID"),
            ("github_runner_environment", "RUNNER_ENVIRONMENT"),
        })
        {
            if (variable(name) is { Length: > 0 } value)
            {
                parameters.Add(KeyValuePair.Create(key, value));
            }
        }

        return new BuildContext(builderId, repository is null ? null : $"{server}/{repository}", invocation, parameters);
    }

    /// <summary>A URL with any <c>user:password@</c> removed: credentials never go into a release document.</summary>
    private static string WithoutUserInfo(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0
            ? uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.UserInfo, UriFormat.UriEscaped)
            : url;
}
