namespace Steward.Core.Artifacts.Images;

/// <summary>The checks every image declaration passes, wherever it was declared (release-images.json or steward.yml).</summary>
public static class ImageSpecRules
{
    public static ImageSpecProblem? Check(ImageSpec spec)
    {
        if (!ImageNames.IsValidName(spec.Name))
        {
            return new("name", 0, $"'{spec.Name}' is not a valid image name (lower-case path components, an optional registry host first, no tag)");
        }

        for (var i = 0; i < spec.Platforms.Count; i++)
        {
            if (!ImageNames.IsValidPlatform(spec.Platforms[i]))
            {
                return new("platforms", i, $"'{spec.Platforms[i]}' is not a platform (OS/ARCH[/VARIANT], e.g. linux/amd64)");
            }
        }

        for (var i = 0; i < spec.StaticTags.Count; i++)
        {
            if (!ImageNames.IsValidTag(spec.StaticTags[i]))
            {
                return new("tags", i, $"'{spec.StaticTags[i]}' is not a Docker tag (letters, digits, '_', '.', '-'; at most 128; not starting with '.' or '-')");
            }
        }

        if (spec.TagTemplate is { } template
            && (!template.Contains(ImageSpec.TagPlaceholder, StringComparison.Ordinal) || !ImageNames.IsValidTag(spec.VersionTag("1.0.0-rc.1"))))
        {
            return new("tagTemplate", 0, $"'{template}' is not a tag template: write {ImageSpec.TagPlaceholder} where the version goes, e.g. v{ImageSpec.TagPlaceholder}, with only letters, digits, '_', '.', '-' around it");
        }

        return null;
    }
}
