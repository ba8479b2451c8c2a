using Steward.Artifacts;
using Steward.Core.Artifacts.Images;
using Steward.Core.Components;
using Steward.Core.Errors;
using Steward.Core.Versioning;
using Steward.Git;

namespace Steward.Commands;

/// <summary>
/// <c>steward images</c> in a monorepo: each selected component's images, tagged from its own version and compared with
/// its own release tags. Without --component, the components with images whose release tag is at HEAD; one named
/// component prints exactly what a one-component repository prints.
/// </summary>
internal static class MonorepoImages
{
    public static string Plan(string projectRoot, GitRunner git, IReadOnlyList<Component> selected, bool named, string? version, string format)
    {
        if (version is not null && (!named || selected.Count != 1))
        {
            throw Messages.MonorepoOptionNeedsOneComponent("--version");
        }

        var declared = new List<(Component Component, IReadOnlyList<ImageSpec> Images)>();
        foreach (var component in selected)
        {
            var images = ImageSource.LoadFor(projectRoot, component);
            if (images.Count > 0)
            {
                declared.Add((component, images));
            }
            else if (named)
            {
                throw Messages.ComponentDeclaresNoImages(component.Name, component.At(ImagesFileReader.FileName));
            }
        }

        if (declared.Count == 0)
        {
            throw Messages.NoImagesDeclared(ImagesFileReader.FileName + " in a component's folder");
        }

        List<(Component Component, SemanticVersion Version)> releases = version is not null
            ? [(declared[0].Component, ReleaseTagResolver.ParseOption(version, declared[0].Component.TagPrefix))]
            : [.. ComponentReleaseTags.Resolve(git, [.. declared.Select(d => d.Component)], named, null, "images").Select(r => (r.Component, r.Tag.Version))];
        var plans = releases.Select(r => new ComponentImagePlan(r.Component.Name, r.Version.ToString(),
            ImagePlanner.Plan(declared.First(d => d.Component == r.Component).Images, r.Version, ReleaseTagResolver.ReleaseVersions(git, r.Component.TagPrefix)))).ToList();

        return format switch
        {
            "bake" => ImagePlanWriter.Bake([.. plans.SelectMany(p => p.Images)]),
            "shell" => ImagePlanWriter.Shell([.. plans.SelectMany(p => p.Images)]),
            _ when named && plans.Count == 1 => ImagePlanWriter.Json(plans[0].Version, plans[0].Images),
            _ => ImagePlanWriter.Json(plans),
        };
    }
}
