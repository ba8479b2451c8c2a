using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Steward.Core.Configuration;

namespace Steward.Core.Tests.Propagation;

/// <summary>
/// docs/steward.schema.json describes exactly the keys the configuration classes accept, section by section and
/// down every nested section and list of sections, and rejects unknown keys as the loader does.
/// </summary>
public sealed class ConfigurationSchemaTests
{
    private static JsonElement Schema([CallerFilePath] string callerFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerFile)!, "..", "..", "..", "docs", "steward.schema.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
    }

    [Fact]
    public void Every_section_matches_its_configuration_class()
    {
        var root = Schema();
        var mismatches = new List<string>();
        Compare(root, root, typeof(StewardConfig), "steward.yml", mismatches);
        mismatches.Should().BeEmpty();
    }

    private static void Compare(JsonElement root, JsonElement schema, Type type, string where, List<string> mismatches)
    {
        schema = Resolve(root, schema);
        if (!schema.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
        {
            mismatches.Add($"{where}: additionalProperties must be false");
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var keys = properties.Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).ToHashSet();
        var described = schema.TryGetProperty("properties", out var props) ? props.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
        mismatches.AddRange(keys.Except(described).Select(k => $"{where}.{k}: missing from the schema"));
        mismatches.AddRange(described.Except(keys).Select(k => $"{where}.{k}: in the schema but not accepted by the loader"));

        foreach (var property in properties)
        {
            var key = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            if (props.ValueKind != JsonValueKind.Object || !props.TryGetProperty(key, out var child))
            {
                continue;
            }

            if (IsSection(property.PropertyType))
            {
                Compare(root, child, property.PropertyType, $"{where}.{key}", mismatches);
            }
            else if (ElementOf(property.PropertyType) is { } element && IsSection(element))
            {
                Compare(root, Resolve(root, child).GetProperty("items"), element, $"{where}.{key}[]", mismatches);
            }
        }
    }

    private static JsonElement Resolve(JsonElement root, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? root.GetProperty("$defs").GetProperty(reference.GetString()!["#/$defs/".Length..])
            : schema;

    private static bool IsSection(Type type) => type.Namespace == typeof(StewardConfig).Namespace && type.IsClass && !type.IsArray;

    private static Type? ElementOf(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments().Length == 1 ? type.GetGenericArguments()[0]
        : null;
}
