using Steward.Core.Errors;

namespace Steward.Core.Propagation.Toml;

/// <summary>
/// A TOML file read far enough to find tables and keys with the exact position of their values, so a version can be
/// replaced in the original text. Not a full TOML implementation (why not Tomlyn: docs/dependencies.md): it reads
/// the structure (tables, arrays of tables, dotted and quoted keys, strings of all four kinds, arrays, inline tables,
/// comments) and rejects what breaks it, with the file and line; scalar values other than strings are kept as their
/// raw text.
/// </summary>
public sealed class TomlDocument
{
    private TomlDocument(IReadOnlyList<TomlEntry> entries) => Entries = entries;

    public IReadOnlyList<TomlEntry> Entries { get; }

    /// <summary>The entry at <paramref name="fullKey"/> outside arrays of tables, or null.</summary>
    public TomlEntry? Find(params string[] fullKey) => Entries.FirstOrDefault(e => e.Is(fullKey));

    public static TomlDocument Parse(string path, string text)
    {
        var scanner = new TomlScanner(path, text);
        var entries = scanner.ReadAll();
        var document = new TomlDocument(entries);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => !e.InArrayOfTables))
        {
            var key = string.Join('\u0001', entry.FullKey);
            if (!seen.TryAdd(key, entry.Line))
            {
                throw Messages.TomlKeyTwice(path, entry.Line, string.Join('.', entry.FullKey), seen[key]);
            }
        }

        return document;
    }
}
