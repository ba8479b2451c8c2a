using Steward.Core.Versioning;

namespace Steward.Core.Propagation;

/// <summary>Writes a version into slots: the text each slot should hold, and the file text with every slot replaced.</summary>
public static class VersionRenderer
{
    /// <summary>
    /// The text <paramref name="slot"/> should hold for <paramref name="version"/>. A SemVer slot that was written with a
    /// leading <c>v</c> keeps it (Helm's <c>appVersion: v1.2.0</c> stays prefixed).
    /// </summary>
    public static string Expected(VersionSlot slot, SemanticVersion version, string tagPrefix)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(version);
        return slot.Part switch
        {
            VersionPart.Core => version.Core.ToString(),
            VersionPart.Suffix => Suffix(version),
            _ => slot.Form == VersionForm.SemVer && HasVPrefix(slot.Found)
                ? slot.Found[0] + version.ToString()
                : VersionConverter.Format(version, slot.Form, tagPrefix),
        };
    }

    /// <summary>
    /// The text <paramref name="slot"/> should hold for VERSION as written: a PEP 440 slot takes a PEP 440 VERSION as it
    /// is (so <c>1.0.post1</c>, which has no SemVer image, still reaches Python files); every other slot takes its SemVer.
    /// </summary>
    public static string Expected(VersionSlot slot, ParsedVersion version, string tagPrefix)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(version);
        return slot.Form == VersionForm.Pep440 && slot.Part == VersionPart.Whole
            ? version.ToPep440().ToString()
            : Expected(slot, version.ToSemVer(), tagPrefix);
    }

    /// <summary>The text with every slot's token replaced; everything between slots is copied unchanged.</summary>
    public static string Apply(string text, IEnumerable<VersionSlot> slots, SemanticVersion version, string tagPrefix) =>
        Apply(text, slots, ParsedVersion.FromSemVer(version), tagPrefix);

    /// <summary>The text with every slot's token replaced; everything between slots is copied unchanged.</summary>
    public static string Apply(string text, IEnumerable<VersionSlot> slots, ParsedVersion version, string tagPrefix)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new System.Text.StringBuilder(text.Length + 16);
        var position = 0;
        foreach (var slot in slots.OrderBy(s => s.Start))
        {
            builder.Append(text, position, slot.Start - position).Append(Expected(slot, version, tagPrefix));
            position = slot.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    internal static string Suffix(SemanticVersion version)
    {
        var pre = string.Join('.', version.Prerelease);
        return version.Build.IsEmpty ? pre : pre + "+" + string.Join('.', version.Build);
    }

    internal static bool HasVPrefix(string text) =>
        text.Length > 1 && (text[0] == 'v' || text[0] == 'V') && char.IsAsciiDigit(text[1]);
}
