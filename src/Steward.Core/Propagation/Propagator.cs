using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation;

/// <summary>
/// The pure heart of propagate and check: finds the slots in a file's text, computes every file's new text, and compares
/// slots with VERSION. Every target is computed and validated here before anything is written.
/// </summary>
public static class Propagator
{
    /// <summary>Runs every locator over the text; slots found twice are kept once, and overlapping slots are an error.</summary>
    public static ScannedFile Scan(string path, string text, IEnumerable<IVersionLocator> locators)
    {
        var slots = locators.SelectMany(l => l.Locate(path, text))
            .DistinctBy(s => (s.Start, s.Length))
            .OrderBy(s => s.Start)
            .ToList();
        for (var i = 1; i < slots.Count; i++)
        {
            if (slots[i].Start < slots[i - 1].End)
            {
                throw Messages.TargetsOverlap(path, slots[i].Line, slots[i - 1].Label, slots[i].Label);
            }
        }

        return new ScannedFile(path, text, slots);
    }

    /// <summary>Every file's new text; a version a target cannot express is an error before anything is written.</summary>
    public static IReadOnlyList<PlannedFile> Plan(IEnumerable<ScannedFile> files, SemanticVersion version, string tagPrefix) =>
        Plan(files, ParsedVersion.FromSemVer(version), tagPrefix);

    /// <summary>Every file's new text; a version a target cannot express is an error before anything is written.</summary>
    public static IReadOnlyList<PlannedFile> Plan(IEnumerable<ScannedFile> files, ParsedVersion version, string tagPrefix)
    {
        ArgumentNullException.ThrowIfNull(version);
        var planned = new List<PlannedFile>();
        foreach (var file in files)
        {
            CheckSuffixSlot(file, version);
            foreach (var slot in file.Slots)
            {
                // Render each slot once up front, so an error names the line of the slot that cannot take VERSION.
                Render(file, slot, version, tagPrefix);
            }

            var newText = VersionRenderer.Apply(file.Text, file.Slots, version, tagPrefix);

            planned.Add(new PlannedFile(file.Path, file.Text, newText, file.Slots));
        }

        return planned;
    }

    /// <summary>Every slot of every file compared with VERSION.</summary>
    public static IReadOnlyList<Drift> Check(IEnumerable<ScannedFile> files, SemanticVersion version, string tagPrefix) =>
        Check(files, ParsedVersion.FromSemVer(version), tagPrefix);

    /// <summary>Every slot of every file compared with VERSION.</summary>
    public static IReadOnlyList<Drift> Check(IEnumerable<ScannedFile> files, ParsedVersion version, string tagPrefix)
    {
        var result = new List<Drift>();
        foreach (var file in files)
        {
            foreach (var slot in file.Slots)
            {
                var expected = Render(file, slot, version, tagPrefix);
                result.Add(new Drift(file.Path, slot, expected, VersionAgreement.Agrees(slot, version, tagPrefix)));
            }
        }

        return result;
    }

    /// <summary>A prerelease needs a <c>&lt;VersionSuffix&gt;</c> to go into when the file splits the version in two.</summary>
    private static void CheckSuffixSlot(ScannedFile file, ParsedVersion version)
    {
        var prefix = file.Slots.FirstOrDefault(s => s.Part == VersionPart.Core);
        if (prefix is null || file.Slots.Any(s => s.Part == VersionPart.Suffix))
        {
            return;
        }

        var semVer = Render(file, prefix, () => version.ToSemVer());
        if (semVer.IsPrerelease || !semVer.Build.IsEmpty)
        {
            throw Messages.VersionSuffixMissing(file.Path, prefix.Line, semVer.ToString());
        }
    }

    private static string Render(ScannedFile file, VersionSlot slot, ParsedVersion version, string tagPrefix) =>
        Render(file, slot, () => VersionRenderer.Expected(slot, version, tagPrefix));

    /// <summary>Runs a conversion, naming the file and line of the slot when VERSION cannot be expressed there.</summary>
    private static T Render<T>(ScannedFile file, VersionSlot slot, Func<T> convert)
    {
        try
        {
            return convert();
        }
        catch (StewardException e)
        {
            throw Messages.VersionNotExpressibleAt(file.Path, slot.Line, e);
        }
    }
}
