namespace Steward.Core.Artifacts.Images;

/// <summary>
/// One declared container image: repository name, build context, Dockerfile (relative to the repository root),
/// platforms, static tags, and the template its version tags are written with (<c>v{{tag}}</c> gives <c>v1.4.2</c>;
/// null: the tags as computed).
/// </summary>
public sealed record ImageSpec(
    string Name,
    string Context,
    string Dockerfile,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> StaticTags,
    string? TagTemplate = null)
{
    /// <summary>The placeholder of <see cref="TagTemplate"/> that each computed version tag replaces.</summary>
    public const string TagPlaceholder = "{{tag}}";

    /// <summary>A computed version tag (<c>1.4.2</c>, <c>1.4</c>, <c>1</c>) as this image writes it.</summary>
    public string VersionTag(string tag) =>
        TagTemplate is null ? tag : TagTemplate.Replace(TagPlaceholder, tag, StringComparison.Ordinal);
}
