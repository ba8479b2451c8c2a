using Steward.Core.Errors;

namespace Steward.Core.Artifacts.LockFiles;

/// <summary>The one way a lock file reader reports bad input: file, line, what is wrong and what to do.</summary>
internal static class LockFileError
{
    public const string Advice = "; fix or regenerate the lock file and tag the release again";

    public static StewardException At(string path, int line, string reason) =>
        new(FailureKind.InvalidInput, $"{path}:{line}: {reason}{Advice}");

    /// <summary>Runs a reader, adding the advice to syntax errors that the shared JSON/TOML/YAML parsers raise.</summary>
    public static IReadOnlyList<LockedPackage> WithAdvice(Func<string, string, IReadOnlyList<LockedPackage>> reader, string path, string text)
    {
        try
        {
            return reader(path, text);
        }
        catch (StewardException e) when (!e.Message.EndsWith(Advice, StringComparison.Ordinal))
        {
            throw new StewardException(e.Kind, e.Message + Advice, e);
        }
    }
}
