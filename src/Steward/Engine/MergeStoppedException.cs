using Steward.Core.Errors;

namespace Steward.Engine;

/// <summary>
/// A merge step stopped for the user (conflicts to resolve): nothing is undone, and the journal stays so that
/// --continue concludes the merge and runs the rest, or --abort undoes the run.
/// </summary>
internal sealed class MergeStoppedException : StewardException
{
    public MergeStoppedException()
    {
    }

    public MergeStoppedException(string message)
        : base(FailureKind.OperationFailed, message)
    {
    }

    public MergeStoppedException(string message, Exception innerException)
        : base(FailureKind.OperationFailed, message, innerException)
    {
    }
}
