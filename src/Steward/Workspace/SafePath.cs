using Steward.Core.Errors;

namespace Steward.Workspace;

/// <summary>
/// Keeps writes inside the repository: a path that climbs out through <c>..</c> or passes through a symbolic link is
/// refused before anything is written.
/// </summary>
internal static class SafePath
{
    /// <summary>The full path of <paramref name="relativePath"/> under <paramref name="root"/>, checked for writing.</summary>
    public static string ForWriting(string root, string relativePath)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var full = Path.GetFullPath(relativePath, fullRoot);
        if (!full.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new StewardException(FailureKind.InvalidInput, $"{relativePath}: refusing to write outside the repository ({fullRoot})");
        }

        // Every component below the root must be a real directory or file, never a link to elsewhere.
        var current = fullRoot;
        foreach (var part in Path.GetRelativePath(fullRoot, full).Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            var info = new FileInfo(current);
            if (info.Exists || Directory.Exists(current))
            {
                if (info.LinkTarget is not null || new DirectoryInfo(current).LinkTarget is not null)
                {
                    throw new StewardException(FailureKind.InvalidInput,
                        $"{Path.GetRelativePath(fullRoot, full)}: refusing to write through the symbolic link {Path.GetRelativePath(fullRoot, current)}");
                }
            }
        }

        return full;
    }

    /// <summary>
    /// The full path of <paramref name="relativePath"/> under <paramref name="root"/> for removing the entry itself, or
    /// null when it lies outside the root or below a symbolic link (then it is not ours to remove). The entry may be a
    /// link: removing it never touches what it points at.
    /// </summary>
    public static string? ForRemoving(string root, string relativePath)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var full = Path.GetFullPath(relativePath, fullRoot);
        if (!full.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        for (var parent = Path.GetDirectoryName(full); parent is not null && parent.Length > fullRoot.Length; parent = Path.GetDirectoryName(parent))
        {
            if (new DirectoryInfo(parent).LinkTarget is not null)
            {
                return null;
            }
        }

        return full;
    }
}
