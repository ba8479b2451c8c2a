using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Errors;

namespace Steward.Configuration;

/// <summary>
/// The components a repository holds, as its configuration gives them. Today a repository is one component at the
/// root, configured by the root keys (tagPrefix, propagate, changelog) exactly as before components existed.
/// </summary>
internal static class ComponentResolver
{
    /// <summary>Every component of a repository configured as <paramref name="config"/>.</summary>
    public static IReadOnlyList<Component> Resolve(StewardConfig config) => [Component.Root(config)];

    /// <summary>The component a verb works on when none is named: the repository's only one.</summary>
    public static Component Single(StewardConfig config) => Resolve(config)[0];

    /// <summary>
    /// The component of the project at <paramref name="root"/> for the verbs that need only its VERSION file (the
    /// version tools): a steward.yml that cannot be read is reported by the verbs that read it, so here the
    /// component keeps its default settings instead.
    /// </summary>
    public static Component SingleLeniently(string root)
    {
        try
        {
            return Single(ConfigLoader.Load(root));
        }
        catch (StewardException)
        {
            return Single(new StewardConfig());
        }
    }
}
