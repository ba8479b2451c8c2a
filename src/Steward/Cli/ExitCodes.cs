using Steward.Core.Errors;

namespace Steward.Cli;

/// <summary>The documented exit codes, and the one place a failure kind becomes a number.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int BadInput = 2;
    public const int NothingToRelease = 3;
    public const int Frozen = 4;

    /// <summary>A run below the command line says whether everything it did succeeded; the command line makes it 0 or 1.</summary>
    public static int Of(bool succeeded) => succeeded ? Success : Failed;

    public static int For(FailureKind kind) => kind switch
    {
        FailureKind.InvalidInput => BadInput,
        FailureKind.NothingToRelease => NothingToRelease,
        FailureKind.Frozen => Frozen,
        _ => Failed,
    };
}
