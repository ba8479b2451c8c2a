namespace Steward.Core.Errors;

/// <summary>
/// An expected failure, worded for a person. The domain says what kind of failure it is;
/// only the tool's entry point turns that kind into an exit code.
/// </summary>
public class StewardException : Exception
{
    public StewardException(FailureKind kind, string message)
        : base(message) => Kind = kind;

    public StewardException(FailureKind kind, string message, Exception inner)
        : base(message, inner) => Kind = kind;

    public StewardException()
        : this(FailureKind.OperationFailed, "operation failed")
    {
    }

    public StewardException(string message)
        : this(FailureKind.OperationFailed, message)
    {
    }

    public StewardException(string message, Exception innerException)
        : this(FailureKind.OperationFailed, message, innerException)
    {
    }

    public FailureKind Kind { get; }
}
