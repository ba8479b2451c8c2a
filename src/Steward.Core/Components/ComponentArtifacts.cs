using Steward.Core.Configuration;

namespace Steward.Core.Components;

/// <summary>
/// A monorepo component's artifacts section: its own <c>artifacts</c> keys (paths relative to its folder) over the root
/// section's. The root's charts and images are shared out by where they live (a chart's folder, an image's context
/// inside the component's folder), since one chart or image released under several components' versions would collide;
/// the root's <c>name</c> is the repository's, so a component's archives are named after the component instead.
/// </summary>
public static class ComponentArtifacts
{
    public static ArtifactsConfig Of(ArtifactsConfig root, ArtifactsConfig? own, string name, string folder)
    {
        ArgumentNullException.ThrowIfNull(root);
        return new ArtifactsConfig
        {
            Name = own?.Name ?? name,
            Charts = own is { Charts.Length: > 0 }
                ? [.. own.Charts.Select(c => Join(folder, c))]
                : [.. root.Charts.Where(c => Inside(folder, c))],
            Signer = own?.Signer ?? root.Signer,
            Images = own is { Images.Length: > 0 }
                ? [.. own.Images.Select(i => Relocated(i, folder))]
                : [.. root.Images.Where(i => Inside(folder, i.Context))],
        };
    }

    /// <summary><paramref name="path"/>, relative to <paramref name="folder"/>, relative to the repository root.</summary>
    public static string Join(string folder, string path)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = Normalized(path);
        return trimmed.Length == 0 ? folder : folder.Length == 0 ? trimmed : $"{folder}/{trimmed}";
    }

    private static ImageConfig Relocated(ImageConfig image, string folder) => new()
    {
        Name = image.Name,
        Context = Join(folder, image.Context),
        Dockerfile = image.Dockerfile is null ? null : Join(folder, image.Dockerfile),
        Platforms = image.Platforms,
        Tags = image.Tags,
        TagTemplate = image.TagTemplate,
    };

    private static bool Inside(string folder, string path)
    {
        var normalized = Normalized(path);
        return folder.Length == 0 || normalized == folder || normalized.StartsWith(folder + "/", StringComparison.Ordinal);
    }

    private static string Normalized(string path)
    {
        var trimmed = path.Replace('\\', '/').Trim('/');
        while (trimmed.StartsWith("./", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..];
        }

        return trimmed == "." ? string.Empty : trimmed;
    }
}
