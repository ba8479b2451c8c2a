using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Versioning;

/// <summary>Generators of valid versions, biased toward the edges: zeros, equal parts, numbers past 64 bits.</summary>
internal static class VersionGenerators
{
    public static Gen<BigInteger> Number { get; } = Gen.Frequency(
        (6, Gen.Choose(0, 3).Select(i => new BigInteger(i))),
        (3, Gen.Choose(0, 1000).Select(i => new BigInteger(i))),
        (1, Gen.Choose(0, 9).Select(i => BigInteger.Parse("18446744073709551615", System.Globalization.CultureInfo.InvariantCulture) + i)));

    private static Gen<string> Alphanumeric { get; } = Gen.Elements("alpha", "beta", "rc", "a", "b", "x-y", "-", "A", "Z9", "dev", "0a", "--");

    public static Gen<string> PrereleaseIdentifier { get; } =
        Gen.Frequency((1, Number.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))), (1, Alphanumeric));

    public static Gen<string> BuildIdentifier { get; } = Gen.Elements("001", "build", "5", "exp-sha", "20130313144700", "Z");

    public static Gen<SemanticVersion> SemVer { get; } =
        from major in Number
        from minor in Number
        from patch in Number
        from pre in Gen.Frequency((2, Gen.Constant(Array.Empty<string>())), (3, Gen.ArrayOf(PrereleaseIdentifier).Resize(3)))
        from build in Gen.Frequency((3, Gen.Constant(Array.Empty<string>())), (1, Gen.NonEmptyListOf(BuildIdentifier).Resize(2).Select(l => l.ToArray())))
        select new SemanticVersion(major, minor, patch, pre, build);

    /// <summary>SemVer versions written the way Steward writes PEP 440-compatible prereleases.</summary>
    public static Gen<SemanticVersion> ConvertibleSemVer { get; } =
        from major in Number
        from minor in Number
        from patch in Number
        from label in Gen.Elements<string?>(null, "alpha", "beta", "rc")
        from n in Gen.Choose(0, 20)
        from dev in Gen.Elements<int?>(null, 0, 3)
        from build in Gen.Elements(Array.Empty<string>(), ["build", "5"], ["abc7"])
        let pre = (label is null ? [] : new[] { label, n.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .Concat(dev is null ? [] : ["dev", dev.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        select new SemanticVersion(major, minor, patch, pre, build);

    public static Gen<Pep440Version> Pep440 { get; } =
        from epoch in Gen.Frequency((5, Gen.Constant(BigInteger.Zero)), (1, Number))
        from release in Gen.NonEmptyListOf(Number).Resize(4)
        from pre in Gen.Frequency(
            (2, Gen.Constant<(Pep440PreLabel, BigInteger)?>(null)),
            (2, from l in Gen.Elements(Pep440PreLabel.Alpha, Pep440PreLabel.Beta, Pep440PreLabel.ReleaseCandidate)
                from n in Number
                select ((Pep440PreLabel, BigInteger)?)(l, n)))
        from post in Gen.Frequency((3, Gen.Constant<BigInteger?>(null)), (1, Number.Select(n => (BigInteger?)n)))
        from dev in Gen.Frequency((3, Gen.Constant<BigInteger?>(null)), (1, Number.Select(n => (BigInteger?)n)))
        from local in Gen.Elements(Array.Empty<string>(), ["ubuntu", "1"], ["abc", "5"], ["7"])
        select new Pep440Version(epoch, release, pre, post, dev, local);

    /// <summary>PEP 440 versions with a SemVer image: no epoch, no post-release, at most three release numbers.</summary>
    public static Gen<Pep440Version> ConvertiblePep440 { get; } =
        Pep440.Select(v => new Pep440Version(BigInteger.Zero, v.Release.Take(3), v.Pre, null, v.Dev, v.Local));
}
