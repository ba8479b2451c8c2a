using Steward.Core.Propagation.Formats;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Locators;

/// <summary>
/// .NET <c>Directory.Build.props</c> and <c>*.csproj</c>: <c>&lt;Version&gt;</c> in a <c>&lt;PropertyGroup&gt;</c>, or
/// the pair <c>&lt;VersionPrefix&gt;</c> (MAJOR.MINOR.PATCH) and <c>&lt;VersionSuffix&gt;</c> (the prerelease). SemVer.
/// A prerelease VERSION needs a <c>&lt;VersionSuffix&gt;</c> element to go into (an empty one will do).
/// </summary>
public sealed class MsBuildLocator : IVersionLocator
{
    public string Description => ".NET <Version>, or <VersionPrefix> and <VersionSuffix> (SemVer)";

    public IReadOnlyList<VersionSlot> Locate(string path, string text)
    {
        var slots = new List<VersionSlot>();
        foreach (var (element, part) in new[] { ("Version", VersionPart.Whole), ("VersionPrefix", VersionPart.Core), ("VersionSuffix", VersionPart.Suffix) })
        {
            slots.AddRange(LocatorErrors.Single(path, Find(path, text, element, part).ToList()));
        }

        return slots;
    }

    // A value built from other properties ($(VersionPrefix)-beta) is computed by MSBuild, not written here.
    private static IEnumerable<VersionSlot> Find(string path, string text, string element, VersionPart part) =>
        SlotFactory.From(path, XmlValueFinder.Find(path, text, ["Project", "PropertyGroup", element]), $"<{element}>", VersionForm.SemVer, part)
            .Where(s => !s.Found.Contains("$(", StringComparison.Ordinal));
}
