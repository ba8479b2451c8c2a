using System.Text.Json;
using Steward.Core.Changelog;
using Steward.Core.Changelog.Splicing;
using Steward.Core.Components;
using Steward.Core.Versioning;
using Steward.Git;
using Steward.Propagation;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// The changelog part of <c>steward check</c> in a monorepo: each component's changelog against its own release tags
/// (its prefix, reachable from HEAD; all components' tags from one <c>git for-each-ref</c>). A component without a
/// changelog file has nothing to check.
/// </summary>
internal static class ComponentChangelogCheck
{
    /// <summary>Each component's result by name; null where it has no changelog file.</summary>
    public static Dictionary<string, ChangelogCheckResult?> Check(IReadOnlyList<PropagationContext> all)
    {
        var tags = new TagReader(all[0].Repository.Git).ReadVersionTags([.. all.Select(p => p.Component.TagPrefix)], "HEAD");
        var results = new Dictionary<string, ChangelogCheckResult?>(StringComparer.Ordinal);
        for (var i = 0; i < all.Count; i++)
        {
            var component = all[i].Component;
            var path = SafePath.ForReading(all[i].Root, component.ChangelogFile);
            if (!File.Exists(path))
            {
                results[component.Name] = null;
                continue;
            }

            var text = ChangelogText.Decode(component.ChangelogFile, File.ReadAllBytes(path)).Text;
            var current = SemanticVersion.TryParse(all[i].Version.Normalized, out var parsed) ? parsed : null;
            var problems = ChangelogTagCheck.Check(text, [.. tags[i].Select(t => t.Version)], current, component.TagPrefix);
            results[component.Name] = new ChangelogCheckResult(component.ChangelogFile, problems);
        }

        return results;
    }

    public static void Print(TextWriter output, Component component, ChangelogCheckResult? result)
    {
        if (result is null)
        {
            return;
        }

        foreach (var problem in result.Problems)
        {
            output.WriteLine($"{result.File}{(problem.Line is { } line ? $":{line}" : string.Empty)}: {problem.Problem}");
        }

        output.WriteLine(result.Problems.Count == 0
            ? $"{component.Name}: {result.File} agrees with its release tags"
            : $"{component.Name}: {result.Problems.Count} {(result.Problems.Count == 1 ? "problem" : "problems")} in {result.File} against its release tags");
    }

    /// <summary><c>changelog: {file, ok, problems: [{line, problem}]}</c>, or null without a changelog file.</summary>
    public static void WriteJson(Utf8JsonWriter writer, ChangelogCheckResult? result)
    {
        writer.WritePropertyName("changelog");
        if (result is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("file", result.File);
        writer.WriteBoolean("ok", result.Problems.Count == 0);
        writer.WriteStartArray("problems");
        foreach (var problem in result.Problems)
        {
            writer.WriteStartObject();
            if (problem.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }
            else
            {
                writer.WriteNull("line");
            }

            writer.WriteString("problem", problem.Problem);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
