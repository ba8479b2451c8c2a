using System.Numerics;
using Steward.Core.Errors;

namespace Steward.Core.Versioning;

/// <summary>
/// Converts between SemVer and PEP 440 only where the conversion is faithful; any part without an exact
/// image in the target scheme is an error naming that part, never an approximation.
/// </summary>
public static class VersionConverter
{
    private const string Target440 = "PEP 440";
    private const string TargetSemVer = "SemVer";

    /// <summary>
    /// <c>1.2.0-alpha.1</c> to <c>1.2.0a1</c>, <c>-beta.2</c> to <c>b2</c>, <c>-rc.3</c> to <c>rc3</c>, <c>-alpha</c> to <c>a0</c>,
    /// <c>-dev.N</c> to <c>.devN</c> (also after a pre-release: <c>-rc.1.dev.2</c> to <c>rc1.dev2</c>), build metadata to a local version.
    /// </summary>
    public static Pep440Version ToPep440(SemanticVersion version)
    {
        var ids = version.Prerelease;
        (Pep440PreLabel, BigInteger)? pre = null;
        BigInteger? dev = null;
        var i = 0;
        if (i < ids.Length && PreLabelOf(ids[i]) is { } label)
        {
            i++;
            var number = BigInteger.Zero;
            if (i < ids.Length && SemanticVersion.IsNumeric(ids[i]))
            {
                number = BigInteger.Parse(ids[i], System.Globalization.CultureInfo.InvariantCulture);
                i++;
            }

            pre = (label, number);
        }

        if (i < ids.Length && string.Equals(ids[i], "dev", StringComparison.OrdinalIgnoreCase))
        {
            i++;
            dev = BigInteger.Zero;
            if (i < ids.Length && SemanticVersion.IsNumeric(ids[i]))
            {
                dev = BigInteger.Parse(ids[i], System.Globalization.CultureInfo.InvariantCulture);
                i++;
            }
        }

        if (i < ids.Length)
        {
            throw NotRepresentable(version, Target440,
                $"prerelease identifier '{ids[i]}' has no PEP 440 image (only alpha/a, beta/b, rc/c with a number, then dev with a number)");
        }

        foreach (var id in version.Build)
        {
            if (id.Contains('-', StringComparison.Ordinal))
            {
                throw NotRepresentable(version, Target440, $"build identifier '{id}' has '-', which a PEP 440 local version turns into '.'");
            }

            if (SemanticVersion.IsNumeric(id) && id.Length > 1 && id[0] == '0')
            {
                throw NotRepresentable(version, Target440, $"build identifier '{id}' has a leading zero, which PEP 440 drops");
            }

            if (id.Any(char.IsAsciiLetterUpper))
            {
                throw NotRepresentable(version, Target440, $"build identifier '{id}' has upper-case letters, which PEP 440 lower-cases");
            }
        }

        return new Pep440Version(BigInteger.Zero, [version.Major, version.Minor, version.Patch], pre, null, dev, version.Build);
    }

    /// <summary>
    /// The reverse of <see cref="ToPep440"/>. Release segments beyond three must be zero (PEP 440 ignores trailing zeros);
    /// fewer are padded with zeros. An epoch or a post-release has no SemVer image.
    /// </summary>
    public static SemanticVersion ToSemVer(Pep440Version version)
    {
        if (!version.Epoch.IsZero)
        {
            throw NotRepresentable(version, TargetSemVer, $"epoch '{version.Epoch}!' has no SemVer image");
        }

        if (version.Post is not null)
        {
            throw NotRepresentable(version, TargetSemVer, "a post-release sorts after its release in PEP 440 but a SemVer prerelease sorts before it");
        }

        var release = version.Release;
        for (var k = 3; k < release.Length; k++)
        {
            if (!release[k].IsZero)
            {
                throw NotRepresentable(version, TargetSemVer, $"release segment {k + 1} ('{release[k]}') is beyond MAJOR.MINOR.PATCH");
            }
        }

        var prerelease = new List<string>();
        if (version.Pre is { } pre)
        {
            prerelease.Add(pre.Label switch
            {
                Pep440PreLabel.Alpha => "alpha",
                Pep440PreLabel.Beta => "beta",
                _ => "rc",
            });
            prerelease.Add(pre.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (version.Dev is { } dev)
        {
            prerelease.Add("dev");
            prerelease.Add(dev.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new SemanticVersion(
            release[0],
            release.Length > 1 ? release[1] : BigInteger.Zero,
            release.Length > 2 ? release[2] : BigInteger.Zero,
            prerelease,
            version.Local);
    }

    /// <summary>
    /// A Docker image tag: <c>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}</c>. Docker forbids <c>+</c>, so build metadata is joined
    /// with <c>_</c>, the spelling Helm uses for the same reason, which keeps it apart from a prerelease's <c>-</c>.
    /// </summary>
    public static string ToDockerTag(SemanticVersion version)
    {
        var tag = version.ToString().Replace('+', '_');
        if (tag.Length > 128)
        {
            throw NotRepresentable(version, "Docker tag", $"it is {tag.Length} characters long; a tag allows at most 128");
        }

        return tag;
    }

    /// <summary>A git tag: the configured prefix (default <c>v</c>) and the SemVer text.</summary>
    public static string ToGitTag(SemanticVersion version, string prefix = "v") => prefix + version;

    /// <summary>Writes <paramref name="version"/> in <paramref name="form"/>.</summary>
    public static string Format(SemanticVersion version, VersionForm form, string tagPrefix = "v") => form switch
    {
        VersionForm.SemVer => version.ToString(),
        VersionForm.Pep440 => ToPep440(version).ToString(),
        VersionForm.Docker => ToDockerTag(version),
        VersionForm.Tag => ToGitTag(version, tagPrefix),
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    private static Pep440PreLabel? PreLabelOf(string id) => id.ToLowerInvariant() switch
    {
        "alpha" or "a" => Pep440PreLabel.Alpha,
        "beta" or "b" => Pep440PreLabel.Beta,
        "rc" or "c" => Pep440PreLabel.ReleaseCandidate,
        _ => null,
    };

    private static StewardException NotRepresentable(object version, string target, string why) =>
        Messages.VersionNotConvertible(version.ToString() ?? string.Empty, target, why);
}
