using Steward.Core.Versioning;

namespace Steward.Core.Forge;

/// <summary>Which release may be the forge's "latest": the highest stable version only, so a 1.x maintenance release never is.</summary>
public static class ReleaseLatest
{
    public static bool IsLatest(SemanticVersion version, IEnumerable<SemanticVersion> released) =>
        !version.IsPrerelease && released.Where(v => !v.IsPrerelease).All(v => v.CompareTo(version) <= 0);
}
