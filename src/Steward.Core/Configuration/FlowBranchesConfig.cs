namespace Steward.Core.Configuration;

/// <summary>Branch names and prefixes of Git Flow; the defaults are Git Flow's own.</summary>
public sealed class FlowBranchesConfig
{
    public string Main { get; set; } = "main";

    public string Develop { get; set; } = "develop";

    /// <summary>Prefix of feature branches: <c>feature/</c> gives <c>feature/login</c>.</summary>
    public string Feature { get; set; } = "feature/";

    /// <summary>Prefix of release branches, followed by the version: <c>release/v</c> gives <c>release/v1.2.0</c>.</summary>
    public string Release { get; set; } = "release/v";

    /// <summary>Prefix of hotfix branches, followed by the tag: <c>hotfix/</c> gives <c>hotfix/v1.2.1</c>.</summary>
    public string Hotfix { get; set; } = "hotfix/";
}
