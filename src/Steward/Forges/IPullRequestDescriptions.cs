namespace Steward.Forges;

/// <summary>
/// Reads one pull request's description (a GitLab merge request's) by its number: one request, no paging. Used by
/// <c>--pr-notes api</c>; shares the connection's <see cref="ForgeHttp"/> (retries, rate limits, the call log).
/// </summary>
internal interface IPullRequestDescriptions
{
    string Name { get; }

    /// <summary>The description (empty when the pull request has none), or null when the forge has no such pull request (404).</summary>
    Task<string?> DescriptionAsync(long number, CancellationToken cancellation);
}
