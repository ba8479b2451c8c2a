namespace Steward.Core.Artifacts.Images;

/// <summary>One declared container image: repository name, build context, Dockerfile, platforms and static tags.</summary>
public sealed record ImageSpec(string Name, string Context, string Dockerfile, IReadOnlyList<string> Platforms, IReadOnlyList<string> StaticTags);
