namespace Steward.Core.Propagation.Toml;

/// <summary>
/// One key and its value as written: the table it sits in, its own (possibly dotted) key, and where its value is.
/// For strings, <see cref="ValueStart"/> and <see cref="ValueLength"/> cover the content between the quotes; for
/// other values, the whole value. <see cref="Strings"/> holds the string elements of an array.
/// </summary>
public sealed record TomlEntry(
    IReadOnlyList<string> Table,
    IReadOnlyList<string> Key,
    bool InArrayOfTables,
    TomlValueKind Kind,
    int ValueStart,
    int ValueLength,
    string Value,
    bool HasEscapes,
    int Line,
    IReadOnlyList<string> Strings)
{
    /// <summary>Table and key joined, e.g. <c>tool.poetry.version</c>.</summary>
    public IReadOnlyList<string> FullKey => [.. Table, .. Key];

    /// <summary>The one-line string elements of an array, with their positions (a PEP 508 dependency's version is edited in place).</summary>
    public IReadOnlyList<TomlArrayString> StringElements { get; init; } = [];

    public bool Is(params string[] fullKey) => !InArrayOfTables && FullKey.SequenceEqual(fullKey, StringComparer.Ordinal);
}
