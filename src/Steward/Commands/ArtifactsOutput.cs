namespace Steward.Commands;

/// <summary>What <c>steward artifacts --json</c> prints: the release built, the output directory, and each file written.</summary>
internal sealed record ArtifactsOutput(string Tag, string Version, string Directory, IReadOnlyList<ArtifactOutput> Artifacts);
