namespace Steward.Core.Artifacts.LockFiles;

/// <summary>
/// <c>Cargo.lock</c>: every <c>[[package]]</c> with a <c>source</c> (a registry or git); packages without one are the
/// workspace's own crates and are left out.
/// </summary>
public static class CargoLockReader
{
    public static IReadOnlyList<LockedPackage> Read(string path, string text) =>
        [.. TomlPackageTables.Read(path, text)
            .Where(p => p.Table.Values.ContainsKey("source"))
            .Select(p => new LockedPackage(p.Name, p.Version, PackageUrl.Create("cargo", null, p.Name, p.Version), path))];
}
