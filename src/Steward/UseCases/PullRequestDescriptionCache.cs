namespace Steward.UseCases;

/// <summary>
/// What one run of <c>--pr-notes api</c> learnt from the forge, kept across a monorepo's components: each pull request's
/// description (null: the forge does not have it, already warned about), and whether the forge could not be asked at
/// all (already warned about). A pull request that touches several components is asked for once.
/// </summary>
internal sealed class PullRequestDescriptionCache
{
    /// <summary>Descriptions by pull request reference (#7, !12); null for a 404.</summary>
    public Dictionary<string, string?> Descriptions { get; } = new(StringComparer.Ordinal);

    /// <summary>The forge could not be asked (no token, no known forge): the commit text stands, without a second warning.</summary>
    public bool Unreachable { get; set; }
}
