namespace Steward.Core.Configuration;

/// <summary>
/// Commands around the release. They get STEWARD_VERSION, STEWARD_TAG and STEWARD_PREVIOUS_VERSION in their
/// environment; values are never pasted into a command line.
/// </summary>
public sealed class ReleaseHooksConfig
{
    /// <summary>After the files are written, before the commit; what they change joins the release commit.</summary>
    public List<GateConfig> BeforeCommit { get; set; } = [];

    /// <summary>After the tag (and the push, when there is one).</summary>
    public List<GateConfig> AfterRelease { get; set; } = [];
}
