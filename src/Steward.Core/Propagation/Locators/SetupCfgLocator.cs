using System.Text.RegularExpressions;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Locators;

/// <summary>
/// <c>setup.cfg</c> <c>[metadata] version = 1.2.0</c> (or <c>version: 1.2.0</c>), in PEP 440. A value that points
/// elsewhere (<c>attr:</c> or <c>file:</c>) is not a version and is left alone.
/// </summary>
public sealed partial class SetupCfgLocator : IVersionLocator
{
    public string Description => "setup.cfg [metadata] version (PEP 440)";

    public IReadOnlyList<VersionSlot> Locate(string path, string text)
    {
        var lines = new LineIndex(text);
        var slots = new List<VersionSlot>();
        string? section = null;
        foreach (Match line in Line().Matches(text))
        {
            var content = line.Value.TrimEnd('\r');
            var header = Section().Match(content);
            if (header.Success)
            {
                section = header.Groups["name"].Value.Trim();
                continue;
            }

            if (!string.Equals(section, "metadata", StringComparison.Ordinal))
            {
                continue;
            }

            var entry = VersionEntry().Match(content);
            if (entry.Success && !entry.Groups["version"].Value.Contains(':', StringComparison.Ordinal))
            {
                var group = entry.Groups["version"];
                var offset = line.Index + group.Index;
                slots.Add(new VersionSlot(offset, group.Length, group.Value, lines.LineOf(offset), VersionForm.Pep440, "[metadata] version"));
            }
        }

        return LocatorErrors.Single(path, slots);
    }

    [GeneratedRegex(@"^.*$", RegexOptions.Multiline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Line();

    [GeneratedRegex(@"^\[(?<name>[^\]]+)\]\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Section();

    [GeneratedRegex(@"^version[ \t]*[=:][ \t]*(?<version>[^\s;#]+)[ \t]*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VersionEntry();
}
