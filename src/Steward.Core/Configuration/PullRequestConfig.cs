namespace Steward.Core.Configuration;

/// <summary>How <c>steward pr</c> opens and updates the release pull request (docs/pr.md).</summary>
public sealed class PullRequestConfig
{
    /// <summary>The head branch of the release pull request; <c>{branch}</c> is the base branch.</summary>
    public string Branch { get; set; } = "steward/release/{branch}";

    /// <summary>The pull request's title; <c>{branch}</c>, <c>{version}</c> and <c>{tag}</c> are filled in.</summary>
    public string Title { get; set; } = "chore({branch}): release {version}";

    /// <summary>
    /// In a monorepo, how many release pull requests: <c>none</c> (the default: one for every releasing component) or
    /// <c>component</c> (one per release unit: a fixed or linked group, or a component in no group). Null is the default.
    /// </summary>
    public string? Split { get; set; }

    public PullRequestLabelsConfig Labels { get; set; } = new();

    /// <summary>
    /// A workflow (file name or id) started with workflow_dispatch on the release branch after each update: a pull
    /// request made with GitHub's GITHUB_TOKEN starts no workflow of its own. Null: none.
    /// </summary>
    public string? Dispatch { get; set; }
}
