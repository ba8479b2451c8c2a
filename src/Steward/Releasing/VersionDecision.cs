using Steward.Core.Versioning;

namespace Steward.Releasing;

/// <summary>The version a release makes and, in words, why.</summary>
internal sealed record VersionDecision(SemanticVersion Version, string Reason);
