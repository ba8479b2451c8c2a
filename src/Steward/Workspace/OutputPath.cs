using Steward.Core.Errors;

namespace Steward.Workspace;

/// <summary>
/// Checks a file named on the command line (<c>--output FILE</c>) before anything is written to it: it must lie inside
/// the repository and be reached without a symbolic link inside the repository, so that a link committed by someone
/// else cannot send the write elsewhere. Links above the repository (a home directory on another disk, macOS's
/// <c>/tmp</c>) are followed: git reports the repository by its physical path, so the name is compared by that too.
/// </summary>
internal static class OutputPath
{
    /// <summary>The path of <paramref name="fullPath"/> relative to <paramref name="root"/>, for writing.</summary>
    public static string InsideRepository(string root, string fullPath, string option, string given)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (Directory.Exists(fullPath))
        {
            throw new StewardException(FailureKind.InvalidInput, $"{option} {given}: is a directory; name the file to write, e.g. {Path.Combine(given, "notes.md")}");
        }

        var physical = Path.GetPathRoot(fullPath)!;
        var parts = fullPath[physical.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var next = Path.Combine(physical, part);
            var link = new FileInfo(next).LinkTarget;
            if (link is not null)
            {
                if (IsInside(physical, fullRoot) || physical == fullRoot)
                {
                    throw new StewardException(FailureKind.InvalidInput,
                        $"{option} {given}: refusing to write through the symbolic link {Path.GetRelativePath(fullRoot, next)}; name the file it points to, or redirect standard output");
                }

                next = new FileInfo(next).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next;
            }

            physical = next;
        }

        if (!IsInside(physical, fullRoot))
        {
            throw new StewardException(FailureKind.InvalidInput,
                $"{option} {given}: refusing to write outside the repository ({fullRoot}); name a file inside it, or redirect standard output");
        }

        return Path.GetRelativePath(fullRoot, physical);
    }

    private static bool IsInside(string path, string root) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
