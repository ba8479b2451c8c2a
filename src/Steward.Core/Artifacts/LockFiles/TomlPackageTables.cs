using Steward.Core.Artifacts.Formats;

namespace Steward.Core.Artifacts.LockFiles;

/// <summary>The <c>[[package]]</c> tables shared by Cargo.lock, poetry.lock and uv.lock, with name and version checked.</summary>
internal static class TomlPackageTables
{
    public static IEnumerable<(TomlLockTable Table, string Name, string Version)> Read(string path, string text)
    {
        foreach (var table in TomlLockReader.Read(path, text))
        {
            if (table.Name != "package" || !table.IsArrayItem)
            {
                continue;
            }

            var name = RequireString(path, table, "name");
            var version = RequireString(path, table, "version");
            yield return (table, name, version);
        }
    }

    private static string RequireString(string path, TomlLockTable table, string key)
    {
        if (!table.Values.TryGetValue(key, out var value))
        {
            throw LockFileError.At(path, table.Line, $"[[package]] has no '{key}'");
        }

        return string.IsNullOrWhiteSpace(value.String)
            ? throw LockFileError.At(path, value.Line, $"[[package]] field '{key}' must be a non-empty string")
            : value.String;
    }
}
