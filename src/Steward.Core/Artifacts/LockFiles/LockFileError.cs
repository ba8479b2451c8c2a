using Steward.Core.Errors;

namespace Steward.Core.Artifacts.LockFiles;

/// <summary>The one way a lock file reader reports bad input: file, line, what is wrong and what to do.</summary>
internal static class LockFileError
{
    public static StewardException At(string path, int line, string reason) => Messages.LockFileInvalid(path, line, reason);

    /// <summary>Runs a reader, adding the advice to syntax errors that the shared JSON/TOML/YAML parsers raise.</summary>
    public static IReadOnlyList<LockedPackage> WithAdvice(Func<string, string, IReadOnlyList<LockedPackage>> reader, string path, string text)
    {
        try
        {
            return reader(path, text);
        }
        catch (StewardException e)
        {
            var advised = Messages.WithLockFileAdvice(e);
            if (ReferenceEquals(advised, e))
            {
                throw;
            }

            throw advised;
        }
    }
}
