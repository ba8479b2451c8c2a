namespace Steward.Core.Artifacts;

/// <summary>What the SBOM says about the release itself: its metadata component and the tool that wrote it.</summary>
public sealed record SbomRelease(string Name, string Version, string Tag, string CommitSha, DateTimeOffset CommitDate, string ToolVersion);
