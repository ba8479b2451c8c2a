namespace Steward.Core.Propagation.Toml;

/// <summary>The kinds of TOML value Steward tells apart: only single-line strings can carry an editable version.</summary>
public enum TomlValueKind
{
    /// <summary>A one-line basic ("...") or literal ('...') string.</summary>
    String,

    /// <summary>A multi-line string ("""...""" or '''...''').</summary>
    MultiLineString,

    Array,

    InlineTable,

    /// <summary>A number, boolean or date: anything unquoted.</summary>
    Other,
}
