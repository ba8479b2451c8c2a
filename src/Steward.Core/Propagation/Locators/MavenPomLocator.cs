using Steward.Core.Propagation.Formats;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Locators;

/// <summary>
/// Maven <c>pom.xml</c>: the project's own <c>&lt;version&gt;</c> (a direct child of <c>&lt;project&gt;</c>), never the
/// parent's or a dependency's; a property reference (<c>${revision}</c>) is computed by Maven and left alone. A module that inherits its version from the parent has none and is not a target. SemVer.
/// </summary>
public sealed class MavenPomLocator : IVersionLocator
{
    public string Description => "pom.xml project version (SemVer)";

    public IReadOnlyList<VersionSlot> Locate(string path, string text) =>
        LocatorErrors.Single(path, [.. SlotFactory.From(path, XmlValueFinder.Find(path, text, ["project", "version"]), "<version>", VersionForm.SemVer)
            .Where(s => !s.Found.Contains("${", StringComparison.Ordinal))]);
}
