namespace Steward.Core.Propagation.Toml;

/// <summary>A one-line string element of an array, where its content is (quotes excluded), as written.</summary>
public sealed record TomlArrayString(int Start, int Length, string Value, bool HasEscapes, int Line);
