namespace Steward.Core.Artifacts.LockFiles;

/// <summary>Which files are lock files the SBOM reads, and the reader for each, chosen by file name.</summary>
public static class LockFileCatalog
{
    /// <summary>The reader for <paramref name="path"/>, or null when it is not a lock file Steward reads.</summary>
    public static Func<string, string, IReadOnlyList<LockedPackage>>? ReaderFor(string path)
    {
        // Installed dependencies carry their own lock files; they describe those packages, not this release.
        if (path.StartsWith("node_modules/", StringComparison.Ordinal) || path.Contains("/node_modules/", StringComparison.Ordinal))
        {
            return null;
        }

        var name = path[(path.LastIndexOf('/') + 1)..];
        Func<string, string, IReadOnlyList<LockedPackage>>? reader = name switch
        {
            "packages.lock.json" => NuGetLockReader.Read,
            "package-lock.json" => NpmLockReader.Read,
            "poetry.lock" => PoetryLockReader.Read,
            "uv.lock" => UvLockReader.Read,
            "Cargo.lock" => CargoLockReader.Read,
            "go.sum" => GoSumReader.Read,
            "Chart.lock" => ChartLockReader.Read,
            _ when name.StartsWith("requirements", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal) => RequirementsReader.Read,
            _ => null,
        };
        return reader is null ? null : (p, text) => LockFileError.WithAdvice(reader, p, text);
    }
}
