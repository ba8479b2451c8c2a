namespace Steward.Core.Configuration;

/// <summary>
/// <c>release.blockers</c>: open issues and pull requests carrying one of these labels refuse a release (see
/// docs/blockers.md). Without the key the default labels are checked whenever a forge and a token are at hand.
/// </summary>
public sealed class BlockersConfig
{
    /// <summary>The labels that block; an empty list turns the check off.</summary>
    public List<string> Labels { get; set; } = ["release-blocker"];

    /// <summary>Fail, rather than warn and go on, when the forge cannot be asked (no token, no forge known).</summary>
    public bool Required { get; set; }
}
