using Steward.Core.Versioning;

namespace Steward.Core.Commits;

/// <summary>
/// A release tag as git lists it: its name (with prefix), the version the name spells, the commit it points at (an
/// annotated tag is peeled to its commit) and its date (the tagger's date, or the commit's for a lightweight tag).
/// </summary>
public sealed record VersionTag(string Name, SemanticVersion Version, string Sha, DateTimeOffset Date, bool IsAnnotated)
{
    public bool IsPrerelease => Version.IsPrerelease;

    /// <summary>
    /// The version a tag name spells after <paramref name="prefix"/>; null for tags that are not versions
    /// (<c>latest</c>, <c>v1.2</c>, another component's tags), which history ignores.
    /// </summary>
    public static SemanticVersion? VersionOf(string name, string prefix)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(prefix);
        if (!name.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        return SemanticVersion.TryParse(name[prefix.Length..], out var version, allowVPrefix: false) ? version : null;
    }
}
