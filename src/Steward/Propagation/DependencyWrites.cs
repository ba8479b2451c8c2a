using Steward.Core.Components;
using Steward.Core.Planning;
using Steward.Core.Propagation.Dependencies;

namespace Steward.Propagation;

/// <summary>
/// A cascade's file writes: the new versions of a component's releasing dependencies, written where its package.json,
/// pyproject.toml, csproj and Chart.yaml files record them. A dependency's package names come from its own files of
/// those kinds. Only reads; the writes join the component's edits of the one release plan.
/// </summary>
internal sealed class DependencyWrites(string root, IReadOnlyList<TrackedFile> tracked)
{
    private readonly Dictionary<string, IReadOnlyList<PackageName>> names = new(StringComparer.Ordinal);

    /// <summary>The package names a component's files give it (its package.json name, pyproject name, ...).</summary>
    public IReadOnlyList<PackageName> NamesOf(Component component)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (!names.TryGetValue(component.Name, out var found))
        {
            names[component.Name] = found = [.. FilesOf(component).SelectMany(f => PackageFiles.NamesIn(f, SourceFileReader.Read(root, f).Text))];
        }

        return found;
    }

    /// <summary>Adds to <paramref name="edits"/> (or folds into the edit of the same file) the dependencies' new versions.</summary>
    public void Plan(Component dependent, IReadOnlyList<DependencyVersion> dependencies, List<PlannedFileEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        if (dependencies.Count == 0)
        {
            return;
        }

        foreach (var path in FilesOf(dependent))
        {
            var source = SourceFileReader.Read(root, path);
            var index = edits.FindIndex(e => e.RelativePath == path);
            var current = index >= 0 ? edits[index].NewText : source.Text;
            var written = DependencyPropagator.Apply(path, current, dependencies);
            if (string.Equals(written, current, StringComparison.Ordinal))
            {
                continue;
            }

            var edit = new PlannedFileEdit(path, source.Text, written, source.Encode(written));
            if (index >= 0)
            {
                edits[index] = edit;
            }
            else
            {
                edits.Add(edit);
            }
        }
    }

    // The component's own tracked ecosystem files, present in the work tree (never a link to elsewhere).
    private IEnumerable<string> FilesOf(Component component)
    {
        var folder = component.IsRoot ? string.Empty : component.Path + "/";
        return tracked.Where(f => !f.IsSymbolicLink && f.Path.StartsWith(folder, StringComparison.Ordinal) && PackageFiles.EcosystemOf(f.Path) is not null
                && File.Exists(Path.Combine(root, f.Path)))
            .Select(f => f.Path);
    }
}
