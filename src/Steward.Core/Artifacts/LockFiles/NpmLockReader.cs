using Steward.Core.Artifacts.Formats;

namespace Steward.Core.Artifacts.LockFiles;

/// <summary>
/// npm <c>package-lock.json</c>, lockfileVersion 2 or 3: the <c>packages</c> map keyed by install path
/// (<c>node_modules/a/node_modules/@s/b</c>). The root entry (<c>""</c>) is the project itself and links
/// (<c>"link": true</c>) point at workspace folders; both are left out. Version 1 files have no such map and are
/// refused with what to do.
/// </summary>
public static class NpmLockReader
{
    private const string NodeModules = "node_modules/";

    public static IReadOnlyList<LockedPackage> Read(string path, string text)
    {
        var root = JsonFields.RequireObject(path, LineJsonParser.Parse(path, text), "(top level)");
        var lockVersion = root.Get("lockfileVersion");
        if (lockVersion is null || lockVersion.Kind != JsonNodeKind.Number)
        {
            throw LockFileError.At(path, lockVersion?.Line ?? root.Line, "field 'lockfileVersion' must be the number 2 or 3");
        }

        if (lockVersion.Text is not ("2" or "3"))
        {
            throw LockFileError.At(path, lockVersion.Line,
                $"lockfileVersion {lockVersion.Text} is not supported (2 and 3 are; run 'npm install' with npm 7 or later to upgrade it)");
        }

        var entries = root.Get("packages") ?? throw LockFileError.At(path, root.Line, "field 'packages' is missing");
        JsonFields.RequireObject(path, entries, "packages");
        var packages = new List<LockedPackage>();
        foreach (var (installPath, entry) in entries.Properties)
        {
            var field = $"packages.\"{installPath}\"";
            JsonFields.RequireObject(path, entry, field);
            if (installPath.Length == 0 || entry.Get("link")?.Text == "true")
            {
                continue;
            }

            var at = installPath.LastIndexOf(NodeModules, StringComparison.Ordinal);
            if (at < 0)
            {
                // A workspace folder's own entry (e.g. "packages/app"): the repository's code, not a dependency.
                continue;
            }

            var name = entry.Get("name")?.Text ?? installPath[(at + NodeModules.Length)..];
            var version = JsonFields.RequireString(path, entry, "version", field + ".version");
            var scope = name.StartsWith('@') && name.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash ? slash : -1;
            packages.Add(scope > 0
                ? new LockedPackage(name[(scope + 1)..], version, PackageUrl.Npm(name, version), path) { Group = name[..scope] }
                : new LockedPackage(name, version, PackageUrl.Npm(name, version), path));
        }

        return packages;
    }
}
