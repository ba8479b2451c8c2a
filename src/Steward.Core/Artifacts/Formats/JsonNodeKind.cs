namespace Steward.Core.Artifacts.Formats;

/// <summary>The kind of a <see cref="LineJsonNode"/>.</summary>
public enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
