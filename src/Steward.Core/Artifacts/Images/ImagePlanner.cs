using Steward.Core.Versioning;

namespace Steward.Core.Artifacts.Images;

/// <summary>
/// Computes each image's tags for a release: the rule-based ones (the version ones through the image's tag template;
/// <c>latest</c> as it is), then its static tags (no duplicates).
/// </summary>
public static class ImagePlanner
{
    public static IReadOnlyList<PlannedImage> Plan(IReadOnlyList<ImageSpec> images, SemanticVersion version, IEnumerable<SemanticVersion> releases)
    {
        var versionTags = ImageTagRules.For(version, releases);
        return [.. images.Select(image => new PlannedImage(
            image,
            [.. versionTags.Select(t => t == "latest" ? t : image.VersionTag(t)).Concat(image.StaticTags).Distinct(StringComparer.Ordinal)]))];
    }
}
