namespace Steward.Core.Artifacts.LockFiles;

/// <summary>
/// <c>uv.lock</c>: every <c>[[package]]</c> except the project and workspace members, whose <c>source</c> is
/// <c>{ editable = ... }</c> or <c>{ virtual = ... }</c>.
/// </summary>
public static class UvLockReader
{
    public static IReadOnlyList<LockedPackage> Read(string path, string text) =>
        [.. TomlPackageTables.Read(path, text)
            .Where(p => !IsProjectItself(p.Table.Values.TryGetValue("source", out var s) ? s.Raw : string.Empty))
            .Select(p => new LockedPackage(p.Name, p.Version, PackageUrl.PyPi(p.Name, p.Version), path))];

    private static bool IsProjectItself(string source) =>
        source.Contains("editable", StringComparison.Ordinal) || source.Contains("virtual", StringComparison.Ordinal);
}
