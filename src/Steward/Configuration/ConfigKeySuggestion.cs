using System.Reflection;
using Steward.Core.Configuration;
using Steward.Core.Text;

namespace Steward.Configuration;

/// <summary>
/// "Did you mean" for an unknown steward.yml key: the keys of the section it was written in, as YAML spells them
/// (camelCase), and the closest to the typo. Kept apart from the loader so that another YAML reader can reuse it.
/// </summary>
internal static class ConfigKeySuggestion
{
    /// <summary>" (did you mean 'tagPrefix'?)" for <paramref name="key"/> in the section of type <paramref name="typeName"/>, or empty.</summary>
    public static string For(string key, string typeName)
    {
        var properties = PropertiesOf(typeName[(typeName.LastIndexOf('.') + 1)..]);
        var keys = properties.Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
        return Suggestion.Closest(key, keys) is { } closest ? $"; did you mean '{closest}'?" : string.Empty;
    }

    // Each type named with typeof, so the list stays correct under trimming (no lookup of a type by its name).
    private static PropertyInfo[] PropertiesOf(string name) => name switch
    {
        nameof(StewardConfig) => typeof(StewardConfig).GetProperties(),
        nameof(PropagateConfig) => typeof(PropagateConfig).GetProperties(),
        nameof(PropagateTargetConfig) => typeof(PropagateTargetConfig).GetProperties(),
        nameof(CommitsConfig) => typeof(CommitsConfig).GetProperties(),
        nameof(CommitLintConfig) => typeof(CommitLintConfig).GetProperties(),
        nameof(ChangelogConfig) => typeof(ChangelogConfig).GetProperties(),
        nameof(ChangelogLinksConfig) => typeof(ChangelogLinksConfig).GetProperties(),
        nameof(ReleaseConfig) => typeof(ReleaseConfig).GetProperties(),
        nameof(ReleaseHooksConfig) => typeof(ReleaseHooksConfig).GetProperties(),
        nameof(GateConfig) => typeof(GateConfig).GetProperties(),
        nameof(ArtifactsConfig) => typeof(ArtifactsConfig).GetProperties(),
        nameof(SignerConfig) => typeof(SignerConfig).GetProperties(),
        nameof(ImageConfig) => typeof(ImageConfig).GetProperties(),
        nameof(FlowConfig) => typeof(FlowConfig).GetProperties(),
        nameof(FlowBranchesConfig) => typeof(FlowBranchesConfig).GetProperties(),
        nameof(SupportPolicyConfig) => typeof(SupportPolicyConfig).GetProperties(),
        nameof(SyncBranchConfig) => typeof(SyncBranchConfig).GetProperties(),
        _ => [],
    };
}
