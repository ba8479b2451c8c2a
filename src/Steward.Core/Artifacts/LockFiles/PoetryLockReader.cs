namespace Steward.Core.Artifacts.LockFiles;

/// <summary><c>poetry.lock</c>: every <c>[[package]]</c> (Poetry does not list the project itself).</summary>
public static class PoetryLockReader
{
    public static IReadOnlyList<LockedPackage> Read(string path, string text) =>
        [.. TomlPackageTables.Read(path, text)
            .Select(p => new LockedPackage(p.Name, p.Version, PackageUrl.PyPi(p.Name, p.Version), path))];
}
