namespace Steward.Core.Changelog;

/// <summary>
/// A dependency released in the same run as the release that lists it (a monorepo's <c>dependsOn</c>): the component and
/// the version it is updated to. A dependent released only because of it has this as its one change.
/// </summary>
public sealed record DependencyUpdate(string Component, string Version);
