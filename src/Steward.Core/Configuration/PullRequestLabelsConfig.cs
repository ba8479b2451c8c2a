namespace Steward.Core.Configuration;

/// <summary>The labels of a release pull request: information for people, never what Steward finds it by.</summary>
public sealed class PullRequestLabelsConfig
{
    /// <summary>Set when the pull request is opened or updated.</summary>
    public string Pending { get; set; } = "release: pending";

    /// <summary>Set (and the pending one taken off) once the merged release is tagged.</summary>
    public string Tagged { get; set; } = "release: tagged";
}
