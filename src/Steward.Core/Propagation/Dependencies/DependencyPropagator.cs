namespace Steward.Core.Propagation.Dependencies;

/// <summary>
/// Writes the new versions of a component's dependencies into one of its files: each dependency's slots found and
/// replaced in turn (in the text as the previous one left it), everything else byte for byte.
/// </summary>
public static class DependencyPropagator
{
    public static string Apply(string path, string text, IEnumerable<DependencyVersion> dependencies)
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        foreach (var dependency in dependencies)
        {
            var slots = dependency.Names.SelectMany(n => DependencyLocator.Locate(path, text, n, dependency.Version)).DistinctBy(s => s.Start).ToList();
            text = VersionRenderer.Apply(text, slots, dependency.Version, string.Empty);
        }

        return text;
    }
}
