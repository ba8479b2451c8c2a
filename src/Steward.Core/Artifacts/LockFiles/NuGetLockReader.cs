using Steward.Core.Artifacts.Formats;

namespace Steward.Core.Artifacts.LockFiles;

/// <summary>
/// NuGet <c>packages.lock.json</c>: <c>dependencies.{framework}.{package}.resolved</c>. Project references (type
/// <c>Project</c>) are the repository's own code, not packages, and are left out.
/// </summary>
public static class NuGetLockReader
{
    public static IReadOnlyList<LockedPackage> Read(string path, string text)
    {
        var root = JsonFields.RequireObject(path, LineJsonParser.Parse(path, text), "(top level)");
        var frameworks = root.Get("dependencies") ?? throw LockFileError.At(path, root.Line, "field 'dependencies' is missing");
        JsonFields.RequireObject(path, frameworks, "dependencies");
        var packages = new List<LockedPackage>();
        foreach (var (framework, entries) in frameworks.Properties)
        {
            JsonFields.RequireObject(path, entries, $"dependencies.{framework}");
            foreach (var (name, entry) in entries.Properties)
            {
                var field = $"dependencies.{framework}.{name}";
                JsonFields.RequireObject(path, entry, field);
                if (entry.Get("type")?.Text == "Project")
                {
                    continue;
                }

                var version = JsonFields.RequireString(path, entry, "resolved", field + ".resolved");
                packages.Add(new LockedPackage(name, version, PackageUrl.Create("nuget", null, name, version), path));
            }
        }

        return packages;
    }
}
