using Steward.Core.Propagation;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Propagation;

/// <summary>Every detected kind of target, traps included, propagated to 1.2.0-rc.1 and compared byte for byte with its golden file.</summary>
public sealed class DetectedTargetGoldenTests
{
    private static readonly SemanticVersion Version = SemanticVersion.Parse("1.2.0-rc.1");

    public static IEnumerable<object[]> Cases => GoldenPairs.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Propagating_changes_only_the_version_tokens(string caseName)
    {
        var input = GoldenPairs.InputPath(caseName);
        var (text, bom) = GoldenPairs.Decode(File.ReadAllBytes(input));
        var name = Path.GetFileName(input);
        var locator = DetectedTargets.For($"some/dir/{name}");
        locator.Should().NotBeNull($"{name} is a detected kind");

        var scanned = Propagator.Scan(name, text, [locator!]);
        var planned = Propagator.Plan([scanned], Version, "v").Single();

        GoldenPairs.AssertBytes(input + ".expected", GoldenPairs.Encode(planned.NewText, bom));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void After_propagating_every_slot_agrees_and_a_second_run_changes_nothing(string caseName)
    {
        var input = GoldenPairs.InputPath(caseName);
        var (text, _) = GoldenPairs.Decode(File.ReadAllBytes(input));
        var name = Path.GetFileName(input);
        var locator = DetectedTargets.For(name)!;
        var once = Propagator.Plan([Propagator.Scan(name, text, [locator])], Version, "v").Single().NewText;

        var rescanned = Propagator.Scan(name, once, [locator]);
        Propagator.Check([rescanned], Version, "v").Should().OnlyContain(d => d.Agrees);
        Propagator.Plan([rescanned], Version, "v").Single().Changed.Should().BeFalse();
    }
}
