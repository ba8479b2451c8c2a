namespace Steward.Core.Artifacts.LockFiles;

/// <summary>
/// <c>go.sum</c>: one module per <c>MODULE VERSION h1:HASH</c> line; the <c>VERSION/go.mod</c> lines only pin a
/// module's go.mod and are left out. go.sum can list modules the build no longer uses (go mod tidy trims them).
/// </summary>
public static class GoSumReader
{
    public static IReadOnlyList<LockedPackage> Read(string path, string text)
    {
        var packages = new List<LockedPackage>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 3 || !fields[2].Contains(':', StringComparison.Ordinal) || !fields[1].StartsWith('v'))
            {
                throw LockFileError.At(path, i + 1, "expected 'MODULE VERSION HASH' (run 'go mod tidy' to rewrite go.sum)");
            }

            if (fields[1].EndsWith("/go.mod", StringComparison.Ordinal))
            {
                continue;
            }

            packages.Add(new LockedPackage(fields[0], fields[1], PackageUrl.Golang(fields[0], fields[1]), path));
        }

        return packages;
    }
}
