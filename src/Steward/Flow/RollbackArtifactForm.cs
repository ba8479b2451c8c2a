namespace Steward.Flow;

/// <summary>The previous version in one artifact form of <c>flow.artifacts</c> (label, value), for the deployment's rollback.</summary>
internal sealed record RollbackArtifactForm(string Label, string Value);
