using Steward.Core.Artifacts.Formats;
using Steward.Core.Errors;

namespace Steward.Core.Artifacts.Images;

/// <summary>
/// Reads <c>release-images.json</c>: <c>{"images": [{"name", "context", "dockerfile", "platforms", "tags", "tagTemplate"}]}</c> (or
/// the bare array). Every error names the file, the line and the field; an unknown field is an error so that a typo
/// (<c>"platform"</c>) never silently builds for the wrong machines.
/// </summary>
public static class ImagesFileReader
{
    public const string FileName = "release-images.json";

    private static readonly string[] Fields = ["name", "context", "dockerfile", "platforms", "tags", "tagTemplate"];

    public static IReadOnlyList<ImageSpec> Read(string text)
    {
        var root = LineJsonParser.Parse(FileName, text);
        var list = root.Kind == JsonNodeKind.Object ? root.Get("images") : root;
        if (root.Kind == JsonNodeKind.Object && root.Properties.FirstOrDefault(p => p.Key != "images") is { Key: not null } extra)
        {
            throw Error(extra.Value.Line, extra.Key, "is not a known field (the file holds only 'images')");
        }

        if (list is null || list.Kind != JsonNodeKind.Array)
        {
            throw Error(list?.Line ?? root.Line, "images", $"must be an array of images, not {(list is null ? "missing" : list.Describe())}");
        }

        var images = new List<ImageSpec>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            images.Add(ReadImage(list.Items[i], $"images[{i}]"));
        }

        return images;
    }

    private static ImageSpec ReadImage(LineJsonNode node, string field)
    {
        if (node.Kind != JsonNodeKind.Object)
        {
            throw Error(node.Line, field, $"must be an object, not {node.Describe()}");
        }

        foreach (var (key, value) in node.Properties)
        {
            if (!Fields.Contains(key))
            {
                throw Error(value.Line, $"{field}.{key}", $"is not a known field (known: {string.Join(", ", Fields)})");
            }
        }

        var name = node.Get("name") ?? throw Error(node.Line, $"{field}.name", "is missing; give the image repository, e.g. ghcr.io/acme/app");
        var buildContext = node.Get("context") is { } context ? String(context, $"{field}.context") : ".";
        var spec = new ImageSpec(
            String(name, $"{field}.name"),
            buildContext,
            node.Get("dockerfile") is { } dockerfile ? String(dockerfile, $"{field}.dockerfile") : ImagePaths.DefaultDockerfile(buildContext),
            node.Get("platforms") is { } platforms ? Strings(platforms, $"{field}.platforms") : [],
            node.Get("tags") is { } tags ? Strings(tags, $"{field}.tags") : [],
            node.Get("tagTemplate") is { } tagTemplate ? String(tagTemplate, $"{field}.tagTemplate") : null);
        var problem = ImageSpecRules.Check(spec);
        if (problem is not null)
        {
            var line = problem.Value.Field switch
            {
                "name" => name.Line,
                "tagTemplate" => node.Get("tagTemplate")!.Line,
                "platforms" => node.Get("platforms")!.Items[problem.Value.Index].Line,
                "tags" => node.Get("tags")!.Items[problem.Value.Index].Line,
                _ => node.Line,
            };
            var at = problem.Value.Field is "name" or "tagTemplate" ? string.Empty : $"[{problem.Value.Index}]";
            throw Error(line, $"{field}.{problem.Value.Field}{at}", problem.Value.Reason);
        }

        return spec;
    }

    private static string String(LineJsonNode node, string field) =>
        node.Kind == JsonNodeKind.String && !string.IsNullOrWhiteSpace(node.Text)
            ? node.Text
            : throw Error(node.Line, field, $"must be a non-empty string, not {node.Describe()}");

    private static string[] Strings(LineJsonNode node, string field) =>
        node.Kind == JsonNodeKind.Array
            ? [.. node.Items.Select((item, i) => String(item, $"{field}[{i}]"))]
            : throw Error(node.Line, field, $"must be an array of strings, not {node.Describe()}");

    private static StewardException Error(int line, string field, string reason) =>
        Messages.ImagesFieldInvalid(FileName, line, field, reason);
}
