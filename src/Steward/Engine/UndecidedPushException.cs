using Steward.Core.Errors;

namespace Steward.Engine;

/// <summary>
/// A push that failed while the remote cannot be asked whether it arrived: nothing is undone, since only the remote
/// can tell, and the journal stays for --continue (push again) or --abort.
/// </summary>
internal sealed class UndecidedPushException : StewardException
{
    public UndecidedPushException()
    {
    }

    public UndecidedPushException(string message)
        : base(FailureKind.OperationFailed, message)
    {
    }

    public UndecidedPushException(string message, Exception innerException)
        : base(FailureKind.OperationFailed, message, innerException)
    {
    }
}
