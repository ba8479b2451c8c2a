namespace Steward.Forges;

/// <summary>
/// The repository's (project's) labels, read and created: what <c>forge doctor --fix</c> makes before the release pull
/// request and the blocker check use them. A label is made with a neutral colour and a description saying what it is for.
/// </summary>
internal interface IRepositoryLabels
{
    /// <summary>The name of every label of the repository, every page of them.</summary>
    Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellation);

    Task CreateAsync(string name, string description, CancellationToken cancellation);

    /// <summary>The call <see cref="CreateAsync"/> makes (--dry-run).</summary>
    ForgeCall PlannedCreate();
}
