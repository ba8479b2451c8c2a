using Steward.Core.Errors;

namespace Steward.Core.Propagation;

/// <summary>The errors a locator raises (worded in <see cref="Messages"/>), and the check that a file holds one version.</summary>
internal static class LocatorErrors
{
    public static StewardException Malformed(string path, int line, string format, string reason) =>
        Messages.NotValidFile(path, line, format, reason);

    public static StewardException TwoVersions(string path, int firstLine, int secondLine, string label) =>
        Messages.SecondVersionInFile(path, secondLine, label, firstLine);

    public static StewardException NotEditable(string path, int line, string label, string why) =>
        Messages.VersionNotEditable(path, line, label, why);

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
