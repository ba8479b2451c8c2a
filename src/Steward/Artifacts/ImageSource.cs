using Steward.Core.Artifacts.Images;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Workspace;

namespace Steward.Artifacts;

/// <summary>
/// Where the image declarations come from: <c>release-images.json</c> at the project root, or the
/// <c>artifacts.images</c> list of steward.yml. Both at once is an error (which one would win is a guess).
/// </summary>
internal static class ImageSource
{
    public static IReadOnlyList<ImageSpec> Load(string root, ArtifactsConfig config)
    {
        var images = Declared(root, config);
        var origin = File.Exists(Path.Combine(root, ImagesFileReader.FileName)) ? $"{ImagesFileReader.FileName}: images" : "steward.yml: artifacts.images";
        CheckPaths(root, images, origin);
        return images;
    }

    /// <summary>
    /// The images of one component of a monorepo: its folder's <c>release-images.json</c> (paths relative to the folder)
    /// or its artifacts.images; empty when it declares none. A release-images.json at the root belongs to no component
    /// and is refused rather than read for one picked at random.
    /// </summary>
    public static IReadOnlyList<ImageSpec> LoadFor(string root, Component component)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (File.Exists(SafePath.ForReading(root, ImagesFileReader.FileName)))
        {
            throw Messages.ImagesFileAtMonorepoRoot(ImagesFileReader.FileName);
        }

        var file = component.At(ImagesFileReader.FileName);
        var path = SafePath.ForReading(root, file);
        IReadOnlyList<ImageSpec> images;
        string origin;
        if (File.Exists(path))
        {
            if (component.Artifacts.Images.Length > 0)
            {
                throw Messages.ImagesDeclaredTwice(file);
            }

            images = [.. ImagesFileReader.Read(File.ReadAllText(path)).Select(i => i with
            {
                Context = ComponentArtifacts.Join(component.Path, i.Context),
                Dockerfile = ComponentArtifacts.Join(component.Path, i.Dockerfile),
            })];
            origin = $"{file}: images";
        }
        else
        {
            images = [.. component.Artifacts.Images.Select(FromConfig)];
            origin = "steward.yml: artifacts.images";
        }

        CheckPaths(root, images, origin);
        return images;
    }

    private static void CheckPaths(string root, IReadOnlyList<ImageSpec> images, string origin)
    {
        for (var i = 0; i < images.Count; i++)
        {
            // The build context and the Dockerfile are what docker will read and send: inside the repository only.
            SafePath.Resolve(root, images[i].Context, $"{origin}[{i}].context", PathUse.Read);
            SafePath.Resolve(root, images[i].Dockerfile, $"{origin}[{i}].dockerfile", PathUse.Read);
        }
    }

    private static IReadOnlyList<ImageSpec> Declared(string root, ArtifactsConfig config)
    {
        var path = SafePath.ForReading(root, ImagesFileReader.FileName);
        var hasFile = File.Exists(path);
        if (hasFile && config.Images.Length > 0)
        {
            throw Messages.ImagesDeclaredTwice(ImagesFileReader.FileName);
        }

        if (hasFile)
        {
            return ImagesFileReader.Read(File.ReadAllText(path));
        }

        if (config.Images.Length == 0)
        {
            throw Messages.NoImagesDeclared(ImagesFileReader.FileName);
        }

        return [.. config.Images.Select(FromConfig)];
    }

    private static ImageSpec FromConfig(ImageConfig image, int index)
    {
        var field = $"steward.yml: artifacts.images[{index}]";
        if (string.IsNullOrWhiteSpace(image.Name))
        {
            throw Messages.ImageNameMissing(field);
        }

        var spec = new ImageSpec(image.Name, image.Context, image.Dockerfile ?? ImagePaths.DefaultDockerfile(image.Context), image.Platforms, image.Tags, image.TagTemplate);
        return ImageSpecRules.Check(spec) is { } problem
            ? throw Messages.ImageSpecInvalid(field, problem)
            : spec;
    }
}
