using Steward.Core.Components;
using Steward.Core.Versioning;

namespace Steward.UseCases;

/// <summary>One component's release in a release pull request.</summary>
/// <param name="Component">The component: its changelog holds the entry the body shows.</param>
/// <param name="Heading">The body's heading over its notes (<c>api 1.3.0</c>); null for a repository of one component.</param>
/// <param name="Version">Its version: the changelog entry the body shows.</param>
/// <param name="Notes">Its notes as planned, for when the branch's changelog has no entry.</param>
internal sealed record PullRequestUnitPart(Component Component, string? Heading, SemanticVersion Version, string Notes);
