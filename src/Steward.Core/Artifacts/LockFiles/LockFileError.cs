using Steward.Core.Errors;

namespace Steward.Core.Artifacts.LockFiles;

/// <summary>The one way a lock file reader reports bad input: file, line, what is wrong and what to do.</summary>
internal static class LockFileError
{
    public static StewardException At(string path, int line, string reason) =>
        new(FailureKind.InvalidInput, $"{path}:{line}: {reason}; fix or regenerate the lock file and tag the release again");
}
