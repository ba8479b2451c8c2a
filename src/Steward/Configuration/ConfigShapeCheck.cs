using Steward.Core.Errors;
using Steward.Core.Text;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Steward.Configuration;

/// <summary>
/// Walks steward.yml's nodes against the configuration types before they are deserialized, so that an unknown key, a
/// key with no value and a value of the wrong shape are each reported from structure (the node and its line), never
/// from the wording of the deserializer's exceptions. The keys of each section come from the generated static
/// context (<see cref="ConfigYamlContext"/>): no reflection, so it works the same under Native AOT.
/// </summary>
internal sealed class ConfigShapeCheck(string displayPath)
{
    private static readonly ITypeInspector Inspector = new ConfigYamlContext().GetTypeInspector();

    /// <summary>Throws the first mistake in <paramref name="root"/>, read as <paramref name="type"/>.</summary>
    public void Check(YamlNode root, Type type)
    {
        if (!IsNull(root))
        {
            CheckSection(root, type);
        }
    }

    private void CheckSection(YamlNode node, Type type)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw Messages.ConfigWrongShape(displayPath, node.Start.Line);
        }

        var properties = Inspector.GetProperties(type, null)
            .ToDictionary(p => CamelCaseNamingConvention.Instance.Apply(p.Name), StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } text } ? text : keyNode.ToString();
            if (!properties.TryGetValue(key, out var property))
            {
                throw Messages.ConfigUnknownKey(displayPath, keyNode.Start.Line, key, Suggestion.Closest(key, properties.Keys));
            }

            if (IsNull(value))
            {
                if (!property.AllowNulls)
                {
                    throw Messages.ConfigValueMissing(displayPath, keyNode.Start.Line);
                }

                continue;
            }

            CheckValue(value, property.Type);
        }
    }

    private void CheckValue(YamlNode value, Type type)
    {
        if (IsSection(type))
        {
            CheckSection(value, type);
        }
        else if (ItemType(type) is { } item)
        {
            if (value is not YamlSequenceNode sequence)
            {
                throw Messages.ConfigWrongShape(displayPath, value.Start.Line);
            }

            foreach (var element in sequence.Children)
            {
                if (!IsNull(element))
                {
                    CheckValue(element, item);
                }
            }
        }
        else if (IsMap(type))
        {
            if (value is not YamlMappingNode map)
            {
                throw Messages.ConfigWrongShape(displayPath, value.Start.Line);
            }

            foreach (var entry in map.Children.Values)
            {
                if (entry is not YamlScalarNode)
                {
                    throw Messages.ConfigWrongShape(displayPath, entry.Start.Line);
                }
            }
        }
        else if (value is not YamlScalarNode)
        {
            throw Messages.ConfigWrongShape(displayPath, value.Start.Line);
        }
    }

    /// <summary>A configuration section: a class of ours (not a string, list or map), read from a mapping of known keys.</summary>
    private static bool IsSection(Type type) => type.IsClass && type != typeof(string) && !type.IsArray && !type.IsGenericType;

    /// <summary>The item type of a list or array property, or null.</summary>
    private static Type? ItemType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(List<>) || type.GetGenericTypeDefinition() == typeof(IList<>)) ? type.GetGenericArguments()[0]
        : null;

    private static bool IsMap(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>);

    /// <summary>YAML's null: nothing after the colon, <c>~</c> or <c>null</c>, unquoted and untagged.</summary>
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" } scalar
        && scalar.Tag.IsEmpty;
}
