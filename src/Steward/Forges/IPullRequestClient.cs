using Steward.Core.PullRequests;

namespace Steward.Forges;

/// <summary>
/// One forge's pull-request API, in the forge-neutral terms of <c>Steward.Core.PullRequests</c>: the pull requests
/// of a head branch, create and update one, its labels, and starting a workflow. Separate from
/// <see cref="IForgeClient"/> (releases) so that a forge can have one without the other.
/// </summary>
internal interface IPullRequestClient
{
    string Name { get; }

    ForgeHttp Http { get; }

    /// <summary>Every pull request (open, closed, merged) whose head is <paramref name="head"/> in the repository itself.</summary>
    Task<IReadOnlyList<ForgePullRequest>> FindByHeadAsync(string head, CancellationToken cancellation);

    Task<ForgePullRequest> CreateAsync(WantedPullRequest wanted, CancellationToken cancellation);

    Task<ForgePullRequest> UpdateAsync(ForgePullRequest existing, WantedPullRequest wanted, CancellationToken cancellation);

    /// <summary>Adds labels (the forge makes a label it does not know yet).</summary>
    Task AddLabelsAsync(ForgePullRequest pull, IReadOnlyList<string> labels, CancellationToken cancellation);

    /// <summary>Takes a label off; one that is not there is what was wanted.</summary>
    Task RemoveLabelAsync(ForgePullRequest pull, string label, CancellationToken cancellation);

    /// <summary>Starts <paramref name="workflow"/> on <paramref name="branch"/> (GitHub: workflow_dispatch).</summary>
    Task DispatchAsync(string workflow, string branch, CancellationToken cancellation);

    /// <summary>The call a write would make (--dry-run): create (null) or update of <paramref name="existing"/>.</summary>
    ForgeCall PlannedWrite(ForgePullRequest? existing);

    ForgeCall PlannedLabels(ForgePullRequest? existing);

    ForgeCall PlannedDispatch(string workflow);
}
