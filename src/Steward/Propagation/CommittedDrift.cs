using Steward.Core.Components;
using Steward.Core.Errors;
using Steward.Core.Propagation;
using Steward.Core.Versioning;
using Steward.Git;

namespace Steward.Propagation;

/// <summary>
/// `steward check` before a release: every target agrees with the VERSION the last commit holds. A VERSION raised by
/// hand and not yet propagated is the normal flow, so the committed VERSION is the reference. Used by release and by
/// flow's finishes.
/// </summary>
internal static class CommittedDrift
{
    /// <param name="versionFile">The component's VERSION in the work tree: the reference when none is committed yet.</param>
    public static void Refuse(ReleaseRangeReader reader, string head, Component component, VersionFile? versionFile, TargetSet targets)
    {
        var committed = reader.ReadCommittedFile(head, component.VersionFile);
        var reference = committed is null ? versionFile : VersionFile.Parse($"{component.VersionFile} (committed)", committed);
        if (reference is null)
        {
            return;
        }

        var drift = Propagator.Check(targets.Files, reference.Version.ToSemVer(), component.TagPrefix).Where(d => !d.Agrees).ToList();
        if (drift.Count > 0)
        {
            var first = drift[0];
            throw Messages.VersionDrift(first.Path, first.Slot.Line, first.Slot.Found, first.Expected, drift.Count - 1);
        }
    }
}
