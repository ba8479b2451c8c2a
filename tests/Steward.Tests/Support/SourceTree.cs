namespace Steward.Tests.Support;

/// <summary>The project's own checkout, found above the test binaries: for tests that read its files (rules on the source, the shipped action).</summary>
public static class SourceTree
{
    private static readonly Lazy<string> FoundRoot = new(Find);

    /// <summary>The folder holding steward.slnx.</summary>
    public static string Root => FoundRoot.Value;

    /// <summary>Every C# file under <paramref name="folder"/> (relative to the root, '/'-separated), without build output, with its text.</summary>
    public static List<(string Path, string Text)> CSharpFiles(string folder) =>
        [.. Directory.EnumerateFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Where(p => !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal))
            .Select(p => (p, File.ReadAllText(Path.Combine(Root, p))))];

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "steward.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("steward.slnx not found above the test binaries");
    }
}
