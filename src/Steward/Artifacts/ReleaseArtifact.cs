namespace Steward.Artifacts;

/// <summary>One file <c>steward artifacts</c> writes to the output directory.</summary>
internal sealed record ReleaseArtifact(string FileName, byte[] Content);
