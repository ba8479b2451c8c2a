using Steward.Core.Propagation.Formats;
using Steward.Core.Propagation.Toml;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Locators;

/// <summary>
/// <c>Cargo.toml</c> <c>[package] version</c> (and <c>[workspace.package] version</c>, which members inherit), in
/// SemVer. A member that inherits (<c>version.workspace = true</c>) has nothing of its own to write.
/// </summary>
public sealed class CargoLocator : IVersionLocator
{
    public string Description => "Cargo.toml [package] version (SemVer)";

    public IReadOnlyList<VersionSlot> Locate(string path, string text)
    {
        var document = TomlDocument.Parse(path, text);
        var slots = new List<VersionSlot>();
        foreach (var (key, label) in new[] { (new[] { "package", "version" }, "[package] version"), (["workspace", "package", "version"], "[workspace.package] version") })
        {
            var entry = document.Find(key);
            if (entry is { Kind: TomlValueKind.String })
            {
                slots.AddRange(SlotFactory.From(path, TomlValueFinder.From(entry), label, VersionForm.SemVer));
            }
        }

        return slots;
    }
}
