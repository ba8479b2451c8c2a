using Steward.Core.Propagation.Formats;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Locators;

/// <summary>Turns values found by the format readers into slots; a value that cannot be replaced in place is an error.</summary>
internal static class SlotFactory
{
    public static IEnumerable<VersionSlot> From(string path, IReadOnlyList<FoundValue> found, string label, VersionForm form, VersionPart part = VersionPart.Whole)
    {
        foreach (var value in found)
        {
            if (!value.IsString)
            {
                throw LocatorErrors.NotEditable(path, value.Line, label, value.NotEditableReason ?? "is not a string");
            }

            yield return new VersionSlot(value.Start, value.Length, value.Value, value.Line, form, label, part);
        }
    }
}
