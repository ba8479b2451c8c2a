using System.Text.Json.Serialization;
using Steward.Core.Versioning;

namespace Steward.Core.Report;

/// <summary>
/// One release of the report: a version tag (or a retracted version whose tag is gone), its date, what kind of release
/// it is and its notes as Markdown, made as <c>steward notes --version</c> makes them.
/// </summary>
/// <param name="Parsed">The version, for ordering and grouping into lines.</param>
/// <param name="Tag">The tag's name; null for a retracted version whose tag was deleted.</param>
/// <param name="Date">The tag's date (UTC); null when it is not known (a deleted tag with no date in its changelog heading).</param>
/// <param name="Retracted">Whether the changelog records the version as retracted (<c>steward rollback --retract-tag</c>).</param>
/// <param name="Notes">The release notes as Markdown (sanitised when they were made); empty when there are none.</param>
public sealed record ReportRelease(
    [property: JsonIgnore] SemanticVersion Parsed,
    string? Tag,
    DateOnly? Date,
    bool Retracted,
    string Notes)
{
    public string Version => Parsed.ToString();

    /// <summary><c>ga</c> (a stable X.Y.0), <c>patch</c> (a stable X.Y.Z, Z &gt; 0: a hotfix or maintenance release) or <c>prerelease</c>.</summary>
    public string Kind => Parsed.IsPrerelease ? "prerelease" : Parsed.Patch.IsZero ? "ga" : "patch";
}
