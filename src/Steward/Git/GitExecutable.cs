using Steward.Core.Errors;

namespace Steward.Git;

/// <summary>
/// Where "git" is: the first executable file of that name in a directory of Steward's PATH, looked up once for as long as
/// PATH stays the same, and handed to the process start as a full path.
/// </summary>
/// <remarks>
/// Given the bare name, <see cref="System.Diagnostics.Process"/> looks in Steward's own directory and in the current
/// directory before PATH (on Windows, CreateProcess does the same), so an executable named git in the repository being
/// released, where Steward is usually run, would run in place of the user's git. Only PATH is searched here; a
/// directory PATH names relatively (".") is the user's choice and is honoured as their shell would. Both ways of
/// starting git use it: <see cref="SpawnedGit"/> on Linux and <see cref="System.Diagnostics.Process"/> elsewhere.
/// </remarks>
internal static class GitExecutable
{
    // A reference, read and written whole: gits start from more than one thread.
    private static Tuple<string?, string>? found;

    /// <summary>git's full path; "git is not installed" when no directory on PATH has it.</summary>
    public static string Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        if (found is { } known && known.Item1 == path)
        {
            return known.Item2;
        }

        foreach (var directory in (path ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names())
            {
                var candidate = Candidate(directory, name);
                if (candidate is not null && IsExecutableFile(candidate))
                {
                    found = Tuple.Create(path, candidate);
                    return candidate;
                }
            }
        }

        throw Messages.GitNotInstalled(new FileNotFoundException("no git in any directory on PATH", "git"));
    }

    // Windows runs a program by its extension: the ones PATHEXT names, in its order (git.exe for Git for Windows).
    private static IEnumerable<string> Names()
    {
        if (!OperatingSystem.IsWindows())
        {
            return ["git"];
        }

        var extensions = Environment.GetEnvironmentVariable("PATHEXT") is { Length: > 0 } pathext ? pathext : ".COM;.EXE;.BAT;.CMD";
        return extensions.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => "git" + e.ToLowerInvariant());
    }

    private static string? Candidate(string directory, string name)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(directory.Trim('"'), name));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null; // A PATH entry that is no path at all names no git.
        }
    }

    private static bool IsExecutableFile(string candidate)
    {
        try
        {
            if (!File.Exists(candidate))
            {
                return false;
            }

            const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            return OperatingSystem.IsWindows() || (File.GetUnixFileMode(candidate) & anyExecute) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
