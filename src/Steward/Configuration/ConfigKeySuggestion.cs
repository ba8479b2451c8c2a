using Steward.Core.Text;

namespace Steward.Configuration;

/// <summary>
/// "Did you mean" for an unknown steward.yml key: the closest of the keys of the section it was written in, as YAML
/// spells them (camelCase). Kept apart from the loader so that another YAML reader can reuse it.
/// </summary>
internal static class ConfigKeySuggestion
{
    /// <summary>The known key closest to <paramref name="key"/>, or null when none is close.</summary>
    public static string? For(string key, IEnumerable<string> knownKeys) => Suggestion.Closest(key, knownKeys);
}
