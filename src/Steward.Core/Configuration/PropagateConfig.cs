namespace Steward.Core.Configuration;

/// <summary>Which files carry the version (detected and configured targets), owned by propagate.</summary>
public sealed class PropagateConfig
{
    /// <summary>Whether Steward looks for the files it knows (Python, Helm, Docker, .NET, Node, Rust, Maven, Gradle).</summary>
    public bool Detect { get; set; } = true;

    /// <summary>Globs of detected files to leave alone (e.g. <c>tests/fixtures/**</c>). Configured targets are never excluded.</summary>
    public IList<string> Exclude { get; set; } = [];

    /// <summary>Files Steward does not detect, each with a pattern or key path and the scheme to write.</summary>
    public IList<PropagateTargetConfig> Targets { get; set; } = [];
}
