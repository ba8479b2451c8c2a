namespace Steward.Core.Configuration;

/// <summary>One downstream branch: <c>branch</c> is merged with <c>from</c> (default: the main branch) on every sync.</summary>
public sealed class SyncBranchConfig
{
    public string Branch { get; set; } = string.Empty;

    /// <summary>The branch it follows; empty means the main branch.</summary>
    public string From { get; set; } = string.Empty;

    /// <summary>
    /// Commands run on the merged tree (a scratch checkout of the commit the branch would move to) before the branch
    /// moves; a failing one leaves this branch as it was, unpushed, while the others still sync.
    /// </summary>
    public List<GateConfig> Gates { get; set; } = [];
}
