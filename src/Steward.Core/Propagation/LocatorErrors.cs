using Steward.Core.Errors;

namespace Steward.Core.Propagation;

/// <summary>The wording of every error a locator raises: one line naming the file and line, and what to do.</summary>
internal static class LocatorErrors
{
    public static StewardException Malformed(string path, int line, string format, string reason) =>
        new(FailureKind.InvalidInput, $"{path}:{line}: not valid {format}: {OneLine(reason)}; fix the file and run again");

    /// <summary>Parsers quote the offending character, which may be a line break; an error stays on one line.</summary>
    private static string OneLine(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    public static StewardException TwoVersions(string path, int firstLine, int secondLine, string label) =>
        new(FailureKind.InvalidInput,
            $"{path}:{secondLine}: a second {label} (the first is on line {firstLine}); keep one, or list this file in propagate.exclude");

    public static StewardException NotEditable(string path, int line, string label, string why) =>
        new(FailureKind.InvalidInput, $"{path}:{line}: {label} {why}; write it as a plain string literal so Steward can replace it");

    /// <summary>Fails when a locator that expects one version found more.</summary>
    public static IReadOnlyList<VersionSlot> Single(string path, IReadOnlyList<VersionSlot> slots)
    {
        for (var i = 1; i < slots.Count; i++)
        {
            if (slots[i].Label == slots[0].Label)
            {
                throw TwoVersions(path, slots[0].Line, slots[i].Line, slots[0].Label);
            }
        }

        return slots;
    }
}
