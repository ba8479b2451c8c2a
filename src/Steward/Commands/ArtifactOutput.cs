namespace Steward.Commands;

/// <summary>One file of <c>steward artifacts --json</c>: its name, its path as printed, its size and SHA-256.</summary>
internal sealed record ArtifactOutput(string Name, string Path, long Size, string Sha256);
