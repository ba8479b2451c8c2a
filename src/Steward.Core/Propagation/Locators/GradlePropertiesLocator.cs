using System.Text.RegularExpressions;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Locators;

/// <summary><c>gradle.properties</c> <c>version=1.2.0</c> (also <c>version = 1.2.0</c> or <c>version: 1.2.0</c>), in SemVer.</summary>
public sealed partial class GradlePropertiesLocator : IVersionLocator
{
    public string Description => "gradle.properties version (SemVer)";

    public IReadOnlyList<VersionSlot> Locate(string path, string text)
    {
        var lines = new LineIndex(text);
        var slots = Property().Matches(text)
            .Select(m => m.Groups["version"])
            .Select(g => new VersionSlot(g.Index, g.Length, g.Value, lines.LineOf(g.Index), VersionForm.SemVer, "version"))
            .ToList();
        return LocatorErrors.Single(path, slots);
    }

    [GeneratedRegex(@"^[ \t]*version[ \t]*[=:][ \t]*(?<version>[^\s#!]+)[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Property();
}
