using Steward.Core.Errors;

namespace Steward.Workspace;

/// <summary>
/// The one place that turns a path from configuration, a well-known name (VERSION, CHANGELOG.md, dist, a template) or
/// the command line into a file name Steward may open. A path is refused before anything is read or written when it
/// leaves the repository, passes through a symbolic link inside it, or names anything in <c>.git</c> (in any case,
/// whether <c>.git</c> is a directory or a worktree's file): a contributor's committed file must never make the
/// maintainer's release read their credentials, publish them, or corrupt the repository. Only a path typed on the
/// command line may lie outside the repository.
/// </summary>
internal static class SafePath
{
    /// <summary>
    /// The full path of <paramref name="path"/> (relative to <paramref name="baseDirectory"/>, by default the root),
    /// checked; <paramref name="key"/> names where it came from in the one-line refusal (the setting, the option, or
    /// the path itself for a well-known name).
    /// </summary>
    public static string Resolve(string root, string path, string key, PathUse use, PathSource source = PathSource.Repository,
        string? baseDirectory = null, string? remedy = null)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var label = key == path ? path : $"{key} {path}";
        var verb = use == PathUse.Read ? "read" : "write";
        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, baseDirectory ?? fullRoot));
        }
        catch (ArgumentException e)
        {
            throw Messages.NotAValidPath(label, e);
        }

        if (source != PathSource.Repository)
        {
            // Typed by the user: links above the repository (a home directory on another disk, macOS's /tmp) are
            // followed, as git reports the repository by its physical path; links inside it are not.
            full = Physical(fullRoot, full, label, verb, remedy);
            if (!IsInsideOrRoot(full, fullRoot) && source == PathSource.CommandLine)
            {
                return full;
            }
        }

        if (!IsInsideOrRoot(full, fullRoot))
        {
            throw Messages.PathOutsideRepository(label, verb, fullRoot, Also(remedy));
        }

        var current = fullRoot;
        var relative = Path.GetRelativePath(fullRoot, full);
        foreach (var part in relative == "." ? [] : relative.Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            if (IsGitDirectoryName(part))
            {
                throw Messages.PathInsideGitDirectory(label, verb);
            }

            if (IsLink(current))
            {
                var fix = source == PathSource.Repository ? "replace the link with the file itself" : "name the file it points to";
                throw Messages.PathThroughLink(label, verb, Path.GetRelativePath(fullRoot, current), fix, Also(remedy));
            }
        }

        return full;
    }

    /// <summary>The full path of <paramref name="relativePath"/> under <paramref name="root"/>, checked for writing.</summary>
    public static string ForWriting(string root, string relativePath) => Resolve(root, relativePath, relativePath, PathUse.Write);

    /// <summary>The full path of <paramref name="relativePath"/> under <paramref name="root"/>, checked for reading.</summary>
    public static string ForReading(string root, string relativePath) => Resolve(root, relativePath, relativePath, PathUse.Read);

    /// <summary>
    /// The full path of <paramref name="relativePath"/> under <paramref name="root"/> for removing the entry itself, or
    /// null when it lies outside the root, in <c>.git</c> or below a symbolic link (then it is not ours to remove). The
    /// entry may be a link: removing it never touches what it points at.
    /// </summary>
    public static string? ForRemoving(string root, string relativePath)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var full = Path.GetFullPath(relativePath, fullRoot);
        if (!full.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || Path.GetRelativePath(fullRoot, full).Split(Path.DirectorySeparatorChar).Any(IsGitDirectoryName))
        {
            return null;
        }

        for (var parent = Path.GetDirectoryName(full); parent is not null && parent.Length > fullRoot.Length; parent = Path.GetDirectoryName(parent))
        {
            if (IsLink(parent))
            {
                return null;
            }
        }

        return full;
    }

    /// <summary>
    /// <c>.git</c> in any case, and with the trailing dots or spaces Windows drops from a name, so that <c>.GIT</c> on a
    /// case-insensitive file system or <c>.git.</c> on NTFS cannot reach git's own files either.
    /// </summary>
    private static bool IsGitDirectoryName(string part) =>
        string.Equals(part.TrimEnd('.', ' '), ".git", StringComparison.OrdinalIgnoreCase);

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>
    /// <paramref name="full"/> with the links above the repository followed; a link met at or below the root is refused.
    /// </summary>
    private static string Physical(string fullRoot, string full, string label, string verb, string? remedy)
    {
        var physical = Path.GetPathRoot(full)!;
        foreach (var part in full[physical.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(physical, part);
            if (new FileInfo(next).LinkTarget is not null)
            {
                if (IsInsideOrRoot(physical, fullRoot))
                {
                    throw Messages.PathThroughLink(label, verb, Path.GetRelativePath(fullRoot, next), "name the file it points to", Also(remedy));
                }

                next = new FileInfo(next).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next;
            }

            physical = next;
        }

        return physical;
    }

    private static bool IsInsideOrRoot(string path, string root) =>
        path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Also(string? remedy) => remedy is null ? string.Empty : $", or {remedy}";
}
