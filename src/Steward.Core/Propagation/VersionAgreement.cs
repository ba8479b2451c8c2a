using Steward.Core.Versioning;

namespace Steward.Core.Propagation;

/// <summary>
/// Whether a slot agrees with VERSION: equal as versions, whatever the scheme, so <c>0.2.0a1</c> in a pyproject agrees
/// with <c>0.2.0-alpha.1</c>. Spelling differences the schemes allow (PEP 440's <c>1.0</c> and <c>1.0.0</c>) agree too.
/// </summary>
public static class VersionAgreement
{
    public static bool Agrees(VersionSlot slot, ParsedVersion version, string tagPrefix)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(version);
        if (version.Pep440Value is { } pep440 && slot.Form == VersionForm.Pep440 && slot.Part == VersionPart.Whole)
        {
            // A PEP 440 VERSION may have no SemVer image (1.0.post1); compare it in its own scheme.
            return Pep440Version.TryParse(slot.Found, out var found) && SamePep440(found!, pep440);
        }

        return Agrees(slot, version.ToSemVer(), tagPrefix);
    }

    public static bool Agrees(VersionSlot slot, SemanticVersion version, string tagPrefix)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(version);
        var expected = VersionRenderer.Expected(slot, version, tagPrefix);
        if (string.Equals(slot.Found, expected, StringComparison.Ordinal))
        {
            return true;
        }

        if (slot.Part == VersionPart.Suffix)
        {
            return false;
        }

        var found = slot.Found;
        if (slot.Form == VersionForm.Tag && found.StartsWith(tagPrefix, StringComparison.Ordinal))
        {
            found = found[tagPrefix.Length..];
        }

        if (slot.Form == VersionForm.Docker)
        {
            found = found.Replace('_', '+');
        }

        var target = slot.Part == VersionPart.Core ? version.Core : version;
        return SameVersion(found, target);
    }

    private static bool SameVersion(string found, SemanticVersion expected)
    {
        if (SemanticVersion.TryParse(found, out var semVer))
        {
            return semVer! == expected;
        }

        if (!Pep440Version.TryParse(found, out var pep))
        {
            return false;
        }

        try
        {
            return SamePep440(pep!, VersionConverter.ToPep440(expected));
        }
        catch (Errors.StewardException)
        {
            // VERSION has no PEP 440 image, so no PEP 440 text can equal it.
            return false;
        }
    }

    private static bool SamePep440(Pep440Version a, Pep440Version b) => a.Equals(b) && a.Local.SequenceEqual(b.Local, StringComparer.Ordinal);
}
