using Steward.Core.Artifacts.Images;
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
        for (var i = 0; i < images.Count; i++)
        {
            // The build context and the Dockerfile are what docker will read and send: inside the repository only.
            SafePath.Resolve(root, images[i].Context, $"{origin}[{i}].context", PathUse.Read);
            SafePath.Resolve(root, images[i].Dockerfile, $"{origin}[{i}].dockerfile", PathUse.Read);
        }

        return images;
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
