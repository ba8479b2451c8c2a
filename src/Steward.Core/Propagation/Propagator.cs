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
                throw new StewardException(FailureKind.InvalidInput,
                    $"{path}:{slots[i].Line}: two targets claim overlapping text ({slots[i - 1].Label} and {slots[i].Label}); narrow the pattern in steward.yml");
            }
        }

        return new ScannedFile(path, text, slots);
    }

    /// <summary>Every file's new text; a version a target cannot express is an error before anything is written.</summary>
    public static IReadOnlyList<PlannedFile> Plan(IEnumerable<ScannedFile> files, SemanticVersion version, string tagPrefix)
    {
        ArgumentNullException.ThrowIfNull(version);
        var planned = new List<PlannedFile>();
        foreach (var file in files)
        {
            var needsSuffix = version.IsPrerelease || !version.Build.IsEmpty;
            var prefix = file.Slots.FirstOrDefault(s => s.Part == VersionPart.Core);
            if (needsSuffix && prefix is not null && file.Slots.All(s => s.Part != VersionPart.Suffix))
            {
                throw new StewardException(FailureKind.InvalidInput,
                    $"{file.Path}:{prefix.Line}: VERSION {version} has a prerelease, but there is no <VersionSuffix> beside <VersionPrefix>; add <VersionSuffix></VersionSuffix>");
            }

            string newText;
            try
            {
                newText = VersionRenderer.Apply(file.Text, file.Slots, version, tagPrefix);
            }
            catch (StewardException e)
            {
                var slot = file.Slots[0];
                throw new StewardException(FailureKind.InvalidInput, $"{file.Path}:{slot.Line}: {e.Message}", e);
            }

            planned.Add(new PlannedFile(file.Path, file.Text, newText, file.Slots));
        }

        return planned;
    }

    /// <summary>Every slot of every file compared with VERSION.</summary>
    public static IReadOnlyList<Drift> Check(IEnumerable<ScannedFile> files, SemanticVersion version, string tagPrefix)
    {
        var result = new List<Drift>();
        foreach (var file in files)
        {
            foreach (var slot in file.Slots)
            {
                string expected;
                try
                {
                    expected = VersionRenderer.Expected(slot, version, tagPrefix);
                }
                catch (StewardException e)
                {
                    throw new StewardException(FailureKind.InvalidInput, $"{file.Path}:{slot.Line}: {e.Message}", e);
                }

                result.Add(new Drift(file.Path, slot, expected, VersionAgreement.Agrees(slot, version, tagPrefix)));
            }
        }

        return result;
    }
}
