using Steward.Core.Forge;
using Steward.Core.Planning;
using Steward.Core.PullRequests;
using Steward.Forges;

namespace Steward.UseCases;

/// <summary>
/// What one <c>steward pr</c> did (or, in a dry run, would do): the release, the branch's commit and its push (the
/// plan), and the pull request with the forge calls.
/// </summary>
internal sealed record PullRequestResult(
    string Version,
    string Tag,
    string Base,
    string BaseBranch,
    string HeadBranch,
    string Commit,
    bool BranchUpToDate,
    ExecutionPlan Plan,
    PullRequestAction Action,
    ForgePullRequest? PullRequest,
    WantedPullRequest Wanted,
    IReadOnlyList<ForgeCall> Calls,
    bool DryRun)
{
    /// <summary>The forge, for its words: a merge request !N on GitLab.</summary>
    public ForgeKind Forge { get; init; }

    public bool Pushed { get; init; }

    public IReadOnlyList<string> Replayed { get; init; } = [];

    public bool Labelled { get; init; }

    public bool Dispatched { get; init; }
}
