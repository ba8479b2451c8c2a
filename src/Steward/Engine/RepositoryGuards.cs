using Steward.Core.Errors;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Engine;

/// <summary>
/// Checks a plan makes before it is applied, each refusing with one line that names what is wrong and the fix: a lock
/// a killed git left behind, and a path the plan must write that is not a writable file.
/// </summary>
internal static class RepositoryGuards
{
    /// <summary>
    /// git refuses every index change while <c>index.lock</c> exists; a git killed mid-command leaves it behind. Said
    /// before anything changes, with the fix, rather than as git's own error half-way through.
    /// </summary>
    public static void RefuseIndexLock(WorkTreeReader reader)
    {
        var lockFile = reader.GitPath("index.lock");
        if (File.Exists(lockFile))
        {
            throw Messages.GitIndexLocked(lockFile);
        }
    }

    /// <summary>
    /// Refuses, while planning, a directory (a submodule is one too) or a read-only file where the plan writes
    /// <paramref name="relativePath"/>: the write would fail half-way through the run otherwise.
    /// </summary>
    /// <param name="key">The setting the path came from (the path itself for a well-known name), for the refusal of a
    /// path that leaves the repository, passes through a link or points into <c>.git</c>: checked first.</param>
    public static void RefuseUnwritable(string root, string relativePath, string key)
    {
        var full = SafePath.Resolve(root, relativePath, key, PathUse.Write);
        if (Directory.Exists(full))
        {
            throw Messages.TargetIsDirectory(relativePath);
        }

        if (File.Exists(full) && !OperatingSystem.IsWindows() && (File.GetUnixFileMode(full) & UnixFileMode.UserWrite) == 0)
        {
            throw Messages.TargetReadOnly(relativePath, withChmod: true);
        }

        if (File.Exists(full) && OperatingSystem.IsWindows() && File.GetAttributes(full).HasFlag(FileAttributes.ReadOnly))
        {
            throw Messages.TargetReadOnly(relativePath, withChmod: false);
        }
    }

    /// <summary>Refuses a tag name git would refuse, naming the key that made it, before any step runs.</summary>
    public static void RefuseInvalidTag(WorkTreeReader reader, string tag, string tagPrefix)
    {
        if (!reader.IsValidTagName(tag))
        {
            throw Messages.TagPrefixMakesInvalidTag(tagPrefix, tag);
        }
    }
}
