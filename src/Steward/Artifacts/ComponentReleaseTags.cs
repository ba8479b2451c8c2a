using Steward.Core.Components;
using Steward.Core.Errors;
using Steward.Git;

namespace Steward.Artifacts;

/// <summary>
/// The releases a monorepo verb about one release (artifacts, images) works on: for each selected component, the
/// version given with --version (one named component only) or its release tag at HEAD. Components not named that have
/// no release tag at HEAD are left out (a release commit tags only the components it released); a named one without
/// is refused, as is a HEAD that is no component's release at all.
/// </summary>
internal static class ComponentReleaseTags
{
    public static IReadOnlyList<(Component Component, ReleaseTag Tag)> Resolve(GitRunner git, IReadOnlyList<Component> selected, bool named, string? version, string verb)
    {
        ArgumentNullException.ThrowIfNull(selected);
        if (version is not null)
        {
            return [(selected[0], ReleaseTagResolver.Resolve(git, selected[0].TagPrefix, version))];
        }

        var head = ReleaseTagResolver.TagsAtHead(git);
        var releases = new List<(Component, ReleaseTag)>();
        foreach (var component in selected)
        {
            if (named || head.Any(t => ReleaseTagResolver.IsReleaseTag(t, component.TagPrefix)))
            {
                releases.Add((component, ReleaseTagResolver.Resolve(git, component.TagPrefix, null, head)));
            }
        }

        return releases.Count > 0 ? releases : throw Messages.NoComponentReleaseAtHead(verb, selected.Select(c => c.TagPrefix + "X.Y.Z"));
    }
}
