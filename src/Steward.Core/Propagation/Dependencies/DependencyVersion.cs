using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Dependencies;

/// <summary>A component that releases, as its dependents' files name it (its package names), and the version it releases.</summary>
public sealed record DependencyVersion(string Component, IReadOnlyList<PackageName> Names, SemanticVersion Version);
