using System.Runtime.Versioning;
using Steward.Core.Errors;

namespace Steward.Git;

/// <summary>
/// Where "git" is: the first executable file of that name on Steward's PATH, looked up once for as long as PATH stays
/// the same (not on every start, as <see cref="System.Diagnostics.Process"/> does).
/// </summary>
/// <remarks>
/// Only PATH is searched. <see cref="System.Diagnostics.Process"/> on Unix looks in Steward's own directory and the
/// current directory first, so a file named git in the repository being released would run; Steward's launcher does
/// not copy that.
/// </remarks>
[SupportedOSPlatform("linux")]
internal static class GitExecutable
{
    private const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    // A reference, written and read whole: gits start from many threads at once.
    private static Tuple<string?, string>? found;

    /// <summary>git's full path; "git is not installed" when no directory on PATH has it.</summary>
    public static string Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        if (found is { } known && known.Item1 == path)
        {
            return known.Item2;
        }

        foreach (var directory in (path ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, "git");
            if (IsExecutableFile(candidate))
            {
                found = Tuple.Create(path, candidate);
                return candidate;
            }
        }

        throw Messages.GitNotInstalled(new FileNotFoundException("no executable git on PATH", "git"));
    }

    private static bool IsExecutableFile(string candidate)
    {
        try
        {
            return File.Exists(candidate) && (File.GetUnixFileMode(candidate) & AnyExecute) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
