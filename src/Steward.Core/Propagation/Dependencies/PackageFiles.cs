using Steward.Core.Propagation.Formats;
using Steward.Core.Propagation.Toml;

namespace Steward.Core.Propagation.Dependencies;

/// <summary>
/// The ecosystem files that name a package and record its dependencies: package.json, pyproject.toml, *.csproj and
/// Chart.yaml. Reads the package's own name: package.json <c>name</c>, pyproject <c>[project] name</c> or
/// <c>[tool.poetry] name</c>, csproj <c>&lt;PackageId&gt;</c>, else <c>&lt;AssemblyName&gt;</c>, else the project file's
/// name (as NuGet does), Chart.yaml <c>name</c>.
/// </summary>
public static class PackageFiles
{
    private const string CsprojExtension = ".csproj";

    /// <summary>The ecosystem of a repository-relative path (forward slashes), or null when it names no package.</summary>
    public static PackageEcosystem? EcosystemOf(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        return name switch
        {
            "package.json" => PackageEcosystem.Npm,
            "pyproject.toml" => PackageEcosystem.Python,
            "Chart.yaml" => PackageEcosystem.Helm,
            _ when name.EndsWith(CsprojExtension, StringComparison.Ordinal) && name.Length > CsprojExtension.Length => PackageEcosystem.NuGet,
            _ => null,
        };
    }

    /// <summary>The package names the file gives its component (none when it names none).</summary>
    public static IReadOnlyList<PackageName> NamesIn(string relativePath, string text)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var names = EcosystemOf(relativePath) switch
        {
            PackageEcosystem.Npm => Strings(JsonValueFinder.Find(relativePath, text, ["name"])),
            PackageEcosystem.Python => Python(relativePath, text),
            PackageEcosystem.Helm => Strings(YamlValueFinder.Find(relativePath, text, ["name"])),
            PackageEcosystem.NuGet => NuGet(relativePath, text),
            _ => [],
        };
        var ecosystem = EcosystemOf(relativePath);
        return ecosystem is null ? [] : [.. names.Distinct(StringComparer.Ordinal).Select(n => new PackageName(ecosystem.Value, n))];
    }

    private static IEnumerable<string> Python(string path, string text)
    {
        var document = TomlDocument.Parse(path, text);
        return Strings(TomlValueFinder.From(document.Find("project", "name"))).Concat(Strings(TomlValueFinder.From(document.Find("tool", "poetry", "name"))));
    }

    private static List<string> NuGet(string path, string text)
    {
        // A name built from other properties ($(...)) is MSBuild's to compute: the next one applies.
        foreach (var element in new[] { "PackageId", "AssemblyName" })
        {
            var found = Strings(XmlValueFinder.Find(path, text, ["Project", "PropertyGroup", element])).Where(v => !v.Contains("$(", StringComparison.Ordinal)).ToList();
            if (found.Count > 0)
            {
                return found;
            }
        }

        var file = path[(path.LastIndexOf('/') + 1)..];
        return [file[..^CsprojExtension.Length]];
    }

    private static IEnumerable<string> Strings(IReadOnlyList<FoundValue> found) =>
        found.Where(f => f.IsString && f.Value.Trim().Length > 0).Select(f => f.Value.Trim());
}
