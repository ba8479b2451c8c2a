using Steward.Core.Propagation.Formats;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Locators;

/// <summary>
/// Helm <c>Chart.yaml</c>: the top-level <c>version</c> and <c>appVersion</c>, in SemVer (an <c>appVersion</c> written
/// with a <c>v</c> keeps it). Versions under <c>dependencies:</c> belong to other charts and are never touched.
/// </summary>
public sealed class HelmChartLocator : IVersionLocator
{
    public string Description => "Helm Chart.yaml version and appVersion (SemVer)";

    public IReadOnlyList<VersionSlot> Locate(string path, string text) =>
    [
        .. SlotFactory.From(path, YamlValueFinder.Find(path, text, ["version"]), "version", VersionForm.SemVer),
        .. SlotFactory.From(path, YamlValueFinder.Find(path, text, ["appVersion"]), "appVersion", VersionForm.SemVer),
    ];
}
