namespace Steward.Core.Configuration;

/// <summary>How <c>steward publish</c> publishes a release on the forge.</summary>
public sealed class PublishConfig
{
    /// <summary>Create the release as a draft and leave it for a maintainer to publish.</summary>
    public bool Draft { get; set; }

    /// <summary>Globs (relative to the repository root) of the files to attach; default: every file in <c>dist/</c>.</summary>
    public List<string> Assets { get; set; } = ["dist/*"];
}
