using Steward.Core.Versioning;

namespace Steward.Core.Artifacts.Images;

/// <summary>
/// The tags a release gives an image. Always its own version (<c>X.Y.Z</c>, or the prerelease in Docker's form).
/// A stable release also moves <c>X.Y</c>, <c>X</c> and <c>latest</c>, each only when it is the highest stable
/// release of that minor line, major line or overall: a patch to an old line never takes <c>latest</c> from a newer
/// one. A prerelease moves nothing but its own tag.
/// </summary>
public static class ImageTagRules
{
    public static IReadOnlyList<string> For(SemanticVersion version, IEnumerable<SemanticVersion> releases)
    {
        var tags = new List<string> { VersionConverter.ToDockerTag(version) };
        if (version.IsPrerelease)
        {
            return tags;
        }

        var stable = releases.Where(r => !r.IsPrerelease).ToList();
        if (IsHighest(version, stable.Where(r => r.Major == version.Major && r.Minor == version.Minor)))
        {
            tags.Add($"{version.Major}.{version.Minor}");
        }

        if (IsHighest(version, stable.Where(r => r.Major == version.Major)))
        {
            tags.Add($"{version.Major}");
        }

        if (IsHighest(version, stable))
        {
            tags.Add("latest");
        }

        return tags;
    }

    private static bool IsHighest(SemanticVersion version, IEnumerable<SemanticVersion> others) =>
        others.All(other => SemanticVersion.ComparePrecedence(version, other) >= 0);
}
