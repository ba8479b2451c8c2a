using FsCheck;
using FsCheck.Fluent;
using Steward.Core.Propagation;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Propagation;

public sealed class VersionAgreementTests
{
    private static VersionSlot Slot(string found, VersionForm form, VersionPart part = VersionPart.Whole) => new(0, found.Length, found, 1, form, "version", part);

    [Theory]
    [InlineData("0.2.0a1", VersionForm.Pep440, "0.2.0-alpha.1", true)]
    [InlineData("0.2.0-alpha.1", VersionForm.Pep440, "0.2.0-alpha.1", true)]
    [InlineData("0.2.0.0a1", VersionForm.Pep440, "0.2.0-alpha.1", true)]
    [InlineData("0.2.0a2", VersionForm.Pep440, "0.2.0-alpha.1", false)]
    [InlineData("1.0.0_build.7", VersionForm.Docker, "1.0.0+build.7", true)]
    [InlineData("v1.0.0", VersionForm.SemVer, "1.0.0", true)]
    [InlineData("1.0.0", VersionForm.SemVer, "1.0.0+build.1", false)]
    [InlineData("api-v1.0.0", VersionForm.Tag, "1.0.0", true)]
    [InlineData("not a version", VersionForm.SemVer, "1.0.0", false)]
    [InlineData("1.0.0.post1", VersionForm.Pep440, "1.0.0", false)]
    public void Compares_as_versions_across_schemes(string found, VersionForm form, string version, bool agrees) =>
        VersionAgreement.Agrees(Slot(found, form), SemanticVersion.Parse(version), "api-v").Should().Be(agrees);

    [Fact]
    public void A_version_suffix_must_match_exactly() =>
        VersionAgreement.Agrees(Slot("rc.1", VersionForm.SemVer, VersionPart.Suffix), SemanticVersion.Parse("1.0.0-rc.2"), "v").Should().BeFalse();

    [Fact]
    public void Whatever_propagate_writes_check_accepts()
    {
        var versions = Gen.Elements("0.1.0", "1.2.3-alpha.1", "2.0.0-rc.4", "3.1.0-beta.2.dev.3", "1.0.0+build.5", "10.20.30-rc.1+sha.abc")
            .Zip(Gen.Choose(0, 1000))
            .Select(t => SemanticVersion.Parse(t.Item1).Core.Major + t.Item2 >= 0 ? SemanticVersion.Parse(t.Item1.Replace("0.", $"{t.Item2}.", StringComparison.Ordinal)) : null!);
        var forms = Gen.Elements(VersionForm.SemVer, VersionForm.Pep440, VersionForm.Docker, VersionForm.Tag);
        Prop.ForAll(versions.ToArbitrary(), forms.ToArbitrary(), (version, form) =>
        {
            var written = VersionRenderer.Expected(Slot("0.0.1", form), version, "v");
            return VersionAgreement.Agrees(Slot(written, form), version, "v");
        }).QuickCheckThrowOnFailure();
    }
}
