namespace Steward.Core.Errors;

/// <summary>What went wrong, in the terms a caller needs to decide what to do next.</summary>
public enum FailureKind
{
    /// <summary>A step or gate failed; the input itself was fine.</summary>
    OperationFailed,

    /// <summary>The input (a version, file, configuration or argument) is malformed.</summary>
    InvalidInput,

    /// <summary>Nothing has changed since the last release that warrants a new one.</summary>
    NothingToRelease,

    /// <summary>A freeze window stops releases now; nothing is wrong, the job ends neutral.</summary>
    Frozen,
}
