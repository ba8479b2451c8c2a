namespace Steward.UseCases;

/// <summary>What the user asked of one <c>steward backport</c> run.</summary>
/// <param name="Commits">The fixes, as named on the command line, applied in this order.</param>
/// <param name="Lines">--lines: supported, all, or a list such as 1.x,2.x.</param>
/// <param name="Advisory">--advisory: a GHSA or CVE id, or null.</param>
/// <param name="Release">--release: a patch release per line, tagged, every branch and tag in one atomic push.</param>
/// <param name="Push">--push: push the line branches (atomically) without releasing.</param>
/// <param name="Component">--component: the component of a monorepo; null for the only one.</param>
internal sealed record BackportOptions(
    IReadOnlyList<string> Commits,
    string? Lines,
    string? Advisory,
    bool Release,
    bool Push,
    bool DryRun,
    bool Json,
    string? Component);
