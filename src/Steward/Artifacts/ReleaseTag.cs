using Steward.Core.Versioning;

namespace Steward.Artifacts;

/// <summary>A release tag resolved to its version, commit and the commit's date (the archives' fixed time stamp).</summary>
internal sealed record ReleaseTag(string Name, SemanticVersion Version, string CommitSha, DateTimeOffset CommitDate);
