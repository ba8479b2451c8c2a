using FsCheck;
using FsCheck.Fluent;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Versioning;

/// <summary>Properties that must hold for every version, checked on generated ones.</summary>
public class VersionPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(500);

    [Fact]
    public void SemVer_parse_of_format_is_identity()
    {
        Prop.ForAll(VersionGenerators.SemVer.ToArbitrary(), v =>
        {
            var reparsed = SemanticVersion.Parse(v.ToString());
            return reparsed.Equals(v) && reparsed.ToString() == v.ToString();
        }).Check(Config);
    }

    [Fact]
    public void SemVer_order_is_total_and_consistent_with_equality()
    {
        var arb = VersionGenerators.SemVer.ToArbitrary();
        Prop.ForAll(arb, arb, arb, (a, b, c) =>
        {
            var ab = a.CompareTo(b);
            var antisymmetric = Math.Sign(ab) == -Math.Sign(b.CompareTo(a));
            var consistent = (ab == 0) == a.Equals(b) && (ab != 0 || a.GetHashCode() == b.GetHashCode());
            var transitive = !(ab <= 0 && b.CompareTo(c) <= 0) || a.CompareTo(c) <= 0;
            var precedenceRefines = SemanticVersion.ComparePrecedence(a, b) == 0 || Math.Sign(SemanticVersion.ComparePrecedence(a, b)) == Math.Sign(ab);
            return antisymmetric && consistent && transitive && precedenceRefines;
        }).Check(Config);
    }

    [Fact]
    public void Pep440_parse_of_format_is_identity()
    {
        Prop.ForAll(VersionGenerators.Pep440.ToArbitrary(), v =>
        {
            var reparsed = Pep440Version.Parse(v.ToString());
            return reparsed.Equals(v) && reparsed.ToString() == v.ToString();
        }).Check(Config);
    }

    [Fact]
    public void Pep440_order_is_total_and_consistent_with_equality()
    {
        var arb = VersionGenerators.Pep440.ToArbitrary();
        Prop.ForAll(arb, arb, arb, (a, b, c) =>
        {
            var ab = a.CompareTo(b);
            var antisymmetric = Math.Sign(ab) == -Math.Sign(b.CompareTo(a));
            var consistent = (ab == 0) == a.Equals(b) && (ab != 0 || a.GetHashCode() == b.GetHashCode());
            var transitive = !(ab <= 0 && b.CompareTo(c) <= 0) || a.CompareTo(c) <= 0;
            return antisymmetric && consistent && transitive;
        }).Check(Config);
    }

    [Fact]
    public void SemVer_to_pep440_and_back_is_identity_where_defined()
    {
        Prop.ForAll(VersionGenerators.ConvertibleSemVer.ToArbitrary(), v =>
            VersionConverter.ToSemVer(VersionConverter.ToPep440(v)).Equals(v)).Check(Config);
    }

    [Fact]
    public void Pep440_to_semver_and_back_is_identity_where_defined()
    {
        Prop.ForAll(VersionGenerators.ConvertiblePep440.ToArbitrary(), v =>
            VersionConverter.ToPep440(VersionConverter.ToSemVer(v)).Equals(v)).Check(Config);
    }

    [Fact]
    public void The_schemes_agree_on_order_for_alpha_beta_rc_and_releases()
    {
        var arb = VersionGenerators.ConvertibleSemVer
            .Where(v => !v.Prerelease.Contains("dev") && v.Build.IsEmpty)
            .ToArbitrary();
        Prop.ForAll(arb, arb, (a, b) =>
            Math.Sign(SemanticVersion.ComparePrecedence(a, b)) == Math.Sign(VersionConverter.ToPep440(a).CompareTo(VersionConverter.ToPep440(b))))
            .Check(Config);
    }

    [Fact]
    public void A_bump_always_moves_forward()
    {
        var levels = Gen.Elements(BumpLevel.Patch, BumpLevel.Minor, BumpLevel.Major).ToArbitrary();
        var channels = Gen.Elements<string?>(null, "alpha", "beta", "rc").ToArbitrary();
        Prop.ForAll(VersionGenerators.ConvertibleSemVer.ToArbitrary(), levels, channels, (v, level, channel) =>
        {
            try
            {
                return SemanticVersion.ComparePrecedence(VersionIncrement.Bump(v, level, channel), v) > 0;
            }
            catch (Core.Errors.StewardException e) when (e.Message.Contains("backwards", StringComparison.Ordinal))
            {
                // Moving to an earlier channel is refused, never carried out.
                return true;
            }
        }).Check(Config);
    }
}
