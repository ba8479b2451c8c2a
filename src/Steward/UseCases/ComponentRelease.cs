using Steward.Core.Changelog;
using Steward.Core.Commits;
using Steward.Core.Components;
using Steward.Core.Versioning;

namespace Steward.UseCases;

/// <summary>What one component of a monorepo releases, and why.</summary>
/// <param name="Scope">Its release range.</param>
/// <param name="Own">What its own commits decided (before groups and cascades).</param>
/// <param name="Version">The version it releases; null when it does not release.</param>
/// <param name="Level">The bump it gets, from its commits, its group or a cascade.</param>
/// <param name="Why">In words, each thing that decided it: its commits, a Release-As footer, its group, a cascade.</param>
internal sealed record ComponentRelease(HistoryScope Scope, NextVersionDecision Own, SemanticVersion? Version, BumpLevel Level, IReadOnlyList<string> Why)
{
    public Component Component => Scope.Component;

    public bool Releases => Version is not null;

    /// <summary>Its last release's version, or null before its first.</summary>
    public SemanticVersion? Previous => Scope.Range.ReachableTags.Where(t => !t.IsPrerelease).MaxBy(t => t.Version)?.Version ?? Scope.Range.BaseVersion;

    /// <summary>
    /// The components it depends on that release in <paramref name="releasing"/> (the run's releases), with their new
    /// versions: what its notes and changelog list under Dependencies.
    /// </summary>
    public IReadOnlyList<DependencyUpdate> DependencyUpdates(IEnumerable<ComponentRelease> releasing) =>
        [.. releasing.Where(r => r.Releases && Component.DependsOn.Contains(r.Component.Name)).Select(r => new DependencyUpdate(r.Component.Name, r.Version!.ToString()))];

    /// <summary>The commits that decided its own bump.</summary>
    public IEnumerable<DecidedCommit> Deciding => Own.Commits.Deciding;
}
