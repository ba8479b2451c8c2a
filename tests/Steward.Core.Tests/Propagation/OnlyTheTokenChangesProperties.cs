using FsCheck;
using FsCheck.Fluent;
using Steward.Core.Propagation;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Propagation;

/// <summary>For any version, propagating a golden input changes the version tokens and not one other character.</summary>
public sealed class OnlyTheTokenChangesProperties
{
    private static readonly Gen<SemanticVersion> Versions =
        from major in Gen.Choose(0, 99)
        from minor in Gen.Choose(0, 99)
        from patch in Gen.Choose(0, 999)
        from pre in Gen.Elements(Array.Empty<string>(), ["alpha", "1"], ["beta", "12"], ["rc", "3"], ["rc", "1", "dev", "4"])
        select new SemanticVersion(major, minor, patch, pre);

    [Fact]
    public void Text_outside_the_slots_is_kept_for_every_golden_input()
    {
        var inputs = GoldenPairs.Cases()
            .Select(c => GoldenPairs.InputPath((string)c[0]))
            .Select(p => (Name: Path.GetFileName(p), Text: GoldenPairs.Decode(File.ReadAllBytes(p)).Text))
            .ToArray();

        Prop.ForAll(Versions.ToArbitrary(), Gen.Elements(inputs).ToArbitrary(), (version, input) =>
        {
            var locator = DetectedTargets.For(input.Name)!;
            var before = Propagator.Scan(input.Name, input.Text, [locator]);
            var after = Propagator.Scan(input.Name, Propagator.Plan([before], version, "v").Single().NewText, [locator]);
            return before.Slots.Count == after.Slots.Count
                && string.Equals(WithoutSlots(before), WithoutSlots(after), StringComparison.Ordinal)
                && after.Slots.All(s => VersionAgreement.Agrees(s, version, "v"));
        }).QuickCheckThrowOnFailure();
    }

    private static string WithoutSlots(ScannedFile file)
    {
        var text = file.Text;
        foreach (var slot in file.Slots.OrderByDescending(s => s.Start))
        {
            text = text.Remove(slot.Start, slot.Length).Insert(slot.Start, "\u0000");
        }

        return text;
    }
}
