using Steward.Core.Propagation.Formats;
using Steward.Core.Propagation.Toml;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Locators;

/// <summary>
/// <c>pyproject.toml</c>: <c>[project] version</c> (PEP 621), left alone when <c>version</c> is listed in
/// <c>[project] dynamic</c> because the build backend computes it; and <c>[tool.poetry] version</c>. Both when both
/// are present. Written in PEP 440.
/// </summary>
public sealed class PyprojectLocator : IVersionLocator
{
    public string Description => "pyproject.toml [project] and [tool.poetry] version (PEP 440)";

    public IReadOnlyList<VersionSlot> Locate(string path, string text)
    {
        var document = TomlDocument.Parse(path, text);
        var slots = new List<VersionSlot>();
        var dynamic = document.Find("project", "dynamic");
        if (dynamic is null || !dynamic.Strings.Contains("version", StringComparer.Ordinal))
        {
            slots.AddRange(SlotFactory.From(path, TomlValueFinder.From(document.Find("project", "version")), "[project] version", VersionForm.Pep440));
        }

        slots.AddRange(SlotFactory.From(path, TomlValueFinder.From(document.Find("tool", "poetry", "version")), "[tool.poetry] version", VersionForm.Pep440));
        return slots;
    }
}
