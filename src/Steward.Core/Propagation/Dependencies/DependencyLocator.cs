using Steward.Core.Errors;
using Steward.Core.Propagation.Formats;
using Steward.Core.Propagation.Toml;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Dependencies;

/// <summary>
/// Finds where a dependent's file records a dependency's version: package.json <c>dependencies</c>,
/// <c>devDependencies</c>, <c>peerDependencies</c> and <c>optionalDependencies</c>; pyproject.toml <c>[project]
/// dependencies</c> and <c>optional-dependencies</c> (PEP 508) and Poetry's <c>[tool.poetry.dependencies]</c> and
/// groups; a csproj's <c>&lt;PackageReference Include="..." Version="..." /&gt;</c>; Chart.yaml
/// <c>dependencies[].version</c>. Each slot covers only the version inside the constraint, so the operator stays.
/// </summary>
public static class DependencyLocator
{
    private static readonly string[] NpmSections = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];

    /// <summary>
    /// The slots of <paramref name="dependency"/> in the file; <paramref name="next"/>, when given, is checked against
    /// a PEP 508 upper bound (<c>&lt;3</c>) that would exclude it.
    /// </summary>
    public static IReadOnlyList<VersionSlot> Locate(string path, string text, PackageName dependency, SemanticVersion? next = null)
    {
        ArgumentNullException.ThrowIfNull(dependency);
        if (PackageFiles.EcosystemOf(path) != dependency.Ecosystem)
        {
            return [];
        }

        return dependency.Ecosystem switch
        {
            PackageEcosystem.Npm => [.. NpmSections.SelectMany(s => Slots(JsonValueFinder.Find(path, text, [s, dependency.Name]), $"{s}.{dependency.Name}", VersionForm.SemVer))],
            PackageEcosystem.Python => Python(path, text, dependency, next),
            PackageEcosystem.NuGet => [.. Slots(XmlValueFinder.FindAttribute(path, text, ["Project", "ItemGroup", "PackageReference"], "Include", dependency.Matches, "Version"), $"PackageReference {dependency.Name}", VersionForm.SemVer)],
            _ => [.. Slots(YamlValueFinder.FindInList(path, text, ["dependencies"], "name", dependency.Matches, "version"), $"dependencies[{dependency.Name}].version", VersionForm.SemVer)],
        };
    }

    private static IEnumerable<VersionSlot> Slots(IEnumerable<FoundValue> found, string label, VersionForm form)
    {
        foreach (var value in found.Where(f => f.IsString))
        {
            if (DependencyRange.Version(value.Value, form) is var (offset, length))
            {
                yield return new VersionSlot(value.Start + offset, length, value.Value.Substring(offset, length), value.Line, form, label);
            }
        }
    }

    private static List<VersionSlot> Python(string path, string text, PackageName dependency, SemanticVersion? next)
    {
        var document = TomlDocument.Parse(path, text);
        var slots = new List<VersionSlot>();
        foreach (var entry in document.Entries.Where(e => !e.InArrayOfTables))
        {
            var key = entry.FullKey;
            if (entry.Kind == TomlValueKind.Array && key.Count >= 2 && key[0] == "project" && (key is [_, "dependencies"] || key[1] == "optional-dependencies"))
            {
                foreach (var element in entry.StringElements.Where(e => !e.HasEscapes))
                {
                    slots.AddRange(Pep508(path, element, dependency, next));
                }
            }
            else if (PoetryDependency(key) is { } named && dependency.Matches(named))
            {
                slots.AddRange(Slots(TomlValueFinder.From(entry), $"[tool.poetry] {named}", VersionForm.Pep440));
            }
        }

        return slots;
    }

    // tool.poetry.dependencies.NAME, tool.poetry.dependencies.NAME.version, and the same under tool.poetry.group.G.
    private static string? PoetryDependency(IReadOnlyList<string> key)
    {
        if (key.Count < 4 || key[0] != "tool" || key[1] != "poetry")
        {
            return null;
        }

        var at = key[2] == "dependencies" ? 3 : key.Count >= 6 && key[2] == "group" && key[4] == "dependencies" ? 5 : -1;
        return at < 0 || !(key.Count == at + 1 || (key.Count == at + 2 && key[at + 1] == "version")) ? null : key[at];
    }

    private static List<VersionSlot> Pep508(string path, TomlArrayString element, PackageName dependency, SemanticVersion? next)
    {
        if (DependencyRange.Pep508(element.Value) is not var (name, clauses) || !dependency.Matches(name))
        {
            return [];
        }

        var label = $"[project] dependencies {name}";
        var nextPep440 = next is null ? null : VersionConverter.ToPep440(next);
        var slots = new List<VersionSlot>();
        foreach (var clause in clauses)
        {
            if (DependencyRange.IsWritable(clause))
            {
                slots.Add(new VersionSlot(element.Start + clause.Offset, clause.Length, clause.Version, element.Line, VersionForm.Pep440, label));
            }
            else if (nextPep440 is not null && clause.Operator is "<" or "<=" && Pep440Parser.TryParse(clause.Version) is { } bound
                && (clause.Operator == "<" ? nextPep440.CompareTo(bound) >= 0 : nextPep440.CompareTo(bound) > 0))
            {
                throw Messages.DependencyBoundExcludes(path, element.Line, name, nextPep440.ToString(), clause.Operator + clause.Version);
            }
        }

        return slots;
    }
}
