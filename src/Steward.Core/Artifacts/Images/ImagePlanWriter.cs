using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Steward.Core.Artifacts.Images;

/// <summary>Renders an image plan for CI: as JSON, as a <c>docker buildx bake</c> JSON file, or as shell commands.</summary>
public static partial class ImagePlanWriter
{
    public static string Json(string version, IReadOnlyList<PlannedImage> plan) => WriteJson(json => WritePlan(json, null, version, plan));

    /// <summary>Several components' plans (a monorepo): a list of <c>{component, version, images}</c>.</summary>
    public static string Json(IReadOnlyList<ComponentImagePlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return WriteJson(json =>
        {
            json.WriteStartArray();
            foreach (var plan in plans)
            {
                WritePlan(json, plan.Component, plan.Version, plan.Images);
            }

            json.WriteEndArray();
        });
    }

    private static void WritePlan(Utf8JsonWriter json, string? component, string version, IReadOnlyList<PlannedImage> plan)
    {
        json.WriteStartObject();
        if (component is not null)
        {
            json.WriteString("component", component);
        }

        json.WriteString("version", version);
        json.WriteStartArray("images");
        foreach (var image in plan)
        {
            json.WriteStartObject();
            json.WriteString("name", image.Image.Name);
            json.WriteString("context", image.Image.Context);
            json.WriteString("dockerfile", image.Image.Dockerfile);
            WriteArray(json, "platforms", image.Image.Platforms);
            WriteArray(json, "tags", image.Tags);
            WriteArray(json, "references", image.References);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A bake file (JSON form): one target per image, all in the default group.</summary>
    public static string Bake(IReadOnlyList<PlannedImage> plan)
    {
        var names = TargetNames(plan);
        return WriteJson(json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("group");
            json.WriteStartObject("default");
            WriteArray(json, "targets", names);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("target");
            for (var i = 0; i < plan.Count; i++)
            {
                json.WriteStartObject(names[i]);
                json.WriteString("context", plan[i].Image.Context);
                // Bake reads the dockerfile relative to the context; the declaration gives it from the repository root.
                json.WriteString("dockerfile", ImagePaths.RelativeToContext(plan[i].Image.Context, plan[i].Image.Dockerfile));
                if (plan[i].Image.Platforms.Count > 0)
                {
                    WriteArray(json, "platforms", plan[i].Image.Platforms);
                }

                WriteArray(json, "tags", plan[i].References);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// One <c>docker buildx build ... --push</c> command per image, every word quoted for a POSIX shell, to run from the
    /// repository root (<c>--file</c> is read from the working directory, as the declaration gives it).
    /// </summary>
    public static string Shell(IReadOnlyList<PlannedImage> plan)
    {
        var text = new StringBuilder();
        foreach (var image in plan)
        {
            var words = new List<string> { "docker", "buildx", "build", "--file", image.Image.Dockerfile };
            if (image.Image.Platforms.Count > 0)
            {
                words.Add("--platform");
                words.Add(string.Join(',', image.Image.Platforms));
            }

            foreach (var reference in image.References)
            {
                words.Add("--tag");
                words.Add(reference);
            }

            words.Add("--push");
            words.Add(image.Image.Context);
            text.AppendJoin(' ', words.Select(Quote)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Quotes a word for a POSIX shell when it holds anything but plainly safe characters.</summary>
    public static string Quote(string word) =>
        word.Length > 0 && SafeWord().IsMatch(word) ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Bake target names from the image's last path component, made unique in order.</summary>
    private static List<string> TargetNames(IReadOnlyList<PlannedImage> plan)
    {
        var names = new List<string>();
        foreach (var image in plan)
        {
            var baseName = TargetUnsafe().Replace(image.Image.Name[(image.Image.Name.LastIndexOf('/') + 1)..], "-");
            var name = baseName;
            for (var n = 2; names.Contains(name); n++)
            {
                name = $"{baseName}-{n}";
            }

            names.Add(name);
        }

        return names;
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string WriteJson(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    [GeneratedRegex(@"^[A-Za-z0-9_./:,@=+-]+$")]
    private static partial Regex SafeWord();

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex TargetUnsafe();
}
