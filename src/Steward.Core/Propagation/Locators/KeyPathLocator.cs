using Steward.Core.Propagation.Formats;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Locators;

/// <summary>
/// A configured target: the value at a dotted key path in a JSON, YAML, TOML or XML file (for XML, the path starts at
/// the root element: <c>project.version</c>). E.g. <c>image.tag</c> in a Helm <c>values.yaml</c>.
/// </summary>
public sealed class KeyPathLocator : IVersionLocator
{
    private readonly KeyPathFormat format;
    private readonly IReadOnlyList<string> keyPath;
    private readonly VersionForm form;

    public KeyPathLocator(KeyPathFormat format, IReadOnlyList<string> keyPath, VersionForm form)
    {
        this.format = format;
        this.keyPath = keyPath;
        this.form = form;
    }

    public string Description => $"key '{string.Join('.', keyPath)}' ({form})";

    public IReadOnlyList<VersionSlot> Locate(string path, string text)
    {
        var found = format switch
        {
            KeyPathFormat.Json => JsonValueFinder.Find(path, text, keyPath),
            KeyPathFormat.Yaml => YamlValueFinder.Find(path, text, keyPath),
            KeyPathFormat.Toml => TomlValueFinder.Find(path, text, keyPath),
            _ => XmlValueFinder.Find(path, text, keyPath),
        };
        return [.. SlotFactory.From(path, found, string.Join('.', keyPath), form)];
    }

    /// <summary>The format a file's extension implies, or null when the configuration must say.</summary>
    public static KeyPathFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => KeyPathFormat.Json,
        ".yaml" or ".yml" => KeyPathFormat.Yaml,
        ".toml" => KeyPathFormat.Toml,
        ".xml" or ".csproj" or ".props" or ".targets" or ".pom" => KeyPathFormat.Xml,
        _ => null,
    };
}
