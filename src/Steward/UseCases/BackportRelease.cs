namespace Steward.UseCases;

/// <summary>A line's patch release, planned and built as objects: the release commit and the annotated tag object.</summary>
internal sealed record BackportRelease(string Version, string Tag, string Commit, string TagObject, string Notes);
