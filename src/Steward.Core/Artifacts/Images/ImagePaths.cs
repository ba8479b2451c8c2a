namespace Steward.Core.Artifacts.Images;

/// <summary>
/// The paths of an image declaration. <c>dockerfile</c> is written relative to the repository root (where CI runs
/// <c>docker buildx build --file</c>); a bake file wants it relative to the build context. Pure string work on
/// '/'-separated paths, so the answer does not depend on the machine it is computed on.
/// </summary>
public static class ImagePaths
{
    /// <summary>Docker's own default: the <c>Dockerfile</c> in the build context.</summary>
    public static string DefaultDockerfile(string context)
    {
        var parts = Normalize(context);
        return parts.Count == 0 ? "Dockerfile" : string.Join('/', parts) + "/Dockerfile";
    }

    /// <summary>
    /// <paramref name="dockerfile"/> (relative to the repository root) as seen from <paramref name="context"/> (also
    /// relative to the root): <c>worker/Dockerfile</c> from <c>worker</c> is <c>Dockerfile</c>, <c>docker/api.Dockerfile</c>
    /// from <c>services/api</c> is <c>../../docker/api.Dockerfile</c>.
    /// </summary>
    public static string RelativeToContext(string context, string dockerfile)
    {
        var from = Normalize(context);
        var to = Normalize(dockerfile);
        var common = 0;
        while (common < from.Count && common < to.Count && from[common] != ".." && string.Equals(from[common], to[common], StringComparison.Ordinal))
        {
            common++;
        }

        var parts = Enumerable.Repeat("..", from.Count - common).Concat(to.Skip(common));
        return string.Join('/', parts);
    }

    /// <summary>The segments of a relative path with <c>.</c> and empty segments dropped and <c>x/..</c> folded.</summary>
    private static List<string> Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(segment);
            }
        }

        return parts;
    }
}
