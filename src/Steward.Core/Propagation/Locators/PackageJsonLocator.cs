using Steward.Core.Propagation.Formats;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Locators;

/// <summary><c>package.json</c>: the top-level <c>version</c> only, never a dependency's. SemVer.</summary>
public sealed class PackageJsonLocator : IVersionLocator
{
    public string Description => "package.json version (SemVer)";

    public IReadOnlyList<VersionSlot> Locate(string path, string text) =>
        [.. SlotFactory.From(path, JsonValueFinder.Find(path, text, ["version"]), "version", VersionForm.SemVer)];
}
