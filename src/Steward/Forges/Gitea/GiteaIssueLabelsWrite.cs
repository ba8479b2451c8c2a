namespace Steward.Forges.Gitea;

/// <summary>The body of add-labels-to-an-issue (a pull request is an issue): the labels' ids.</summary>
internal sealed record GiteaIssueLabelsWrite
{
    public List<long> Labels { get; init; } = [];
}
