namespace Steward.Commands;

/// <summary>One component of <c>steward artifacts --json</c> in a monorepo: its release, its output directory and each file written.</summary>
internal sealed record ComponentArtifactsOutput(string Component, string Tag, string Version, string Directory, IReadOnlyList<ArtifactOutput> Artifacts);
