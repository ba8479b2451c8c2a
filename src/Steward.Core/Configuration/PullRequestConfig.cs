namespace Steward.Core.Configuration;

/// <summary>How <c>steward pr</c> opens and updates the release pull request (docs/pr.md).</summary>
public sealed class PullRequestConfig
{
    /// <summary>The head branch of the release pull request; <c>{branch}</c> is the base branch.</summary>
    public string Branch { get; set; } = "steward/release/{branch}";

    /// <summary>The pull request's title; <c>{branch}</c>, <c>{version}</c> and <c>{tag}</c> are filled in.</summary>
    public string Title { get; set; } = "chore({branch}): release {version}";

    public PullRequestLabelsConfig Labels { get; set; } = new();

    /// <summary>
    /// A workflow (file name or id) started with workflow_dispatch on the release branch after each update: a pull
    /// request made with GitHub's GITHUB_TOKEN starts no workflow of its own. Null: none.
    /// </summary>
    public string? Dispatch { get; set; }
}
