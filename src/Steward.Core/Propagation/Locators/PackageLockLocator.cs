using Steward.Core.Propagation.Formats;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Locators;

/// <summary>
/// <c>package-lock.json</c>: the root project's entries, the top-level <c>version</c> and <c>packages[""].version</c>
/// (lockfile v2 and v3). Every other entry is a dependency and is never touched. SemVer.
/// </summary>
public sealed class PackageLockLocator : IVersionLocator
{
    public string Description => "package-lock.json root version entries (SemVer)";

    public IReadOnlyList<VersionSlot> Locate(string path, string text) =>
    [
        .. SlotFactory.From(path, JsonValueFinder.Find(path, text, ["version"]), "version", VersionForm.SemVer),
        .. SlotFactory.From(path, JsonValueFinder.Find(path, text, ["packages", string.Empty, "version"]), "packages[\"\"].version", VersionForm.SemVer),
    ];
}
