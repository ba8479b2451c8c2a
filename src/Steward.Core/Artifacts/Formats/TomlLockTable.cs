namespace Steward.Core.Artifacts.Formats;

/// <summary>One table of a lock file (<c>[[package]]</c>, <c>[metadata]</c>...) with its own keys, in order.</summary>
public sealed class TomlLockTable
{
    public TomlLockTable(string name, bool isArrayItem, int line)
    {
        Name = name;
        IsArrayItem = isArrayItem;
        Line = line;
    }

    /// <summary>The header's dotted name, e.g. <c>package</c> or <c>package.dependencies</c>; empty for the top.</summary>
    public string Name { get; }

    /// <summary>True for <c>[[name]]</c> (one item of an array of tables).</summary>
    public bool IsArrayItem { get; }

    public int Line { get; }

    public Dictionary<string, TomlLockValue> Values { get; } = new(StringComparer.Ordinal);

    public string? GetString(string key) => Values.TryGetValue(key, out var value) ? value.String : null;
}
