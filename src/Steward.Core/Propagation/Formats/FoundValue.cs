namespace Steward.Core.Propagation.Formats;

/// <summary>A value found at a key path: where its text is (quotes excluded), the text, its line, and whether it is a plain string that can be replaced in place.</summary>
public sealed record FoundValue(int Start, int Length, string Value, int Line, bool IsString, string? NotEditableReason = null);
