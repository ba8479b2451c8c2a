using Steward.Core.Errors;

namespace Steward.Engine;

/// <summary>
/// A forge step before any push failed (a <c>forge doctor --fix</c> fix): it changed nothing here, so nothing is undone,
/// and the journal stays so that --continue makes the fixes left, or --abort says which were made.
/// </summary>
internal sealed class ForgeStepStoppedException : StewardException
{
    public ForgeStepStoppedException()
    {
    }

    public ForgeStepStoppedException(string message)
        : base(FailureKind.OperationFailed, message)
    {
    }

    public ForgeStepStoppedException(string message, Exception innerException)
        : base(FailureKind.OperationFailed, message, innerException)
    {
    }
}
