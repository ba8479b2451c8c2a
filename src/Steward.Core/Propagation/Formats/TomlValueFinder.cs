using Steward.Core.Propagation.Toml;

namespace Steward.Core.Propagation.Formats;

/// <summary>Finds a value by key path in a TOML file, with <see cref="TomlDocument"/>'s positions.</summary>
public static class TomlValueFinder
{
    public static IReadOnlyList<FoundValue> Find(string path, string text, IReadOnlyList<string> keyPath) =>
        From(TomlDocument.Parse(path, text).Find([.. keyPath]));

    public static IReadOnlyList<FoundValue> From(TomlEntry? entry) => entry switch
    {
        null => [],
        { Kind: not TomlValueKind.String } => [new FoundValue(0, 0, entry.Value, entry.Line, false, "is not a one-line string")],
        { HasEscapes: true } => [new FoundValue(entry.ValueStart, 0, entry.Value, entry.Line, false, "uses escapes")],
        _ => [new FoundValue(entry.ValueStart, entry.ValueLength, entry.Value, entry.Line, true)],
    };
}
