using Steward.Core.Forge;

namespace Steward.Forges;

/// <summary>The forge's commit statuses and check runs of one commit: what the required checks wait for.</summary>
internal interface ICommitChecks
{
    /// <summary>Every status and check run reported for <paramref name="sha"/> (the latest of each), every page of them.</summary>
    Task<IReadOnlyList<CommitCheck>> ReadAsync(string sha, CancellationToken cancellation);
}
