namespace Steward.Core.Configuration;

/// <summary>
/// The branching model around releases, owned by flow, sync, rollback and support: branch names, maintenance lines,
/// downstream branches, the support policy and the artifact forms a rollback prints.
/// </summary>
public sealed class FlowConfig
{
    /// <summary>The remote that <c>--push</c> pushes to.</summary>
    public string Remote { get; set; } = "origin";

    public FlowBranchesConfig Branches { get; set; } = new();

    /// <summary>
    /// Maintenance branch patterns; <c>{major}</c> (and optionally <c>{minor}</c>) mark the line's numbers:
    /// <c>release/{major}.x</c> matches <c>release/1.x</c>.
    /// </summary>
    public List<string> Maintenance { get; set; } = ["release/{major}.x", "support/{major}.x"];

    /// <summary>Maintenance branches that take fixes only: a <c>feat</c> there is released as a patch.</summary>
    public List<string> PatchOnly { get; set; } = [];

    /// <summary>Downstream branches that follow another branch (e.g. <c>cloud</c> follows <c>main</c>).</summary>
    public List<SyncBranchConfig> Sync { get; set; } = [];

    public SupportPolicyConfig Support { get; set; } = new();

    /// <summary>
    /// Forms a rollback prints the previous version in, by label: <c>image: docker</c>, <c>chart: semver</c>.
    /// Forms: semver, pep440, docker, tag.
    /// </summary>
    public Dictionary<string, string> Artifacts { get; set; } = new(StringComparer.Ordinal)
    {
        ["tag"] = "tag",
        ["image"] = "docker",
    };
}
