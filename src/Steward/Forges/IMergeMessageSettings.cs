namespace Steward.Forges;

/// <summary>
/// A repository's squash and merge commit message settings, as <c>forge doctor</c> reads and <c>--fix</c> sets them:
/// whether the forge writes the pull request's description into the commit, where release notes in it are read offline.
/// </summary>
internal interface IMergeMessageSettings
{
    /// <summary>The settings as the forge reports them, in its own words (e.g. <c>squash: COMMIT_MESSAGES</c>), and whether both carry the description.</summary>
    Task<(bool CarriesDescription, string Current)> ReadAsync(CancellationToken cancellation);

    /// <summary>Sets both to carry the pull request's title and description.</summary>
    Task SetAsync(CancellationToken cancellation);

    /// <summary>The call <see cref="SetAsync"/> makes (<c>--dry-run</c>).</summary>
    ForgeCall PlannedSet();
}
